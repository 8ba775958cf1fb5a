package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** One-line helpers shared by the date tests: every input goes through the normaliser first. */
final class DateTestSupport {

    private DateTestSupport() {
    }

    static LocalDate ref(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    static List<DateMention> mentions(String text) {
        return DateParser.instance().find(Normalizer.normalize(text));
    }

    /** The text holds exactly one mention; returns it. */
    static DateMention only(String text) {
        List<DateMention> found = mentions(text);
        assertThat(found).as("mentions in «%s»", text).hasSize(1);
        return found.get(0);
    }

    /** The text holds exactly one mention, and it resolves to {@code expected} at {@code precision}. */
    static void check(String text, LocalDate reference, String expected, TimePrecision precision) {
        assertThat(only(text).resolve(reference)).as("«%s» against %s", text, reference)
                .contains(new ResolvedDate(LocalDate.parse(expected), precision));
    }

    /** The one mention covers exactly {@code words} (in normalised form). */
    static void checkSpan(String text, String words) {
        String normalized = Normalizer.normalize(text);
        assertThat(only(text).text(normalized)).isEqualTo(Normalizer.normalize(words));
    }

    static void none(String text) {
        assertThat(mentions(text)).as("mentions in «%s»", text).isEmpty();
    }

    /** The one mention is anchored to another event at this day offset. */
    static void checkEvent(String text, int days) {
        DateMention m = only(text);
        assertThat(m.eventOffsetDays()).as("«%s»", text).hasValue(days);
        assertThat(m.resolve(ref("2022-01-28"))).isEmpty();
    }
}
