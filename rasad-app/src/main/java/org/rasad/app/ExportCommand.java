package org.rasad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.export.AcledCsvWriter;
import org.rasad.core.export.AcledRow;
import org.rasad.core.export.GeoJsonWriter;
import org.rasad.store.EventQuery;
import org.rasad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasad export}: the stored incidents as ACLED CSV, GeoJSON or the JSON Lines of {@code rasad events}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the stored events as ACLED-style CSV, a GeoJSON FeatureCollection or JSON Lines.",
                "acled-csv: ACLED's columns in ACLED's order, UTF-8 with a byte-order mark (for Excel), notes naming"
                        + " the sources and their conflicting claims.",
                "jsonl: the same lines as rasad events prints for the stored articles."})
final class ExportCommand implements Callable<Integer> {

    enum Format { ACLED_CSV, GEOJSON, JSONL }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "acled-csv, geojson or jsonl")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Mixin
    DatabaseOption database;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
    LocalDate to;

    @Option(names = "--country", paramLabel = "ISO2", description = "events in this country (ISO 3166 alpha-2, e.g. LY)")
    String country;

    @Option(names = "--admin1", paramLabel = "NAME", description = "events in this first-level division")
    String admin1;

    @Option(names = "--event-type", paramLabel = "TYPE", description = "ACLED event type, e.g. Battles")
    String eventType;

    @Option(names = "--disputed", description = "only events whose sources give conflicting figures")
    boolean disputed;

    @Override
    public Integer call() throws IOException {
        EventQuery query = EventQuery.all().withDates(from, to).withPlace(country, admin1).withEventType(eventType)
                .withDisputedOnly(disputed);
        EventStore store = database.openExisting();
        long timestamp = store.lastUpdated() / 1000;
        try (OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
             Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            Consumer<ConsolidatedEvent> sink = switch (format) {
                case ACLED_CSV -> {
                    AcledCsvWriter csv = new AcledCsvWriter(w, true);
                    yield e -> unchecked(() -> csv.write(AcledRow.of(e, timestamp)));
                }
                case GEOJSON -> {
                    GeoJsonWriter geo = new GeoJsonWriter(w);
                    Consumer<ConsolidatedEvent> c = e -> unchecked(() -> geo.write(e, timestamp));
                    store.forEachEvent(query, c);
                    geo.finish();
                    yield null;
                }
                case JSONL -> e -> unchecked(() -> {
                    w.write(EventJson.JSON.writeValueAsString(EventJson.consolidated(e)));
                    w.write('\n');
                });
            };
            if (sink != null) {
                store.forEachEvent(query, sink);
            }
            w.flush();
        }
        return 0;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts the documented spellings (acled-csv), not the enum's. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value) {
                case "acled-csv" -> Format.ACLED_CSV;
                case "geojson" -> Format.GEOJSON;
                case "jsonl" -> Format.JSONL;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown format " + value + ": use acled-csv, geojson or jsonl");
            };
        }
    }
}
