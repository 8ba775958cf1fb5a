package org.rasad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.app.web.ApiReadTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.app.EventJson;
import org.rasad.app.WebFixtures;
import org.rasad.store.Database;
import org.rasad.store.JdbcEventStore;

/**
 * {@code rasad serve --db}: the same API over the store, on SQLite here and on PostgreSQL in
 * {@link StoreCatalogPostgresTest}. It answers as the in-memory catalog does on the same articles,
 * and analyst decisions and posted articles persist across a restart.
 */
class StoreCatalogTest {

    @TempDir
    Path dir;

    /** The database of this test: a file or JDBC URL, the same one each call within a test. */
    String database() {
        return dir.resolve("rasad.db").toString();
    }

    private StoreCatalog open() {
        return new StoreCatalog(new JdbcEventStore(Database.open(database())), WebFixtures.pipeline());
    }

    private StoreCatalog sampleStore() {
        StoreCatalog c = open();
        c.ingest(WebFixtures.sampleArticles());
        return c;
    }

    private static final List<String> QUERIES = List.of("", "type=Battles", "country=YE", "disputed=true",
            "sort=-fatalities", "q=" + Http.q("مقديشو"), "from=2025-01-01&to=2025-06-30", "actor=islamic", "bbox=30,10,60,40");

    @Test
    void answersAsTheInMemoryCatalogDoes() {
        try (StoreCatalog store = sampleStore(); MemoryCatalog memory = WebFixtures.sampleCatalog()) {
            Javalin a = WebFixtures.start(store, 1 << 20);
            Javalin b = WebFixtures.start(memory, 1 << 20);
            try {
                for (String query : QUERIES) {
                    JsonNode fromStore = new Http(a.port()).get("/api/events?limit=1000&" + query).json();
                    JsonNode fromMemory = new Http(b.port()).get("/api/events?limit=1000&" + query).json();
                    assertThat(fromStore.get("total").asInt()).as(query).isPositive();
                    assertThat(fromStore).as(query).isEqualTo(fromMemory);
                }
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    @Test
    void decisionsPersistAcrossARestart() {
        String corrected;
        String merged;
        int events;
        try (StoreCatalog store = sampleStore()) {
            Javalin s = WebFixtures.start(store, 1 << 20);
            try {
                Http http = new Http(s.port());
                List<String> ids = new ArrayList<>();
                http.get("/api/events?type=Battles").json().get("items").forEach(n -> ids.add(n.get("event_id").asText()));
                corrected = ids.get(0);
                merged = ids.get(1);
                assertThat(http.post("/api/events/" + corrected + "/review",
                        "{\"analyst\":\"Layla\",\"action\":\"correct\",\"field\":\"location\",\"value\":\"Al Mukha\"}",
                        WebFixtures.TOKEN).status()).isEqualTo(200);
                assertThat(http.post("/api/events/" + merged + "/review",
                        "{\"analyst\":\"Omar\",\"action\":\"merge\",\"other\":\"" + ids.get(2) + "\"}", WebFixtures.TOKEN).status())
                        .isEqualTo(200);
                events = store.counts().events();
            } finally {
                s.stop();
            }
        }
        try (StoreCatalog reopened = open()) {
            assertThat(reopened.counts().events()).isEqualTo(events);
            assertThat(reopened.event(corrected).orElseThrow().event().event().location().name()).isEqualTo("Al Mukha");
            assertThat(reopened.event(merged).orElseThrow().event().reports()).hasSize(2);
            List<AuditEntry> audit = reopened.audit(null);
            assertThat(audit).extracting(AuditEntry::analyst).containsExactly("Layla", "Omar");
            assertThat(audit.get(0).newValue()).isEqualTo("Al Mukha");
        }
    }

    @Test
    void postedArticlesAreStoredAndSearchable() {
        try (StoreCatalog store = sampleStore()) {
            Javalin s = WebFixtures.start(store, 1 << 20);
            try {
                Http http = new Http(s.port());
                String body = EventJson.JSON.createObjectNode().put("id", "wire-7").put("published", "2025-06-16")
                        .put("text", "قتل 4 جنود في هجوم شنه مسلحون على نقطة تفتيش قرب مدينة إب، الأحد.").toString();
                Http.Response r = http.post("/api/articles", body, WebFixtures.TOKEN);
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                assertThat(r.json().get("results").get(0).get("events").asInt()).isEqualTo(1);
                assertThat(http.get("/api/articles/wire-7").json().get("text").asText()).contains("نقطة تفتيش");
                assertThat(http.get("/api/articles?q=" + Http.q("تفتيش")).body()).contains("wire-7");
                assertError(http.post("/api/articles", body, WebFixtures.TOKEN), 409, "already taken");
            } finally {
                s.stop();
            }
        }
        try (StoreCatalog reopened = open()) {
            assertThat(reopened.article("wire-7")).isPresent();
            assertThat(reopened.articles("تفتيش", 0, 10).items()).extracting(a -> a.id()).contains("wire-7");
        }
    }
}
