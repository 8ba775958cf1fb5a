package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;

/**
 * Consolidation in two passes, the one every front end runs (the CLI's {@code rasad events}, the store's
 * ingest, a Spark block): first as the documents come; then each undated document that joined incidents
 * other outlets date to the day is extracted again against that day ({@link ReferenceDates}), so its
 * «18 يناير الجاري» becomes a date, and everything is consolidated once more.
 */
public final class DatedConsolidation {

    /**
     * One document to consolidate.
     *
     * @param result  its extraction
     * @param source  its outlet, or null
     * @param article the article itself when it is undated (needed to extract it again), else may be null
     */
    public record Document(DocumentResult result, String source, Article article) {
        public Document {
            Objects.requireNonNull(result, "result");
        }
    }

    private DatedConsolidation() {
    }

    /**
     * @param docs     the documents, in any order (the result does not depend on it)
     * @param pipeline extraction and geocoding of one article, as the first pass ran them
     */
    public static List<ConsolidatedEvent> consolidate(List<Document> docs, Function<Article, DocumentResult> pipeline) {
        ConsolidationState state = new ConsolidationState();
        List<DocumentResult> results = new ArrayList<>(docs.size());
        for (Document d : docs) {
            state.add(d.result(), d.source());
            results.add(d.result());
        }
        List<ConsolidatedEvent> events = state.events();
        Map<String, LocalDate> references = ReferenceDates.infer(results, events);
        if (references.isEmpty()) {
            return events;
        }
        ConsolidationState redated = new ConsolidationState();
        for (Document d : docs) {
            LocalDate reference = references.get(d.result().doc());
            DocumentResult filled = null;
            if (reference != null && d.article() != null) {
                Article a = d.article();
                Article dated = new Article(a.id(), a.text(), reference, a.source(), a.url(), a.title());
                filled = ReferenceDates.fillDates(d.result(), pipeline.apply(dated));
            }
            redated.add(filled != null ? filled : d.result(), d.source());
        }
        return redated.events();
    }
}
