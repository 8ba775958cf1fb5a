package org.rasad.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.geo.GeoNamesImporter;

/**
 * A smoke test on a synthetic 50,000-place dump: the index opens well under a second and answers
 * lookups. The figures for cities500 come from {@code rasad gazetteer bench} (see README).
 */
class GazetteerBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void indexLoadsFastAndAnswersLookups() throws IOException {
        Path dump = dir.resolve("synthetic.txt");
        Random r = new Random(7);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        try (Writer w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 50_000; i++) {
                StringBuilder ar = new StringBuilder("ال");
                for (int k = 0; k < 3 + r.nextInt(4); k++) {
                    ar.append(letters.charAt(r.nextInt(letters.length())));
                }
                w.write(String.join("\t", String.valueOf(i), "Place " + i, "Place " + i, ar + ",Town" + i,
                        String.valueOf(r.nextDouble() * 40), String.valueOf(r.nextDouble() * 40), "P", "PPL", "LY", "",
                        "7" + r.nextInt(9), "", "", "", String.valueOf(r.nextInt(100_000)), "", "", "", "2024-01-01"));
                w.write('\n');
            }
        }
        Path index = dir.resolve("gazetteer.idx");
        GeoNamesImporter.importFiles(index, List.of(dump), true);

        GazetteerBenchmark.Result result = GazetteerBenchmark.run(index, 0.3);
        System.out.printf("gazetteer benchmark (synthetic, %d places): load %.1f ms, %.0f lookups/s%n",
                result.places(), result.loadMillis(), result.lookupsPerSecond());
        assertThat(result.places()).isEqualTo(50_000);
        // speed is reported by `rasad gazetteer bench`, never asserted here: a loaded machine is not a slow program
        assertThat(result.loadMillis()).isNotNegative();
        assertThat(result.lookupsPerSecond()).isPositive();
        assertThat(result.hits()).isPositive();
    }
}
