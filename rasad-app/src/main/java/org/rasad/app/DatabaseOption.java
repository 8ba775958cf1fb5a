package org.rasad.app;

import org.rasad.store.EventStore;
import picocli.CommandLine.Option;

/** {@code --db PATH|URL}: the event store, a SQLite file by default or a PostgreSQL JDBC URL. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "rasad.db",
            description = "SQLite file (default: ${DEFAULT-VALUE}) or jdbc:postgresql://host/db?user=...&password=...")
    String spec;

    /** The store, created when it does not exist yet (for ingest). */
    EventStore open() {
        return EventStore.open(spec);
    }

    /** The store, which must exist already: reading a mistyped path should not create an empty database. */
    EventStore openExisting() {
        if (!spec.startsWith("jdbc:") && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(spec))) {
            throw new IllegalArgumentException("no database at " + spec + "; run rasad ingest first, or give --db");
        }
        return EventStore.open(spec);
    }
}
