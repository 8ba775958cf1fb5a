package org.rasad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.ConsolidationState;
import org.rasad.core.consolidate.ReferenceDates;
import org.rasad.core.extract.Extractor;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rasad events INPUT...}: extraction, then consolidation across all inputs; one JSON line per incident. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Extract the events of all articles and consolidate them into real-world incidents.",
                "Inputs: as for extract (.txt, .html, .jsonl files and directories of them).",
                "Output: JSON Lines on stdout, one line per incident, with every report (mentions) and claim behind it."})
final class EventsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories")
    List<Path> inputs;

    @Mixin
    DictionaryOption dictionaries;

    @Override
    public Integer call() throws IOException {
        Extractor extractor = new Extractor(dictionaries.lexicon());
        ArticleReader.requireExisting(inputs);
        GeocodingStep geocoding = GeocodingStep.load();  // consolidation compares coordinates when it has them
        ConsolidationState state = new ConsolidationState();
        List<DocumentResult> results = new ArrayList<>();
        Map<String, Article> undated = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        ArticleReader.read(inputs, item -> {
            if (item.article() == null) {
                System.err.println("rasad: " + item.id() + ": " + item.error());
                return;
            }
            DocumentResult r = geocoding.apply(item.article(), extractor.extract(item.article()));
            if (r.error() != null) {
                System.err.println("rasad: " + r.doc() + ": " + r.error());
            }
            try {
                state.add(r, item.article().source());
                results.add(r);
                sources.put(r.doc(), item.article().source());
                if (r.published() == null) {
                    undated.put(r.doc(), item.article());
                }
            } catch (IllegalArgumentException e) {
                System.err.println("rasad: " + r.doc() + ": " + e.getMessage() + " (skipped)");
            }
        });
        List<ConsolidatedEvent> events = state.events();
        Map<String, LocalDate> references = ReferenceDates.infer(results, events);
        if (!references.isEmpty()) {
            // undated articles resolve their relative dates against the days other outlets give their incidents
            ConsolidationState redated = new ConsolidationState();
            for (DocumentResult r : results) {
                Article a = undated.get(r.doc());
                LocalDate reference = references.get(r.doc());
                DocumentResult filled = null;
                if (reference != null) {
                    Article dated = new Article(a.id(), a.text(), reference, a.source(), a.url(), a.title());
                    filled = ReferenceDates.fillDates(r, geocoding.apply(dated, extractor.extract(dated)));
                }
                redated.add(filled != null ? filled : r, sources.get(r.doc()));
            }
            events = redated.events();
        }
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (ConsolidatedEvent e : events) {
            out.write(EventJson.JSON.writeValueAsString(EventJson.consolidated(e)));
            out.write('\n');
        }
        out.flush();
        return 0;
    }
}
