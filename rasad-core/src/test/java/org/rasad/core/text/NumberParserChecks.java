package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** One-line helpers shared by the number parser tests; inputs are normalised first. */
final class NumberParserChecks {

    private NumberParserChecks() {
    }

    static List<Quantity> find(String text) {
        return NumberParser.instance().find(Normalizer.normalize(text));
    }

    /** The figures found, in order (vague quantities appear as null). */
    static void check(String text, Long... values) {
        assertThat(find(text)).extracting(Quantity::value).as("figures in «%s»", text).containsExactly(values);
    }

    static void check(String text, long value) {
        check(text, new Long[] {value});
    }

    static void none(String text) {
        assertThat(find(text)).as("quantities in «%s»", text).isEmpty();
    }

    static Quantity single(String text) {
        List<Quantity> found = find(text);
        assertThat(found).as("quantities in «%s»", text).hasSize(1);
        return found.get(0);
    }

    /** The normalised words of the single quantity's number span. */
    static String numberText(String text) {
        return single(text).numberSpan().of(Normalizer.normalize(text));
    }

    /** The normalised words of the single quantity's whole span, qualifier included. */
    static String spanText(String text) {
        return single(text).span().of(Normalizer.normalize(text));
    }

    /** What every result must satisfy, whatever the input. */
    static void assertInvariants(String normalized, List<Quantity> found) {
        int previousEnd = 0;
        for (Quantity q : found) {
            assertThat(q.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.span().end()).isLessThanOrEqualTo(normalized.length());
            assertThat(q.span().contains(q.numberSpan())).isTrue();
            assertThat(q.value() == null).isEqualTo(q.vagueness() != Vagueness.NONE);
            previousEnd = q.span().end();
        }
    }
}
