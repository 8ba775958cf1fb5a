package org.rasad.core.text;

import static org.rasad.core.text.NumberParserChecks.assertInvariants;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link NumberParser#find}. A plain {@code mvn test} runs it in
 * regression mode only (the seeds under {@code NumberParserFuzzTestInputs}); set
 * {@code JAZZER_FUZZ=1} to fuzz for real.
 */
class NumberParserFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void findNeverBreaksItsContract(FuzzedDataProvider data) {
        String text = Normalizer.normalize(data.consumeRemainingAsString());
        assertInvariants(text, NumberParser.instance().find(text));
    }
}
