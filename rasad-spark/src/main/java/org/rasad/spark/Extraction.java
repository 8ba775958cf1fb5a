package org.rasad.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.rasad.core.consolidate.BlockingKey;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.pipeline.Pipeline;
import scala.Tuple2;

/**
 * The map side: each article of a partition through the executor's {@link Pipeline}, then one
 * record per {@link BlockingKey} its events fall under, carrying the whole encoded document.
 *
 * <p>The whole document travels (not only its events of that key) because consolidation numbers a
 * document's events by their place in it ({@code mentions[].event_index}); a document whose
 * events name two countries is sent to both blocks, and each block keeps only its own incidents.
 * Documents with no events take no part in consolidation and are not sent at all.
 */
final class Extraction implements MapPartitionsFunction<Row, Tuple2<String, byte[]>> {

    private final String gazetteer;
    private final String dict;
    private final LongAccumulator articles;
    private final LongAccumulator skipped;

    Extraction(JobOptions o, LongAccumulator articles, LongAccumulator skipped) {
        this.gazetteer = o.gazetteer();
        this.dict = o.dict();
        this.articles = articles;
        this.skipped = skipped;
    }

    @Override
    public Iterator<Tuple2<String, byte[]>> call(Iterator<Row> rows) {
        Pipeline pipeline = ExecutorPipeline.get(gazetteer, dict);
        Deque<Tuple2<String, byte[]>> out = new ArrayDeque<>();
        // lazily, one article at a time, so a partition's results are never all in memory at once
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (out.isEmpty() && rows.hasNext()) {
                    out.addAll(extract(pipeline, rows.next()));
                }
                return !out.isEmpty();
            }

            @Override
            public Tuple2<String, byte[]> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return out.poll();
            }
        };
    }

    private List<Tuple2<String, byte[]>> extract(Pipeline pipeline, Row row) {
        articles.add(1);
        Article article;
        try {
            article = ArticleRows.article(row);
        } catch (ArticleRows.BadArticleException e) {
            System.err.println("rasad-spark: " + e.id + ": " + e.getMessage() + " (skipped)");
            skipped.add(1);
            return List.of();
        }
        DocumentResult r = pipeline.process(article);
        if (r.error() != null) {
            System.err.println("rasad-spark: " + r.doc() + ": " + r.error());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Report report : Report.of(r, article.source())) {
            keys.add(BlockingKey.of(report).country());
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        // an undated article travels with its text: its block may date it from other outlets and extract it again
        byte[] doc = RecordCodec.encode(new SourcedDocument(r, article.source(), r.published() == null ? article : null));
        List<Tuple2<String, byte[]>> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(new Tuple2<>(k, doc)));
        return out;
    }

    /** What consolidation needs of a document: its result and its outlet (null when unknown). */
    record SourcedDocument(DocumentResult result, String source, Article article) {
    }
}
