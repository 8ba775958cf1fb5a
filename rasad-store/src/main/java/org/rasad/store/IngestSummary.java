package org.rasad.store;

/**
 * Counts of one ingest run so far.
 *
 * @param stored     new articles stored
 * @param duplicates articles already stored (no-ops)
 * @param failed     documents logged with an error and skipped
 * @param events     consolidated events in the store after the last committed batch
 * @param seconds    wall time since the run began
 */
public record IngestSummary(long stored, long duplicates, long failed, long events, double seconds) {

    public long documents() {
        return stored + duplicates + failed;
    }

    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : documents() / seconds;
    }

    /** The one-line summary the CLI prints. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "%d documents: %d stored, %d already stored, %d failed; %d events in the store; %.1f s (%.0f documents/s)",
                documents(), stored, duplicates, failed, events, seconds, documentsPerSecond());
    }
}
