package org.rasad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

    @TempDir
    Path dir;

    private int n;

    @Override
    EventStore newStore() {
        return EventStore.open(dir.resolve("store" + (n++) + ".db").toString());
    }
}
