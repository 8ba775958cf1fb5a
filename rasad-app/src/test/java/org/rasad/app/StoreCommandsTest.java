package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rasad ingest and rasad export end to end, on the bundled samples. */
class StoreCommandsTest {

    private static final Path SAMPLES = Path.of("../samples");

    @TempDir
    Path dir;

    private String ingestSamples() {
        String db = dir.resolve("rasad.db").toString();
        Cli r = Cli.run("ingest", SAMPLES.toString(), "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("stored");
        return db;
    }

    @Test
    void exportedJsonLinesEqualRasadEventsOnTheSameArticles() {
        String db = ingestSamples();
        Cli exported = Cli.run("export", "--format", "jsonl", "--db", db);
        Cli events = Cli.run("events", SAMPLES.toString());
        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).isNotEmpty().isEqualTo(events.out());
    }

    @Test
    void secondIngestOfTheSameArticlesStoresNothing() {
        String db = ingestSamples();
        Cli again = Cli.run("ingest", SAMPLES.toString(), "--db", db);
        assertThat(again.err()).contains(" 0 stored,").contains("0 failed");
    }

    @Test
    void geojsonIsAFeatureCollectionOfPointFeatures() throws IOException {
        String db = ingestSamples();
        JsonNode fc = EventJson.JSON.readTree(Cli.run("export", "--format", "geojson", "--db", db).out());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features").size()).isPositive();
        for (JsonNode f : fc.get("features")) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.get("properties").isObject()).isTrue();
            JsonNode g = f.get("geometry");
            if (!g.isNull()) {
                assertThat(g.get("type").asText()).isEqualTo("Point");
                assertThat(g.get("coordinates").size()).isEqualTo(2);
                assertThat(g.get("coordinates").get(0).asDouble()).isBetween(-180.0, 180.0);
                assertThat(g.get("coordinates").get(1).asDouble()).isBetween(-90.0, 90.0);
            }
        }
    }

    @Test
    void csvHasAcledHeaderAndOneRowPerEvent() throws IOException {
        String db = ingestSamples();
        Path csv = dir.resolve("events.csv");
        assertThat(Cli.run("export", "--format", "acled-csv", "--db", db, "--out", csv.toString()).exit()).isZero();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        long events = Cli.run("export", "--format", "jsonl", "--db", db).out().lines().count();
        assertThat(text).startsWith("\uFEFFevent_id_cnty,event_date,year,time_precision,disorder_type,");
        assertThat(text.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).hasSize((int) events + 1);
    }

    @Test
    void pandasReadsTheCsvWithoutWarnings() throws Exception {
        String db = ingestSamples();
        Path csv = dir.resolve("events.csv");
        Cli.run("export", "--format", "acled-csv", "--db", db, "--out", csv.toString());
        String script = "import sys, warnings\nwarnings.simplefilter('error')\nimport pandas as pd\n"
                + "df = pd.read_csv(sys.argv[1])\nassert list(df.columns)[0] == 'event_id_cnty', list(df.columns)[0]\n"
                + "print(len(df))\n";
        Process check;
        try {
            check = new ProcessBuilder("python3", "-c", "import pandas").start();
        } catch (IOException e) {
            check = null;
        }
        assumeTrue(check != null && check.waitFor() == 0, "python3 with pandas is not installed");
        Process p = new ProcessBuilder("python3", "-c", script, csv.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void exportFromAMissingDatabaseIsOneLine() {
        Cli r = Cli.run("export", "--format", "jsonl", "--db", dir.resolve("typo.db").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).startsWith("rasad: no database at").doesNotContain("Exception");
    }
}
