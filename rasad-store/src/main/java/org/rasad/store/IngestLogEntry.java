package org.rasad.store;

/** One row of {@code ingest_log}: what a run did with one document. */
public record IngestLogEntry(String runId, long seq, String docId, String contentHash, IngestStatus status,
                             String error, Integer eventCount, long loggedAt) {
}
