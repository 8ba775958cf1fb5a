package org.rasad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.extract.Extractor;
import org.rasad.core.model.Article;
import org.rasad.core.pipeline.Pipeline;
import org.rasad.store.EventStore;
import org.rasad.store.IngestItem;
import org.rasad.store.IngestSummary;
import org.rasad.store.Ingestor;
import org.rasad.store.SyntheticArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasad bench ingest}: end-to-end ingest throughput into a fresh SQLite file (reading
 * aside: hashing, extraction on all cores, storage, consolidation, log), in articles per second, on
 * seeded synthetic articles after a warm-up that lets the JIT compile extraction. No gazetteer, so
 * that the figure measures the store and extraction, not the index on disk.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput into a fresh SQLite database (articles/s, after warm-up).")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "5000", description = "articles to ingest (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--batch", defaultValue = "500", description = "documents per transaction (default ${DEFAULT-VALUE})")
    int batchSize;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = new Pipeline(new Extractor(), null);
        List<Article> warmup = SyntheticArticles.generate(2000, 7);
        warmup.parallelStream().forEach(pipeline::process);
        List<Article> input = SyntheticArticles.generate(articles, 42);
        Path dir = Files.createTempDirectory("rasad-bench");
        Path db = dir.resolve("bench.db");
        try {
            Ingestor ingest = EventStore.open(db.toString()).ingest(pipeline, "bench", batchSize);
            input.forEach(a -> ingest.add(IngestItem.of(a)));
            IngestSummary s = ingest.finish();
            System.out.printf(java.util.Locale.ROOT,
                    "ingest into SQLite: %.0f articles/s (%d articles, %d events after consolidation, %.1f s, batch %d, %d cores)%n",
                    s.documentsPerSecond(), s.stored(), s.events(), s.seconds(), batchSize,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        return 0;
    }
}
