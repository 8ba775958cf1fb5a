package org.rasad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.app.Main;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.ConsolidationState;
import org.rasad.core.export.AcledCsvWriter;
import org.rasad.core.export.AcledRow;
import org.rasad.core.extract.Extractor;
import org.rasad.core.extract.Lexicon;
import org.rasad.core.geo.DocumentGeocoder;
import org.rasad.core.model.Article;
import org.rasad.core.pipeline.Pipeline;
import picocli.CommandLine;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;

/** The job in local[2] mode against {@code rasad events} on the project's sample articles. */
class SparkEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final long TIMESTAMP = 1_750_000_000L;
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("rasad-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sampleArticlesGiveExactlyTheEventsOfRasadEvents(@TempDir Path tmp) throws IOException {
        Path articles = samplesAsJsonl(tmp);
        List<JsonNode> expected = rasadEvents(ROOT.resolve("samples/articles").toString(),
                ROOT.resolve("samples/feed.jsonl").toString());

        SparkEvents.Summary s = runJob(tmp.resolve("out"), articles.toString(), ROOT.resolve("samples/feed.jsonl").toString());

        assertThat(expected).hasSizeGreaterThan(12);
        assertThat(expected).anyMatch(e -> e.get("mentions").size() > 1);  // consolidation did merge reports
        if (gazetteer() != null) {
            assertThat(expected).anyMatch(e -> e.path("location").has("lat"));  // and places were geocoded
        }
        assertThat(sparkEvents(tmp.resolve("out"))).containsExactlyElementsOf(expected);
        assertThat(s.events()).isEqualTo(expected.size());
        assertThat(s.skipped()).isZero();
    }

    @Test
    void acledCsvIsTheCoresMappingOfTheSameEventsInTheSameOrder(@TempDir Path tmp) throws IOException {
        Path articles = samplesAsJsonl(tmp);
        Path feed = ROOT.resolve("samples/feed.jsonl");

        runJob(tmp.resolve("out"), articles.toString(), feed.toString());

        StringWriter expected = new StringWriter();
        AcledCsvWriter csv = new AcledCsvWriter(expected, true);
        for (ConsolidatedEvent e : coreEvents(articles, feed)) {
            csv.write(AcledRow.of(e, TIMESTAMP));
        }
        assertThat(Files.readString(tmp.resolve("out/acled.csv"))).isEqualTo(expected.toString());
    }

    @Test
    void parquetArticlesGiveTheSameEventsAsJsonl(@TempDir Path tmp) throws IOException {
        Path jsonl = Files.write(tmp.resolve("all.jsonl"), Stream.concat(
                Files.readAllLines(samplesAsJsonl(tmp)).stream(),
                Files.readAllLines(ROOT.resolve("samples/feed.jsonl")).stream()).toList());
        String parquet = tmp.resolve("articles.parquet").toString();
        // as an archive might hold them: published typed as a date, no url or title columns
        spark.read().schema(ArticleRows.SCHEMA).json(jsonl.toString())
                .withColumn("published", col("published").cast("date")).drop("url", "title")
                .write().parquet(parquet);

        runJob(tmp.resolve("from-jsonl"), jsonl.toString());
        runJob(tmp.resolve("from-parquet"), parquet);

        assertThat(sparkEvents(tmp.resolve("from-parquet"))).isNotEmpty()
                .containsExactlyElementsOf(sparkEvents(tmp.resolve("from-jsonl")));
    }

    @Test
    void brokenArticlesAreSkippedAndTheOthersStillConsolidated(@TempDir Path tmp) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ROOT.resolve("samples/feed.jsonl")));
        lines.add("{\"id\": \"no-text\"}");
        lines.add("{\"id\": \"bad-date\", \"text\": \"نص\", \"published\": \"yesterday\"}");
        lines.add("{this is not json");
        Path input = Files.write(tmp.resolve("feed.jsonl"), lines);

        SparkEvents.Summary s = runJob(tmp.resolve("out"), input.toString());

        assertThat(s.articles()).isEqualTo(6);
        assertThat(s.skipped()).isEqualTo(3);
        assertThat(sparkEvents(tmp.resolve("out"))).containsExactlyElementsOf(
                rasadEvents(ROOT.resolve("samples/feed.jsonl").toString()));
    }

    private static SparkEvents.Summary runJob(Path out, String... inputs) {
        List<String> args = new ArrayList<>(List.of("--out", out.toString()));
        args.addAll(List.of(inputs));
        return SparkEvents.run(spark, JobOptions.parse(args.toArray(String[]::new), gazetteer()), TIMESTAMP);
    }

    /** rasad-core alone, in one process, on JSON Lines inputs: the reference for the CSV. */
    private static List<ConsolidatedEvent> coreEvents(Path... jsonl) throws IOException {
        String index = gazetteer();
        Pipeline pipeline = new Pipeline(new Extractor(Lexicon.bundled()),
                index == null ? null : DocumentGeocoder.standard(Path.of(index)));  // the geocoder every front end uses
        ConsolidationState state = new ConsolidationState();
        for (Path f : jsonl) {
            for (String line : Files.readAllLines(f)) {
                JsonNode n = JSON.readTree(line);
                Article a = new Article(n.get("id").asText(), n.get("text").asText(),
                        n.path("published").isTextual() ? LocalDate.parse(n.get("published").asText()) : null,
                        n.path("source").isTextual() ? n.get("source").asText() : null, null, null);
                state.add(pipeline.process(a), a.source());
            }
        }
        return state.events();
    }

    /** The index `rasad events` uses here: surefire points RASAD_GAZETTEER at data/gazetteer.idx. */
    private static String gazetteer() {
        String file = System.getenv("RASAD_GAZETTEER");
        return file != null && Files.isRegularFile(Path.of(file)) ? file : null;
    }

    /** samples/articles/*.txt as JSON Lines with the CLI's ids (the file name) and no metadata. */
    private static Path samplesAsJsonl(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("samples/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", f.getFileName().toString());
                o.put("text", Files.readString(f));
                lines.add(JSON.writeValueAsString(o));
            }
        }
        return Files.write(dir.resolve("articles.jsonl"), lines);
    }

    /** `rasad events INPUT...` in this JVM: its stdout lines, parsed. */
    private static List<JsonNode> rasadEvents(String... inputs) throws IOException {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("events"));
        args.addAll(List.of(inputs));
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = new CommandLine(new Main()).execute(args.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        assertThat(status).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(withoutNulls(JSON.readTree(line)));
            }
        }
        return out;
    }

    /** The job's Parquet events as JSON lines, in the CLI's order (Parquet files are read back in no set order). */
    private static List<JsonNode> sparkEvents(Path out) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : spark.read().parquet(out.resolve("events").toString())
                .orderBy(col("date").asc_nulls_last(), element_at(col("mentions"), 1).getField("doc"),
                        element_at(col("mentions"), 1).getField("event_index"))
                .toJSON().collectAsList()) {
            events.add(withoutNulls(JSON.readTree(line)));
        }
        return events;
    }

    /** Parquet has no "absent" apart from null, and Spark's JSON leaves nulls out: compare without them. */
    private static JsonNode withoutNulls(JsonNode n) {
        if (n instanceof ObjectNode o) {
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                if (it.next().isNull()) {
                    it.remove();
                }
            }
            o.elements().forEachRemaining(SparkEventsTest::withoutNulls);
        } else if (n instanceof ArrayNode a) {
            a.elements().forEachRemaining(SparkEventsTest::withoutNulls);
        }
        return n;
    }
}
