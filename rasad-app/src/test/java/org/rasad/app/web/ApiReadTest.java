package org.rasad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rasad.app.WebFixtures;

/** The read endpoints against a real server on the sample articles: answers, filters, and bad input. */
class ApiReadTest {

    private static MemoryCatalog catalog;
    private static Javalin server;
    private static Http http;

    @BeforeAll
    static void start() {
        catalog = WebFixtures.sampleCatalog();
        server = WebFixtures.start(catalog, ServerConfig.DEFAULT_MAX_BODY);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    private static List<JsonNode> items(String query) {
        Http.Response r = http.get("/api/events?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("items").forEach(out::add);
        return out;
    }

    @Test
    void healthCountsArticlesAndEvents() {
        JsonNode h = http.get("/api/health").json();
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("articles").asInt()).isEqualTo(WebFixtures.sampleArticles().size());
        assertThat(h.get("events").asInt()).isGreaterThan(10);
    }

    @Test
    void eventsArePagedWithTheirTotal() {
        JsonNode all = http.get("/api/events?limit=1000").json();
        int total = all.get("total").asInt();
        assertThat(all.get("items")).hasSize(total);
        JsonNode page = http.get("/api/events?offset=2&limit=3").json();
        assertThat(page.get("total").asInt()).isEqualTo(total);
        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("items").get(0).get("event_id")).isEqualTo(all.get("items").get(2).get("event_id"));
    }

    @Test
    void listItemsAreTheEventSummaries() {
        for (JsonNode item : items("limit=1000")) {
            assertThat(item).isEqualTo(ApiJson.summary(catalog.event(item.get("event_id").asText()).orElseThrow()));
        }
    }

    @Test
    void eventsSortByDateAndFatalities() {
        List<JsonNode> byDate = items("sort=-date&limit=1000");
        for (int i = 1; i < byDate.size(); i++) {
            if (!byDate.get(i).get("date").isNull()) {
                assertThat(byDate.get(i - 1).get("date").asText()).isGreaterThanOrEqualTo(byDate.get(i).get("date").asText());
            }
        }
        List<JsonNode> byToll = items("sort=-fatalities&limit=3");
        assertThat(byToll.get(0).get("fatalities").asInt()).isGreaterThanOrEqualTo(byToll.get(1).get("fatalities").asInt());
    }

    @Test
    void typeFilterTakesTypesAndSubTypes() {
        assertThat(items("type=Battles")).isNotEmpty().allSatisfy(e -> assertThat(e.get("event_type").asText()).isEqualTo("Battles"));
        assertThat(items("type=" + Http.q("Air/drone strike"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("sub_event_type").asText()).isEqualTo("Air/drone strike"));
    }

    @Test
    void dateRangeIsInclusive() {
        assertThat(items("from=2025-02-16&to=2025-02-16")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2025-02-16"));
    }

    @Test
    void placeFiltersCountryAdmin1AndBoundingBox() {
        assertThat(items("country=ye")).isNotEmpty().allSatisfy(e -> assertThat(e.get("country").asText()).isEqualTo("YE"));
        assertThat(items("admin1=taiz")).isNotEmpty().allSatisfy(e -> assertThat(e.get("admin1").asText()).isEqualTo("Taiz"));
        List<JsonNode> yemen = items("bbox=" + Http.q("42,12,55,19"));
        assertThat(yemen).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("lon").asDouble()).isBetween(42.0, 55.0);
            assertThat(e.get("lat").asDouble()).isBetween(12.0, 19.0);
        });
    }

    @Test
    void actorFilterMatchesCanonicalNameOrArabicText() {
        List<JsonNode> hits = items("actor=" + Http.q("islamic state"));
        assertThat(hits).isNotEmpty().allSatisfy(e -> assertThat((e.get("actor1").asText() + e.get("actor2").asText())
                .toLowerCase()).contains("islamic state"));
    }

    @Test
    void textSearchUsesArabicAnalysis() {
        // «مقديشو» appears in the Mogadishu articles; the prefixed form «بمقديشو» must match too
        List<JsonNode> hits = items("q=" + Http.q("مقديشو"));
        assertThat(hits).isNotEmpty().allSatisfy(e -> assertThat(catalog.event(e.get("event_id").asText()).orElseThrow()
                .event().reports()).anySatisfy(r -> assertThat(r.doc()).contains("mogadishu")));
        JsonNode articles = http.get("/api/articles?q=" + Http.q("بمقديشو")).json();
        assertThat(articles.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(articles.get("items").get(0).get("id").asText()).startsWith("feed_0");
    }

    @Test
    void disputedOnlyKeepsConflictingFigures() {
        assertThat(items("disputed=true")).isNotEmpty().allSatisfy(e -> assertThat(e.get("disputed").asBoolean()).isTrue());
    }

    @Test
    void oneEventHasClaimsSourcesEvidenceAndReports() {
        JsonNode first = items("disputed=true").get(0);
        JsonNode e = http.get("/api/events/" + first.get("event_id").asText()).json();
        assertThat(e.get("claims")).isNotEmpty();
        assertThat(e.get("claims").get(0).get("source").asText()).isNotBlank();
        assertThat(e.get("evidence").get(0).get("doc").asText()).isNotBlank();
        assertThat(e.get("reports").size()).isGreaterThan(1);
        JsonNode report = e.get("reports").get(0);
        String text = http.get("/api/articles/" + report.get("doc").asText()).json().get("text").asText();
        JsonNode ev = report.get("event").get("evidence").get(0);
        assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    }

    @Test
    void unknownEventAndArticleAre404() {
        assertError(http.get("/api/events/ev-nope"), 404, "no event ev-nope");
        assertError(http.get("/api/articles/nope.txt"), 404, "no article");
        assertError(http.get("/api/nothing"), 404, "no such endpoint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour=red", "from=yesterday", "from=2025-02-02&to=2025-01-01", "bbox=1,2,3",
            "bbox=10,50,0,60", "bbox=a,b,c,d", "limit=0", "limit=5000", "offset=-1", "limit=ten", "sort=size",
            "type=Skirmish", "country=Yemen", "disputed=yes", "country=YE&country=SO", "q=" + "%D9%81%D9%8A"})
    void badParametersAreClear400s(String query) {
        Http.Response r = http.get("/api/events?" + query);
        assertThat(r.status()).as(query + " → " + r.body()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void timelineCountsEventsPerDayAndType() {
        JsonNode days = http.get("/api/timeline?type=Battles").json().get("days");
        int dated = (int) items("type=Battles&limit=1000").stream().filter(e -> !e.get("date").isNull()).count();
        int sum = 0;
        for (JsonNode d : days) {
            assertThat(d.get("type").asText()).isEqualTo("Battles");
            sum += d.get("count").asInt();
        }
        assertThat(sum).isEqualTo(dated);
        assertThat(http.get("/api/timeline?limit=x").status()).isEqualTo(400);
    }

    @Test
    void geoJsonHasAPointPerPlacedEvent() {
        Http.Response r = http.get("/api/events.geojson?country=YE");
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        JsonNode fc = r.json();
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
            assertThat(f.get("properties").get("country").asText()).isEqualTo("YE");
        });
        assertThat(http.get("/api/events.geojson?bbox=x").status()).isEqualTo(400);
    }

    @Test
    void csvHasAcledColumnsAndARowPerEvent() {
        Http.Response r = http.get("/api/events.csv?country=YE");
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFevent_id_cnty,event_date,year,time_precision,disorder_type,event_type");
        assertThat(lines.length - 1).isEqualTo(items("country=YE&limit=1000").size());
        assertThat(lines[1]).startsWith("YEM-");
        assertThat(http.get("/api/events.csv?to=never").status()).isEqualTo(400);
    }

    @Test
    void articlesListNewestFirstAndRejectUnknownParameters() {
        JsonNode page = http.get("/api/articles?limit=5").json();
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("items").get(0).has("text")).isFalse();
        assertThat(http.get("/api/articles?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/api/articles?sort=id").status()).isEqualTo(400);
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        JsonNode doc = http.get("/api/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/health", "/api/config", "/api/events", "/api/events/{id}",
                "/api/events/{id}/review", "/api/events/{id}/audit", "/api/audit", "/api/timeline", "/api/events.geojson",
                "/api/events.csv", "/api/articles", "/api/articles/{id}", "/api/openapi.json");
    }

    @Test
    void pageAndLibrariesAreServedLocally() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/leaflet/1.9.4/dist/leaflet.js").doesNotContain("https://");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(http.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
        assertThat(http.get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster-src.js").status()).isEqualTo(200);
        assertThat(http.get("/basemap/countries-50m.json").status()).isEqualTo(200);
        assertThat(http.get("/vendor/topojson-client.min.js").status()).isEqualTo(200);
    }

    static void assertError(Http.Response r, int status, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).contains(message);
    }
}
