package org.rasad.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rasad.core.extract.Extractor;
import org.rasad.core.pipeline.Pipeline;
import org.rasad.store.IngestItem;
import org.rasad.store.IngestSummary;
import org.rasad.store.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasad ingest INPUT...}: stores articles, their events and the consolidated incidents in
 * the event store, a batch per transaction; see {@link org.rasad.store.Ingestor} for why an
 * interrupted run can simply be run again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store articles in the event store, extract their events and consolidate them.",
                "Inputs: as for extract (.txt, .html, .jsonl files and directories of them).",
                "An article already stored is skipped; a broken one is logged with its error and skipped.",
                "An interrupted ingest can be run again to finish."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories")
    List<Path> inputs;

    @Mixin
    DictionaryOption dictionaries;

    @Mixin
    DatabaseOption database;

    @Option(names = "--batch", defaultValue = "500", description = "documents per transaction (default ${DEFAULT-VALUE})")
    int batchSize;

    @Override
    public Integer call() throws IOException {
        Extractor extractor = new Extractor(dictionaries.lexicon());
        ArticleReader.requireExisting(inputs);
        Pipeline pipeline = new Pipeline(extractor, GeocodingStep.load().geocoder());
        ProgressBar bar = ProgressBar.forTerminal(System.console() != null ? countDocuments(inputs) : 0);
        Ingestor ingest = database.open().ingest(pipeline, String.join(" ", inputs.stream().map(Path::toString).toList()), batchSize)
                .onError(e -> {
                    bar.done();
                    System.err.println("rasad: " + e);
                })
                .onProgress(s -> bar.update(s.documents(), s.failed(), s.documentsPerSecond()));
        ArticleReader.read(inputs, item -> ingest.add(item.article() == null
                ? IngestItem.unreadable(item.id(), item.error()) : IngestItem.of(item.article())));
        IngestSummary summary = ingest.finish();
        bar.done();
        System.err.println("rasad: ingest into " + database.spec + ": " + summary.line());
        return 0;
    }

    /** Documents in the inputs, counted cheaply (a file, or a non-blank JSONL line), for the progress bar. */
    private static long countDocuments(List<Path> inputs) {
        long n = 0;
        for (Path p : inputs) {
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).toList()) {
                    n += f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") ? jsonLines(f) : 1;
                }
            } catch (IOException | RuntimeException e) {
                return 0;  // the reader reports the problem; the bar just shows counts
            }
        }
        return n;
    }

    private static long jsonLines(Path f) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return r.lines().filter(l -> !l.isBlank()).count();
        }
    }
}
