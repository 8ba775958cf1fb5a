package org.rasad.store;

/** What ingest did with one document; the {@code status} column of {@code ingest_log}. */
public enum IngestStatus {
    /** New article: stored, extracted, consolidated. */
    STORED,
    /** The same article (same content hash) was already stored: nothing to do. */
    DUPLICATE,
    /** Unreadable, or its extraction failed, or its id is taken by different content: logged and skipped. */
    FAILED;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
