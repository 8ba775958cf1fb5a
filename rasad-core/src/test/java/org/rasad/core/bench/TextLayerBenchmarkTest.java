package org.rasad.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasad.core.text.Normalizer;

/** A smoke test only: the figure itself comes from running the benchmark on a quiet machine. */
class TextLayerBenchmarkTest {

    @Test
    void runsAndReportsThroughput() {
        TextLayerBenchmark.Result r = TextLayerBenchmark.run(1, 0, 1);
        assertThat(r.megabytesPerSecond()).isPositive();
        assertThat(r.chars()).isGreaterThan(400_000);
        assertThat(r.tokens()).isGreaterThan(r.chars() / 20);
    }

    @Test
    void corpusIsSeededAndExercisesTheNormaliser() {
        String first = TextLayerBenchmark.corpus(10_000, new Random(1)).get(0);
        assertThat(TextLayerBenchmark.corpus(10_000, new Random(1)).get(0)).isEqualTo(first);
        assertThat(Normalizer.normalize(first)).isNotEqualTo(first);
        assertThat(first).contains("\n").containsPattern("[\u064B-\u0652]").containsPattern("[A-Za-z]");
    }
}
