package org.rasad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.DatedConsolidation;
import org.rasad.core.extract.Extractor;
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
        ArticleReader.requireExisting(inputs);
        GeocodingStep geocoding = GeocodingStep.load();  // consolidation compares coordinates when it has them
        Extractor extractor = geocoding.extractor(new Extractor(dictionaries.lexicon()));
        List<DatedConsolidation.Document> docs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArticleReader.read(inputs, item -> {
            if (item.article() == null) {
                System.err.println("rasad: " + item.id() + ": " + item.error());
                return;
            }
            DocumentResult r = geocoding.apply(item.article(), extractor.extract(item.article()));
            if (r.error() != null) {
                System.err.println("rasad: " + r.doc() + ": " + r.error());
            }
            if (!seen.add(r.doc())) {
                System.err.println("rasad: " + r.doc() + ": document id seen twice (skipped)");
                return;
            }
            docs.add(new DatedConsolidation.Document(r, item.article().source(),
                    r.published() == null ? item.article() : null));
        });
        List<ConsolidatedEvent> events = DatedConsolidation.consolidate(docs,
                a -> geocoding.apply(a, extractor.extract(a)));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (ConsolidatedEvent e : events) {
            out.write(EventJson.JSON.writeValueAsString(EventJson.consolidated(e)));
            out.write('\n');
        }
        out.flush();
        return 0;
    }
}
