package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own sample articles (samples/) against the reading recorded in
 * {@code src/test/resources/samples-expected.txt}: one line per event, «doc | type / sub-type | date |
 * actor1 | actor2 | place | fatalities». A change in extraction shows up here as a readable diff;
 * when the new reading is better, regenerate the file with {@code -Drasad.updateSnapshots=true}.
 */
class SampleArticlesRegressionTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path EXPECTED = Path.of("src", "test", "resources", "samples-expected.txt");

    @Test
    void samplesReadAsRecorded() throws IOException {
        // without a gazetteer, so the reading is the same on every machine (an installed index adds bare
        // town names, see BareTownNameTest)
        Cli r;
        String before = System.getProperty("rasad.gazetteer");
        System.setProperty("rasad.gazetteer", Path.of("target", "no-gazetteer.idx").toAbsolutePath().toString());
        try {
            r = Cli.run("extract", SAMPLES.resolve("articles").toString(), SAMPLES.resolve("feed.jsonl").toString());
        } finally {
            if (before == null) {
                System.clearProperty("rasad.gazetteer");
            } else {
                System.setProperty("rasad.gazetteer", before);
            }
        }
        assertThat(r.exit()).isZero();
        List<String> actual = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            JsonNode doc = EventJson.JSON.readTree(line);
            assertThat(doc.has("error")).as(line).isFalse();
            for (JsonNode e : doc.get("events")) {
                actual.add(String.join(" | ", doc.get("doc").asText(), e.get("event_type").asText() + " / "
                        + e.get("sub_event_type").asText(), e.get("date").asText(), name(e.get("actor1")), name(e.get("actor2")),
                        e.get("location").isNull() ? "null" : e.get("location").get("name_ar").asText(), e.get("fatalities").asText()));
            }
        }
        if (Boolean.getBoolean("rasad.updateSnapshots")) {
            Files.write(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)));
    }

    private static String name(JsonNode actor) {
        return actor == null || actor.isNull() ? "null" : actor.get("name").asText();
    }
}
