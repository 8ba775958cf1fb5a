package org.rasad.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.rasad.core.consolidate.BlockingKey;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.DatedConsolidation;
import org.rasad.core.export.AcledRow;
import scala.Tuple2;

/**
 * The reduce side: all documents with events under one {@link BlockingKey}, consolidated by the
 * core's {@link ConsolidationState}, keeping the incidents of that key, each with its ACLED row
 * (rasad-core's {@link AcledRow}).
 *
 * <p>Why this equals {@code rasad events} on the same input: the core never links reports of
 * different keys (each key is its own block inside {@code ConsolidationState}), a block's incidents
 * depend only on the set of its reports (not on the order or on other blocks), and this group holds
 * every document that has a report under the key. So block K here has exactly the reports block K
 * has in a single process, and the same incidents with the same ids. Incidents of other keys that
 * the group's documents also carry are dropped here; their own groups produce them.
 */
final class BlockConsolidation implements FlatMapGroupsFunction<String, Tuple2<String, byte[]>, Row> {

    private final String gazetteer;
    private final String dict;
    private final LongAccumulator duplicates;
    private final long timestamp;

    /** @param timestamp the ACLED rows' {@code timestamp}: Unix seconds of this run */
    BlockConsolidation(JobOptions o, LongAccumulator duplicates, long timestamp) {
        this.gazetteer = o.gazetteer();
        this.dict = o.dict();
        this.duplicates = duplicates;
        this.timestamp = timestamp;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Tuple2<String, byte[]>> docs) {
        List<DatedConsolidation.Document> block = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (docs.hasNext()) {
            Extraction.SourcedDocument d = RecordCodec.decode(docs.next()._2(), Extraction.SourcedDocument.class);
            if (!seen.add(d.result().doc())) {
                // as rasad events: ids must be unique; a repeat is reported and left out
                System.err.println("rasad-spark: " + d.result().doc() + ": document id seen twice; the repeat is skipped");
                duplicates.add(1);
                continue;
            }
            block.add(new DatedConsolidation.Document(d.result(), d.source(), d.article()));
        }
        // the same two passes as rasad events: undated articles may be extracted again, on this executor
        List<ConsolidatedEvent> events = DatedConsolidation.consolidate(block,
                a -> ExecutorPipeline.get(gazetteer, dict).process(a));
        List<Row> out = new ArrayList<>();
        for (ConsolidatedEvent e : events) {
            if (BlockingKey.of(e.reports().get(0)).country().equals(key)) {
                out.add(EventRows.row(e, AcledRows.row(AcledRow.of(e, timestamp))));
            }
        }
        return out.iterator();
    }
}
