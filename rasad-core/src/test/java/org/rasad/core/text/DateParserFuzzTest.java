package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage-guided fuzzing of the date parser and dateline detector. A normal {@code mvn test}
 * runs it in regression mode on the seeds in {@code DateParserFuzzTestInputs}; set
 * {@code JAZZER_FUZZ=1} to fuzz for the configured duration.
 */
class DateParserFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void findResolveAndDatelineKeepTheirInvariants(FuzzedDataProvider data) {
        LocalDate reference = LocalDate.of(1990, 1, 1).plusDays(data.consumeInt(0, 41 * 366));
        String normalized = Normalizer.normalize(data.consumeRemainingAsString());
        List<DateMention> found = DateParser.instance().find(normalized);
        int previousEnd = 0;
        for (DateMention m : found) {
            assertThat(m.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.span().end()).isLessThanOrEqualTo(normalized.length());
            previousEnd = m.span().end();
            m.resolve(reference);
            m.resolve(null);
            if (m.eventOffsetDays().isPresent()) {
                assertThat(m.resolve(reference)).isEmpty();
            }
        }
        Dateline.find(normalized);
    }
}
