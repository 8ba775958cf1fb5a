package org.rasad.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.model.Article;
import org.rasad.core.pipeline.Pipeline;

/**
 * Rasad's event store: articles, the events each reports, the incidents consolidated from them
 * with every claim, the ingest log and analyst review. One implementation serves SQLite and
 * PostgreSQL ({@link JdbcEventStore}); this interface is the seam for the CLI, the HTTP API and tests.
 *
 * <p>Readers are thread-safe; writes go through one {@link Ingestor} at a time per process.
 */
public interface EventStore {

    /** Opens (creating or migrating) the store at a file path or JDBC URL; see {@link Database#open}. */
    static EventStore open(String spec) {
        return new JdbcEventStore(Database.open(spec));
    }

    /**
     * Starts an ingest run; its constructor loads the stored documents into the consolidation.
     *
     * @param inputs    what is being ingested, for the run's log entry
     * @param batchSize documents per transaction
     */
    Ingestor ingest(Pipeline pipeline, String inputs, int batchSize);

    /** Ingests a batch of articles in one call (the HTTP API's upload). */
    default IngestSummary ingest(Pipeline pipeline, List<Article> articles) {
        Ingestor in = ingest(pipeline, "api: " + articles.size() + " articles", 256);
        articles.forEach(a -> in.add(IngestItem.of(a)));
        return in.finish();
    }

    Page<ConsolidatedEvent> events(EventQuery query);

    /** Streams every event the query matches (its offset and limit ignored), in the query's order. */
    void forEachEvent(EventQuery query, Consumer<ConsolidatedEvent> sink);

    Optional<EventDetail> event(String eventId);

    /** Articles, newest ingest first, without their text; {@code text} filters by words in the body or title. */
    Page<StoredArticle> articles(String text, int offset, int limit);

    Optional<StoredArticle> article(String docId);

    /** The per-article outcomes of one ingest run, in input order; the latest run when {@code runId} is null. */
    List<IngestLogEntry> ingestLog(String runId);

    /** Records an analyst action and returns it with its id. */
    ReviewAction review(ReviewAction action);

    /** Unix milliseconds of the last change to consolidated events, or 0 for an empty store. */
    long lastUpdated();
}
