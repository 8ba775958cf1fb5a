package org.rasad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.pipeline.Pipeline;

/**
 * One ingest run: documents in, articles, per-document events, consolidated events and the ingest
 * log out, a batch at a time.
 *
 * <p>Crash safety: each batch is one transaction holding its articles, their events, their log
 * rows and the consolidated events they change. Killed at any moment, the database holds whole
 * batches only, its consolidated events match its articles, and running the same ingest again
 * skips what is stored (same content hash) and finishes the rest. Extraction runs before the
 * transaction, on all cores.
 *
 * <p>Concurrency: every transaction advances {@code store_state.generation} only from the value
 * this run last saw; if another writer got in between, the batch rolls back with a message to run
 * again (which then starts from what that writer stored). Single-threaded; create with
 * {@link EventStore#ingest}.
 */
public final class Ingestor {

    private final Database db;
    private final Pipeline pipeline;
    private final int batchSize;
    private final StoredConsolidation consolidation;
    private final String runId = UUID.randomUUID().toString();
    private final List<IngestItem> pending = new ArrayList<>();
    private final long started = System.nanoTime();
    private long generation;
    private long seq;
    private long stored;
    private long duplicates;
    private long failed;
    private Consumer<IngestSummary> progress = s -> { };
    private Consumer<String> errors = s -> { };

    Ingestor(Database db, Pipeline pipeline, int batchSize, String inputs) {
        this.db = db;
        this.pipeline = pipeline;
        this.batchSize = batchSize;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            consolidation = StoredConsolidation.load(c);
            generation = generation(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_runs (run_id, started_at, inputs) VALUES (?, ?, ?)")) {
                Sql.setAll(ps, runId, System.currentTimeMillis(), inputs);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot start ingest into " + db + ": " + e.getMessage(), e);
        }
    }

    /** Called after every committed batch with the counts so far. */
    public Ingestor onProgress(Consumer<IngestSummary> listener) {
        this.progress = listener;
        return this;
    }

    /** Called with «doc: error» for every document that fails. */
    public Ingestor onError(Consumer<String> listener) {
        this.errors = listener;
        return this;
    }

    public void add(IngestItem item) {
        pending.add(item);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** Stores what is pending, marks the run finished and returns its counts. */
    public IngestSummary finish() {
        flush();
        try (Connection c = db.connect()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE ingest_runs SET finished_at = ?, stored = ?,"
                    + " duplicates = ?, failed = ? WHERE run_id = ?")) {
                Sql.setAll(ps, System.currentTimeMillis(), stored, duplicates, failed, runId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot finish ingest run in " + db + ": " + e.getMessage(), e);
        }
        return summary();
    }

    public IngestSummary summary() {
        return new IngestSummary(stored, duplicates, failed, consolidation.events(), (System.nanoTime() - started) / 1e9);
    }

    public String runId() {
        return runId;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        IngestBatch batch = IngestBatch.prepare(pending, consolidation.hashes, pipeline);
        pending.clear();
        long now = System.currentTimeMillis();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                advanceGeneration(c);
                ArticleRows.insert(c, batch.extracted(), runId, now);
                log(c, batch.log(), now);
                batch.extracted().forEach(x -> consolidation.add(x.result(), x.article().source()));
                List<ConsolidatedEvent> current = consolidation.write(c, now);
                c.commit();
                consolidation.committed(current);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("ingest into " + db + " stopped: " + e.getMessage()
                    + "; the batch was rolled back, run the same ingest again to finish", e);
        }
        batch.extracted().forEach(x -> consolidation.hashes.put(x.article().id(), x.contentHash()));
        for (IngestBatch.LogEntry entry : batch.log()) {
            switch (entry.status()) {
                case STORED -> stored++;
                case DUPLICATE -> duplicates++;
                case FAILED -> {
                    failed++;
                    errors.accept(entry.docId() + ": " + entry.error());
                }
            }
        }
        progress.accept(summary());
    }

    private void log(Connection c, List<IngestBatch.LogEntry> entries, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_log (run_id, seq, doc_id, content_hash,"
                + " status, error, event_count, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IngestBatch.LogEntry e : entries) {
                Sql.setAll(ps, runId, ++seq, e.docId(), e.contentHash(), e.status().column(), e.error(), e.events(), now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long generation(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM store_state WHERE id = 1");
             var rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("the store has no store_state row; the database was not created by rasad");
            }
            return rs.getLong(1);
        }
    }

    /** First statement of a batch transaction: takes the write lock and detects a concurrent writer. */
    private void advanceGeneration(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE store_state SET generation = ? WHERE id = 1 AND generation = ?")) {
            Sql.setAll(ps, generation + 1, generation);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("another process wrote to " + db + " during this ingest; run the same ingest again"
                        + " to finish (what is stored is kept)");
            }
        }
        generation++;
    }

}
