package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.rasad.core.text.NumberParserChecks.assertInvariants;
import static org.rasad.core.text.NumberParserChecks.none;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberParserRobustnessTest {

    /** A fictional wire paragraph dense in figures, qualifiers and near-misses. */
    private static final String PARAGRAPH = "أفادت مصادر محلية بمقتل ثلاثة وعشرين عنصرا على الأقل وإصابة "
            + "نحو 40 آخرين، بينهم جنديان وعدد كبير من المدنيين، في هجوم وقع الساعة 09:41 يوم الأحد "
            + "2023/08/16، وأكدت أن أحد عناصر الشرطة و1,250 نازحا وعشرات الآلاف فروا إلى مخيم اثنين. ";

    @Test
    void emptyAndBlankInput() {
        none("");
        none("   \n\t ");
        none("،.؟!«»");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> NumberParser.instance().find(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void megabyteOfNewsTextIsLinear() {
        String small = Normalizer.normalize(PARAGRAPH.repeat(256_000 / PARAGRAPH.length() + 1));
        String large = Normalizer.normalize(PARAGRAPH.repeat(1_024_000 / PARAGRAPH.length() + 1));
        NumberParser parser = NumberParser.instance();
        parser.find(small);  // warm up the JIT so the timing compares like with like
        long smallNanos = bestOf(3, () -> parser.find(small));
        long largeNanos = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> bestOf(2, () -> parser.find(large)));
        // 4x the input: linear is ~4x; quadratic would be ~16x.
        assertThat(largeNanos).isLessThan(10 * smallNanos + 200_000_000L);
        assertInvariants(large, parser.find(large));
    }

    @Test
    void oneHugeWordAndOneHugeDigitRunDoNotThrow() {
        assertThat(NumberParser.instance().find("و".repeat(500_000))).isEmpty();
        assertThat(NumberParser.instance().find("1".repeat(500_000))).isEmpty();
        assertThat(NumberParser.instance().find("1,".repeat(200_000))).isEmpty();
    }

    @Test
    void randomJunkNeverThrows() {
        Random random = new Random(20240816);
        char[] alphabet = "0123456789,.:/-% وفبلاحدثنعشرمئهلفيوناتقكس\n\t؟،٫٬abcXYZ\uD83D\uDE00\uD800".toCharArray();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(80);
            for (int k = 0; k < length; k++) {
                boolean anyChar = random.nextInt(8) == 0;
                b.append(anyChar ? (char) random.nextInt(0x10000) : alphabet[random.nextInt(alphabet.length)]);
            }
            String text = Normalizer.normalize(b.toString());
            List<Quantity> found = NumberParser.instance().find(text);
            assertInvariants(text, found);
        }
    }

    private static long bestOf(int runs, Runnable task) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
