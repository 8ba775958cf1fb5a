package org.rasad.store;

import org.rasad.core.extract.Extractor;
import org.rasad.core.pipeline.Pipeline;

/** A separate JVM that ingests synthetic articles, for {@link IngestKilledMidBatchTest}: {@code DB COUNT BATCH}. */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) {
        Ingestor in = EventStore.open(args[0]).ingest(new Pipeline(new Extractor(), null), "child", Integer.parseInt(args[2]));
        SyntheticArticles.generate(Integer.parseInt(args[1]), 11).forEach(a -> in.add(IngestItem.of(a)));
        in.finish();
    }
}
