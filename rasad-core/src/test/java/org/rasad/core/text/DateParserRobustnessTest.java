package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Empty, huge and junk input: the parser never throws and stays linear. */
class DateParserRobustnessTest {

    private static final String REPORT = "هاجم مسلحون بوابة أمنية الأربعاء 26 يناير 2022، وقتل جنديان أمس، "
            + "وبعد يومين من الهجوم اشتبكت القوات في 2022/01/28 قرب القرية. ";

    @Test
    void emptyAndNullInput() {
        assertThat(DateParser.instance().find("")).isEmpty();
        assertThat(DateParser.instance().find(null)).isEmpty();
    }

    @Test
    void junkNeverThrows() {
        List<String> junk = List.of("////", "1/1/1/1/1/1", "---2023---", "ال", "ال2", "يوم", "قبل",
                "بعد من", "اول", "اول من", "\u0000\uFFFF\uD800", "9999/99/99", "31 31 31", "منتصف",
                "الخميس الخميس الخميس", "ليل الاثنين -", "رجب 1444", "1 رجب 99999 ه", "28 كانون", "شهر");
        for (String s : junk) {
            assertThatCode(() -> {
                for (DateMention m : DateParser.instance().find(Normalizer.normalize(s))) {
                    m.resolve(LocalDate.of(2020, 2, 29));
                    m.resolve(LocalDate.MIN);
                    m.resolve(LocalDate.MAX);
                    m.resolve(null);
                }
                Dateline.find(Normalizer.normalize(s));
            }).as(s).doesNotThrowAnyException();
        }
    }

    @Test
    void oneMegabyteIsParsedInLinearTime() {
        String megabyte = REPORT.repeat(1_000_000 / REPORT.length() + 1);
        String eighth = megabyte.substring(0, megabyte.length() / 8);
        String normalizedAll = Normalizer.normalize(megabyte);
        String normalizedEighth = Normalizer.normalize(eighth);
        time(normalizedEighth);    // warm up the JIT
        long small = time(normalizedEighth);
        long large = time(normalizedAll);
        assertThat(DateParser.instance().find(normalizedAll)).hasSizeGreaterThan(10_000);
        // linear: about 8 times longer; quadratic would be 64 times. Generous for a busy machine.
        assertThat(large).as("1 MB took %d ms, 128 KB took %d ms", large / 1_000_000, small / 1_000_000)
                .isLessThan(Math.max(30 * small, 2_000_000_000L));
    }

    @Test
    void oneMegabyteWithoutSpacesOrDigitRuns() {
        String noSpaces = "12/".repeat(350_000);
        assertThat(DateParser.instance().find(noSpaces)).isEmpty();
        String digits = "7".repeat(1_000_000);
        assertThat(DateParser.instance().find(digits)).isEmpty();
    }

    private static long time(String text) {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            DateParser.instance().find(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
