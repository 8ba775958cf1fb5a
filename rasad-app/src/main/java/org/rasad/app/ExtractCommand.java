package org.rasad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.extract.Extractor;
import org.rasad.core.model.DocumentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasad extract INPUT...}: the events each article reports, one JSON line per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the events each article reports.",
                "Inputs: .txt and .html files (one article each), .jsonl files (one article per line:"
                        + " id, text, published, source, url, title) and directories of them.",
                "Output: JSON Lines on stdout, one line per document, in input order."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories")
    List<Path> inputs;

    @Mixin
    DictionaryOption dictionaries;

    @Option(names = "--explain", description = "also print to stderr how each article was read (clauses, cues, sides, figures)")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        ArticleReader.requireExisting(inputs);
        GeocodingStep geocoding = GeocodingStep.load();
        Extractor extractor = geocoding.extractor(new Extractor(dictionaries.lexicon()));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        int[] failed = {0};
        ArticleReader.read(inputs, item -> {
            DocumentResult r = item.article() == null ? DocumentResult.failed(item.id(), item.error())
                    : geocoding.apply(item.article(), extractor.extract(item.article()));
            if (explain && item.article() != null) {
                System.err.print(extractor.explain(item.article()));
            }
            if (r.error() != null) {
                failed[0]++;
                System.err.println("rasad: " + r.doc() + ": " + r.error());
            }
            try {
                out.write(EventJson.JSON.writeValueAsString(EventJson.document(r)));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
        return 0;
    }
}
