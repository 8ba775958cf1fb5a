package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants on random mixes of date words, digits, punctuation and arbitrary characters. */
class DateParserPropertyTest {

    private static final List<String> PIECES = List.of(
            "يناير", "شباط", "آب", "ماي", "أوت", "كانون", "الثاني", "تشرين", "الأول", "/", "-", ".", "(", ")",
            "رجب", "ذي", "الحجة", "هـ", "م", "1444", "2022", "1990", "3", "31", "29", "0", "00", "12",
            "الخميس", "الإثنين", "الثلاثاء", "الماضي", "المقبل", "الجاري", "يوم", "اليوم", "أمس", "أول",
            "من", "غدا", "غداة", "عشية", "قبل", "بعد", "منذ", "يومين", "أيام", "ثلاثة", "أسبوع", "الأسبوع",
            "الشهر", "شهر", "منتصف", "أواخر", "ليل", "مساء", "ثورة", "كلا", "ال", "الموافق", ",", ":",
            "\n", " ", "اليومين", "هذا", "التالي");

    @Provide
    Arbitrary<String> newsish() {
        Arbitrary<String> words = Arbitraries.of(PIECES).list().ofMaxSize(40)
                .map(l -> String.join(" ", l));
        Arbitrary<String> glued = Arbitraries.of(PIECES).list().ofMaxSize(20)
                .map(l -> String.join("", l));
        return Arbitraries.oneOf(words, glued, Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 500)
    void spansAreInBoundsSortedAndDisjoint(@ForAll("newsish") String text) {
        String normalized = Normalizer.normalize(text);
        List<DateMention> found = DateParser.instance().find(normalized);
        int previousEnd = 0;
        for (DateMention m : found) {
            assertThat(m.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.span().end()).isLessThanOrEqualTo(normalized.length()).isGreaterThan(m.span().start());
            previousEnd = m.span().end();
        }
    }

    @Property(tries = 500)
    void resolveNeverThrowsAndIsConsistent(@ForAll("newsish") String text,
                                           @ForAll @IntRange(min = 1990, max = 2030) int year,
                                           @ForAll @IntRange(min = 1, max = 365) int dayOfYear) {
        LocalDate reference = LocalDate.ofYearDay(year, dayOfYear);
        for (DateMention m : DateParser.instance().find(Normalizer.normalize(text))) {
            m.resolve(reference).ifPresent(r -> assertThat(r.date()).isNotNull());
            if (m.eventOffsetDays().isPresent()) {
                assertThat(m.resolve(reference)).isEmpty();
            }
            if (!m.isFuture() && m.eventOffsetDays().isEmpty()
                    && !hasWrittenYearOrMonth(m.expression())) {
                // a past or present mention never lands far after the reference (at most the end
                // of «الشهر الجاري», or the grace period for a day written without a year)
                m.resolve(reference).ifPresent(r -> assertThat(r.date())
                        .isBeforeOrEqualTo(reference.plusDays(DateExpression.GRACE_DAYS + 31)));
            }
        }
    }

    private static boolean hasWrittenYearOrMonth(DateExpression e) {
        // «الجاري» after a named month means «of this year» even when the month is still ahead
        return e instanceof DateExpression.Absolute
                || (e instanceof DateExpression.MonthOf m && (m.year() > 0 || m.relation() == DateExpression.Relation.CURRENT))
                || (e instanceof DateExpression.DayOfMonth d && d.relation() == DateExpression.Relation.CURRENT);
    }

    @Property(tries = 200)
    void datelineNeverThrows(@ForAll("newsish") String text) {
        Dateline.find(Normalizer.normalize(text));
    }
}
