package org.rasad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.app.web.ApiReadTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rasad.app.EventJson;
import org.rasad.app.WebFixtures;
import org.rasad.core.model.Article;

/** The write endpoints (ingest, review) and their guards: token, body limits, validation, error mapping. */
class ApiWriteTest {

    private static final String TAIZ = "ارتفعت حصيلة الهجوم الحوثي على مواقع الجيش غرب تعز إلى 15 قتيلا، الأحد، بحسب مصادر عسكرية.";

    private MemoryCatalog catalog;
    private Javalin server;
    private Http http;

    @BeforeEach
    void start() {
        catalog = WebFixtures.sampleCatalog();
        server = WebFixtures.start(catalog, 64 * 1024);
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
        catalog.close();
    }

    private static String article(String id, String text) {
        return EventJson.JSON.createObjectNode().put("id", id).put("text", text).put("published", "2025-06-16")
                .put("source", "test wire").toString();
    }

    @Test
    void writesNeedTheToken() {
        assertError(http.post("/api/articles", article("a1", TAIZ), null), 401, "Authorization: Bearer");
        assertError(http.post("/api/articles", article("a1", TAIZ), "wrong-token-123"), 401, "not valid");
        String id = firstEventId();
        assertError(http.post("/api/events/" + id + "/review", "{\"analyst\":\"x\",\"action\":\"confirm\"}", null), 401, "Bearer");
        assertThat(catalog.article("a1")).isEmpty();
    }

    @Test
    void aReadOnlyServerRefusesWrites() {
        Javalin readOnly = RasadServer.create(catalog, new ServerConfig(null, 1 << 20, null)).start("127.0.0.1", 0);
        try {
            Http h = new Http(readOnly.port());
            assertError(h.post("/api/articles", article("a1", TAIZ), WebFixtures.TOKEN), 403, "read-only");
            assertThat(h.get("/api/config").json().get("writes_enabled").asBoolean()).isFalse();
        } finally {
            readOnly.stop();
        }
    }

    @Test
    void postedArticleIsExtractedSearchableAndListed() {
        int before = catalog.counts().events();
        Http.Response r = http.post("/api/articles", article("wire-1", TAIZ), WebFixtures.TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("results").get(0).get("events").asInt()).isEqualTo(1);
        assertThat(http.get("/api/articles/wire-1").json().get("text").asText()).isEqualTo(TAIZ);
        assertThat(http.get("/api/articles?q=" + Http.q("الحوثي")).body()).contains("wire-1");
        assertThat(catalog.counts().events()).isLessThanOrEqualTo(before + 1);
    }

    @Test
    void batchIngestTakesAnArray() {
        String batch = "[" + article("b1", TAIZ) + "," + article("b2", "خبر لا حدث فيه.") + "]";
        Http.Response r = http.post("/api/articles", batch, WebFixtures.TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("ingested").asInt()).isEqualTo(2);
        assertThat(r.json().get("results").get(1).get("events").asInt()).isZero();
    }

    @Test
    void badArticlesAreRejectedBeforeAnythingIsStored() {
        String t = WebFixtures.TOKEN;
        assertError(http.post("/api/articles", "{not json", t), 400, "not JSON");
        assertError(http.post("/api/articles", "\"text\"", t), 400, "article object");
        assertError(http.post("/api/articles", "{\"id\":\"x\"}", t), 400, "«text» is required");
        assertError(http.post("/api/articles", "{\"id\":\"x\",\"text\":\"t\",\"published\":\"June\"}", t), 400, "not a date");
        assertError(http.post("/api/articles", "{\"id\":\"x\",\"text\":\"t\",\"lang\":\"ar\"}", t), 400, "unknown field «lang»");
        assertError(http.post("/api/articles", "{\"id\":\"a/b\",\"text\":\"t\"}", t), 400, "without «/»");
        assertError(http.post("/api/articles", "[]", t), 400, "1 to 1000");
        assertError(http.post("/api/articles", "[" + article("ok", TAIZ) + ",{\"id\":5,\"text\":\"t\"}]", t), 400, "must be a string");
        assertThat(catalog.article("ok")).isEmpty();
    }

    @Test
    void duplicateIdsConflict() {
        String existing = WebFixtures.sampleArticles().get(0).id();
        assertError(http.post("/api/articles", article(existing, TAIZ), WebFixtures.TOKEN), 409, "already taken");
        assertError(http.post("/api/articles", "[" + article("d", TAIZ) + "," + article("d", TAIZ) + "]", WebFixtures.TOKEN),
                409, "already taken");
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String big = article("big", "ا".repeat(70 * 1024));
        assertError(http.post("/api/articles", big, WebFixtures.TOKEN), 413, "too large");
        assertThat(catalog.article("big")).isEmpty();
    }

    @Test
    void correctionIsAppliedAndAudited() {
        String id = firstEventId();
        Http.Response r = review(id, "{\"analyst\":\"Layla\",\"action\":\"correct\",\"field\":\"fatalities\",\"value\":\"4\",\"note\":\"MoI figure\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("fatalities").asInt()).isEqualTo(4);
        assertThat(r.json().get("corrected")).extracting(JsonNode::asText).containsExactly("fatalities");
        JsonNode audit = http.get("/api/events/" + id + "/audit").json().get("items");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("analyst").asText()).isEqualTo("Layla");
        assertThat(audit.get(0).get("field").asText()).isEqualTo("fatalities");
        assertThat(audit.get(0).get("new_value").asText()).isEqualTo("4");
        assertThat(audit.get(0).get("note").asText()).isEqualTo("MoI figure");
        assertThat(http.get("/api/audit").json().get("items")).hasSize(1);
    }

    @Test
    void confirmMarksTheEvent() {
        String id = firstEventId();
        assertThat(review(id, "{\"analyst\":\"Omar\",\"action\":\"confirm\"}").json().get("confirmed").asBoolean()).isTrue();
        assertThat(http.get("/api/events/" + id).json().get("confirmed").asBoolean()).isTrue();
    }

    @Test
    void mergeJoinsTwoEventsAndSplitTakesAReportOut() {
        List<JsonNode> events = List.copyOf(iterable(http.get("/api/events?type=Battles").json().get("items")));
        String a = events.get(0).get("event_id").asText();
        String b = events.get(1).get("event_id").asText();
        int total = catalog.counts().events();
        JsonNode merged = review(a, "{\"analyst\":\"Omar\",\"action\":\"merge\",\"other\":\"" + b + "\"}").json();
        assertThat(merged.get("reports")).hasSize(2);
        assertThat(catalog.counts().events()).isEqualTo(total - 1);
        assertThat(http.get("/api/events/" + b).status()).isEqualTo(404);
        String report = merged.get("reports").get(1).get("doc").asText() + "#" + merged.get("reports").get(1).get("event_index").asInt();
        JsonNode split = review(merged.get("event_id").asText(), "{\"analyst\":\"Omar\",\"action\":\"split\",\"report\":\"" + report + "\"}").json();
        assertThat(split.get("reports")).hasSize(1);
        assertThat(catalog.counts().events()).isEqualTo(total);
        assertThat(http.get("/api/audit").json().get("items")).extracting(n -> n.get("action").asText()).containsExactly("merge", "split");
    }

    @Test
    void correctionSurvivesReconsolidationWhenAnotherSourceJoins() {
        JsonNode taiz = iterable(http.get("/api/events?q=" + Http.q("مقبنة")).json().get("items")).iterator().next();
        String id = taiz.get("event_id").asText();
        review(id, "{\"analyst\":\"Layla\",\"action\":\"correct\",\"field\":\"actor2\",\"value\":\"Military Forces of Yemen\"}");
        int reports = catalog.event(id).orElseThrow().event().reports().size();
        Article copy = catalog.article(catalog.event(id).orElseThrow().event().reports().get(0).doc()).orElseThrow();
        Http.Response r = http.post("/api/articles", EventJson.JSON.createObjectNode().put("id", "second-source")
                .put("text", copy.text()).put("source", "another outlet").toString(),
                WebFixtures.TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        var after = catalog.events(EventQuery.all(1000)).items().stream()
                .filter(e -> e.event().mentions().stream().anyMatch(m -> m.doc().equals("second-source"))).findFirst().orElseThrow();
        assertThat(after.event().reports()).as("the new report joined the incident").hasSize(reports + 1);
        assertThat(after.event().event().actor2().name()).isEqualTo("Military Forces of Yemen");
        assertThat(after.corrected()).contains("actor2");
    }

    @Test
    void badReviewsAreClear400s() {
        String id = firstEventId();
        assertError(review(id, "{\"action\":\"confirm\"}"), 400, "analyst");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"delete\"}"), 400, "not one of confirm");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"correct\",\"field\":\"colour\",\"value\":\"red\"}"), 400, "unknown field «colour»");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"correct\",\"field\":\"date\",\"value\":\"yesterday\"}"), 400, "YYYY-MM-DD");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"correct\",\"field\":\"fatalities\",\"value\":\"-3\"}"), 400, "whole number");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"correct\",\"field\":\"event_type\",\"value\":\"War\"}"), 400, "ACLED event type");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"merge\",\"other\":\"" + id + "\"}"), 400, "itself");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"merge\",\"other\":\"ev-none\"}"), 400, "no event ev-none");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"split\",\"report\":\"nope#0\"}"), 400, "not one of this event's reports");
        assertError(review(id, "{\"analyst\":\"x\",\"action\":\"confirm\",\"who\":1}"), 400, "unknown field «who»");
        assertError(review("ev-none", "{\"analyst\":\"x\",\"action\":\"confirm\"}"), 404, "no event");
        assertThat(http.get("/api/audit").json().get("items")).isEmpty();
    }

    @Test
    void failuresInsideTheServerShowNoStackTrace() {
        EventCatalog broken = new MemoryCatalog(WebFixtures.pipeline()) {
            @Override
            public EventPage events(EventQuery q) {
                throw new IllegalStateException("database exploded at org.rasad.Secret");
            }
        };
        Javalin s = RasadServer.create(broken, new ServerConfig(WebFixtures.TOKEN, 1 << 20, null)).start("127.0.0.1", 0);
        try {
            Http.Response r = new Http(s.port()).get("/api/events");
            assertError(r, 500, "internal error");
            assertThat(r.body()).doesNotContain("exploded").doesNotContain("org.rasad");
        } finally {
            s.stop();
        }
    }

    private Http.Response review(String id, String body) {
        return http.post("/api/events/" + id + "/review", body, WebFixtures.TOKEN);
    }

    private String firstEventId() {
        return http.get("/api/events?limit=1").json().get("items").get(0).get("event_id").asText();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
