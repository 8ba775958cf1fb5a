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
import org.junit.jupiter.api.io.TempDir;

/** {@code rasad extract}: one JSON line per document, in input order, and bad documents never stop the batch. */
class ExtractCommandTest {

    private static final String ATTACK = "قتل 4 جنود أمس في هجوم شنه مسلحون على نقطة عسكرية في بلدة المطيبيجة.";

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(EventJson.JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void mixedInputsGiveOneLinePerDocumentInOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ATTACK, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.jsonl"), """
                {"id": "j1", "text": "%s", "published": "2024-05-16", "source": "X"}
                this is not json
                {"id": "j2", "text": "لا شيء هنا.", "published": null}
                {"id": "j3", "published": "2024-05-16"}
                """.formatted(ATTACK), StandardCharsets.UTF_8);
        Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});
        Files.writeString(dir.resolve("d.html"), "<html><head><title>t</title></head><body><nav>قائمة</nav><article><h1>خبر</h1><p>"
                + ATTACK + "</p></article><footer>حقوق</footer></body></html>", StandardCharsets.UTF_8);

        Cli r = Cli.run("extract", dir.toString());

        assertThat(r.exit()).isZero();
        List<JsonNode> docs = lines(r.out());
        assertThat(docs).extracting(d -> d.get("doc").asText())
                .containsExactly("a.txt", "j1", "b.jsonl:2", "j2", "j3", "c.txt", "d.html");
        assertThat(docs.get(0).get("events")).hasSize(1);
        assertThat(docs.get(1).get("published").asText()).isEqualTo("2024-05-16");
        assertThat(docs.get(1).get("events").get(0).get("date").asText()).isEqualTo("2024-05-15");
        assertThat(docs.get(2).get("error").asText()).contains("not a JSON object");
        assertThat(docs.get(3).get("events")).isEmpty();
        assertThat(docs.get(4).get("error").asText()).contains("no \"text\"");
        assertThat(docs.get(5).get("error").asText()).contains("not valid UTF-8");
        assertThat(docs.get(6).get("events")).hasSize(1);
        assertThat(r.err()).contains("b.jsonl:2").contains("c.txt");
    }

    @Test
    void eventFieldsFollowTheContract(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ATTACK, StandardCharsets.UTF_8);
        JsonNode e = lines(Cli.run("extract", dir.resolve("a.txt").toString()).out()).get(0).get("events").get(0);
        assertThat(e.fieldNames()).toIterable().contains("event_type", "sub_event_type", "date", "time_precision", "actor1",
                "actor2", "location", "fatalities", "casualties", "evidence");
        assertThat(e.get("location").fieldNames()).toIterable().contains("name", "name_ar", "lat", "lon", "country",
                "admin1", "geo_precision");
        JsonNode ev = e.get("evidence").get(0);
        assertThat(ATTACK.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    }

    @Test
    void missingInputIsOneLineAndNonZero() {
        Cli r = Cli.run("extract", "/no/such/file.txt");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("rasad: input /no/such/file.txt does not exist");
    }

    @Test
    void brokenDictionaryIsOneLineAndNonZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), "BOGUS\tكلمة\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), ATTACK, StandardCharsets.UTF_8);
        Cli r = Cli.run("extract", "--dict", dir.toString(), dir.resolve("a.txt").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).startsWith("rasad: ").contains("cues.tsv:1").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("extract", "--frobnicate", "x");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--frobnicate");
    }
}
