package org.rasad.app.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rasad.core.model.Article;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewedEvent;

/**
 * What the HTTP API reads and writes: the seam between the server and where events live
 * ({@link MemoryCatalog} for inputs read at start-up and for tests, the database store in production).
 * Implementations are thread-safe: one instance serves every request thread.
 */
public interface EventCatalog extends AutoCloseable {

    /** The events that pass the query's filters, sorted and paged, with the number that passed. */
    EventPage events(EventQuery query);

    /** Events per day and type among those that pass the query's filters (paging ignored); undated events left out. */
    List<DayCount> timeline(EventQuery query);

    Optional<ReviewedEvent> event(String eventId);

    /** Articles, newest first; {@code text} (nullable) searches them with Arabic analysis. */
    ArticlePage articles(String text, int offset, int limit);

    Optional<Article> article(String id);

    /** Extracts and consolidates new articles; every id must be new (checked before anything is stored). */
    IngestResult ingest(List<Article> articles);

    /**
     * Records an analyst's decision in the audit trail and applies it.
     *
     * @return the event the decision is about, as it is now
     * @throws ApiException 404 when the anchor report belongs to no event
     */
    ReviewedEvent review(ReviewAction action);

    /** The audit trail, oldest first; only the entries about this event's reports when eventId is not null. */
    List<AuditEntry> audit(String eventId);

    /** Counts for the health endpoint. */
    Counts counts();

    @Override
    default void close() {
    }

    /**
     * @param summaries each item's JSON summary as the events list writes it, rendered once per event
     *                  and kept by the catalog (the list is the hottest response), or null to render them now
     */
    record EventPage(int total, List<ReviewedEvent> items, List<byte[]> summaries) {
        public EventPage {
            items = List.copyOf(items);
            summaries = summaries == null ? null : List.copyOf(summaries);
            if (summaries != null && summaries.size() != items.size()) {
                throw new IllegalArgumentException("a page needs one summary per item");
            }
        }

        public EventPage(int total, List<ReviewedEvent> items) {
            this(total, items, null);
        }
    }

    record DayCount(LocalDate date, String type, int count) {
    }

    record ArticlePage(int total, List<Article> items) {
        public ArticlePage {
            items = List.copyOf(items);
        }
    }

    /** @param results one per article, in request order */
    record IngestResult(List<IngestedArticle> results) {
        public IngestResult {
            results = List.copyOf(results);
        }
    }

    /** @param error why extraction failed for this article, or null */
    record IngestedArticle(String id, int events, String error) {
    }

    record Counts(int articles, int events, int reviewActions) {
    }
}
