package org.rasad.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.bench.TextLayerBenchmark;
import org.rasad.core.extract.Extractor;
import org.rasad.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasad bench}: single-thread throughput of the text layer (normalise + tokenise) and of
 * {@code extract}, in MB of UTF-8 Arabic text per second per core, after warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchIngestCommand.class, ConsolidateBenchCommand.class, BenchServeCommand.class},
        description = "Measure text-layer and extraction throughput (MB/s per core, after warm-up).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "samples/articles",
            description = "articles to extract (files or a directory, repeated up to --mb); default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--mb", defaultValue = "20", description = "megabytes of text per measured round (default ${DEFAULT-VALUE})")
    int megabytes;

    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds after 2 warm-up rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() {
        TextLayerBenchmark.Result text = TextLayerBenchmark.run(megabytes, 2, rounds);
        System.out.printf("text layer (normalise + tokenise): %.1f MB/s per core (%d MB, %d tokens)%n",
                text.megabytesPerSecond(), megabytes, text.tokens());

        List<Article> articles = new ArrayList<>();
        ArticleReader.read(List.of(corpus), item -> {
            if (item.article() != null) {
                articles.add(item.article());
            }
        });
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles found in " + corpus + " to benchmark extraction");
        }
        Extractor extractor = new Extractor();
        long bytesPerPass = 0;
        for (Article a : articles) {
            bytesPerPass += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        long passes = Math.max(1, (long) megabytes * 1_000_000 / bytesPerPass);
        int events = 0;
        for (int warm = 0; warm < 2; warm++) {
            events = pass(extractor, articles, passes);
        }
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            pass(extractor, articles, passes);
            double seconds = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, bytesPerPass * passes / 1e6 / seconds);
        }
        System.out.printf("extract: %.2f MB/s per core (%d articles x %d passes = %.1f MB per round; %d events per pass)%n",
                best, articles.size(), passes, bytesPerPass * passes / 1e6, events / passes);
        return 0;
    }

    private static int pass(Extractor extractor, List<Article> articles, long passes) {
        int events = 0;
        for (long p = 0; p < passes; p++) {
            for (Article a : articles) {
                events += extractor.extract(a).events().size();
            }
        }
        return events;
    }
}
