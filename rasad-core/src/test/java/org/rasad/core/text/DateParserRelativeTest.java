package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.text.DateTestSupport.check;
import static org.rasad.core.text.DateTestSupport.checkEvent;
import static org.rasad.core.text.DateTestSupport.checkSpan;
import static org.rasad.core.text.DateTestSupport.none;
import static org.rasad.core.text.DateTestSupport.only;
import static org.rasad.core.text.DateTestSupport.ref;
import static org.rasad.core.text.TimePrecision.DAY;
import static org.rasad.core.text.TimePrecision.MONTH;
import static org.rasad.core.text.TimePrecision.WEEK;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Weekdays and words relative to the publication date or to another event ({@link RelativeRules}). */
class DateParserRelativeTest {

    private static final LocalDate FRIDAY = ref("2022-01-28");
    private static final LocalDate THURSDAY = ref("2022-01-27");

    @Test
    void weekdayIsMostRecentOnOrBeforeReference() {
        check("هاجم مسلحون نقطة تفتيش الأربعاء", FRIDAY, "2022-01-26", DAY);
        check("قتل جندي يوم الخميس", THURSDAY, "2022-01-27", DAY);
        check("اندلعت مواجهات صباح الجمعة", FRIDAY, "2022-01-28", DAY);
        check("وقع الانفجار ظهر السبت", FRIDAY, "2022-01-22", DAY);
    }

    @Test
    void weekdaySpellings() {
        check("الإثنين", FRIDAY, "2022-01-24", DAY);
        check("الاثنين", FRIDAY, "2022-01-24", DAY);
        check("الثلثاء", FRIDAY, "2022-01-25", DAY);
        check("والثلاثاء", FRIDAY, "2022-01-25", DAY);
        check("الأحد", FRIDAY, "2022-01-23", DAY);
    }

    @Test
    void leadWordsBelongToTheMention() {
        checkSpan("أطلقت القوات صباح يوم الخميس حملة", "صباح يوم الخميس");
        checkSpan("مساء أمس", "مساء أمس");
    }

    @Test
    void pastWeekdayIsStrictlyBefore() {
        check("الخميس الماضي", THURSDAY, "2022-01-20", DAY);
        check("الجمعة الماضية", FRIDAY, "2022-01-21", DAY);
    }

    @Test
    void nextWeekdayIsFuture() {
        DateMention m = only("تعقد اللجنة اجتماعها الأربعاء المقبل");
        assertThat(m.isFuture()).isTrue();
        assertThat(m.resolve(FRIDAY)).contains(new ResolvedDate(ref("2022-02-02"), DAY));
        assertThat(only("الجمعة القادمة").isFuture()).isTrue();
        assertThat(only("الأربعاء").isFuture()).isFalse();
    }

    @Test
    void nightSpanningTwoDaysIsOneMentionOnTheFirstDay() {
        checkSpan("قصف عنيف ليل الإثنين الثلاثاء على المدينة", "ليل الإثنين الثلاثاء");
        check("ليل الإثنين الثلاثاء", FRIDAY, "2022-01-24", DAY);
        check("ليلة السبت - الأحد", FRIDAY, "2022-01-22", DAY);
    }

    @Test
    void todayWithWeekday() {
        check("أعلنت الوزارة اليوم الخميس", THURSDAY, "2022-01-27", DAY);
        check("أعلنت الوزارة اليوم الخميس", FRIDAY, "2022-01-27", DAY);
        // the article's date a day behind the text («اليوم الجمعة» in an article dated Thursday): the next day,
        // not the Friday a week back; «الجمعة» alone stays the last one
        check("أعلنت الوزارة اليوم الجمعة", THURSDAY, "2022-01-28", DAY);
        check("أعلنت الوزارة الجمعة", THURSDAY, "2022-01-21", DAY);
    }

    @Test
    void bothIsNotMonday() {
        none("قتل كلا الاثنين");
    }

    @ParameterizedTest
    @ValueSource(strings = {"أمس", "الأمس", "يوم أمس", "مساء أمس", "بالأمس", "وأمس", "ليل أمس", "الليلة الماضية"})
    void yesterday(String words) {
        check("قتل شخصان " + words + " في المدينة", FRIDAY, "2022-01-27", DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"أول أمس", "أول من أمس", "مساء أول أمس", "أمس الأول"})
    void dayBeforeYesterday(String words) {
        check("قتل شخصان " + words + " في المدينة", FRIDAY, "2022-01-26", DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"اليوم", "صباح اليوم", "مساء اليوم", "الليلة", "فجر اليوم", "واليوم"})
    void today(String words) {
        check("قصفت المدفعية " + words + " الحي", FRIDAY, "2022-01-28", DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"غدا", "غداً", "يوم غد", "صباح الغد"})
    void tomorrowIsFuture(String words) {
        DateMention m = only("تبدأ المفاوضات " + words);
        assertThat(m.isFuture()).isTrue();
        assertThat(m.resolve(FRIDAY)).contains(new ResolvedDate(ref("2022-01-29"), DAY));
    }

    @Test
    void wordsContainingTodayAreNotToday() {
        none("خلال اليومين الماضيين");
        none("نشرت الصحف اليومية الخبر");
        none("استمرت المعارك يومين");
        none("قتل شخص الساعة 09:41 مساء");
    }

    @Test
    void countedDaysAgo() {
        check("قبل يومين", FRIDAY, "2022-01-26", DAY);
        check("قبل ثلاثة أيام", FRIDAY, "2022-01-25", DAY);
        check("منذ 5 أيام", FRIDAY, "2022-01-23", DAY);
        check("قبل يوم", FRIDAY, "2022-01-27", DAY);
    }

    @Test
    void weeksAndMonthsAgo() {
        check("قبل أسبوع", FRIDAY, "2022-01-21", WEEK);
        check("منذ أسبوعين", FRIDAY, "2022-01-14", WEEK);
        check("قبل ثلاثة أسابيع", FRIDAY, "2022-01-07", WEEK);
        check("قبل شهر", FRIDAY, "2021-12-28", MONTH);
    }

    @Test
    void vagueSpansAreNotDates() {
        none("قبل أيام");
        none("قبل الهجوم");
        none("منذ سنوات");
    }

    @Test
    void weekWords() {
        check("الأسبوع الماضي", FRIDAY, "2022-01-21", WEEK);
        check("هذا الأسبوع", FRIDAY, "2022-01-28", WEEK);
        check("الأسبوع الجاري", FRIDAY, "2022-01-28", WEEK);
        assertThat(only("الأسبوع القادم").isFuture()).isTrue();
        none("نهاية الأسبوع");
    }

    @Test
    void anchoredToAnotherEvent() {
        checkEvent("بعد يومين من الهجوم على البوابة", 2);
        checkEvent("قبل يومين من الهجوم", -2);
        checkEvent("غداة الهجوم", 1);
        checkEvent("عشية الانتخابات", -1);
        checkEvent("وفي اليوم التالي عثر على الجثث", 1);
        checkEvent("في اليوم السابق", -1);
        checkEvent("بعد أسبوع من الاشتباكات", 7);
    }

    @Test
    void theSameDayAndHoursLaterAreTheDayOfTheEventToldBefore() {
        checkEvent("وفي محافظة مأرب، أعلن الجيش مساء اليوم ذاته إسقاط طائرة", 0);
        checkEvent("في اليوم نفسه قتل شخصان", 0);
        checkEvent("وفي ذات اليوم اعتقلت الشرطة ثلاثة", 0);
        checkEvent("وقصفت الطائرات بعد ساعات رتلا للمسلحين", 0);
        checkEvent("وبعد ثلاث ساعات انفجرت عبوة ثانية", 0);
    }

    @Test
    void hoursAfterAnEventNamedAreNoDateOfTheirOwn() {
        // «بعد ساعتين من الاختطاف»: the abduction it names, that same day; nothing to count from
        none("أطلق سراح السائق بعد ساعتين من الاختطاف");
        // «اليوم» alone is still the publication day
        check("قتل شخصان اليوم في الموصل", FRIDAY, "2022-01-28", DAY);
    }

    @Test
    void afterAloneNarratesFromThePreviousEvent() {
        checkEvent("وبعد يومين هاجم التنظيم البلدة", 2);
    }

    @Test
    void anchoredSpanIncludesOf() {
        checkSpan("بعد يومين من الهجوم", "بعد يومين من");
    }

    @Test
    void relativeNeedsReference() {
        assertThat(only("أمس").resolve(null)).isEmpty();
        assertThat(only("الخميس").resolve(null)).isEmpty();
    }

    @Test
    void typicalReportKeepsEveryMentionInOrder() {
        String report = "أفادت مصادر محلية أن التنظيم هاجم البوابة الأربعاء، وبعد يومين من الهجوم "
                + "اشتبكت القوات معه يوم 24 يناير الحالي، فيما أعلنت البلدية أمس حصيلة جديدة.";
        assertThat(DateTestSupport.mentions(report))
                .extracting(m -> m.resolve(FRIDAY).map(ResolvedDate::date).orElse(null))
                .containsExactly(ref("2022-01-26"), null, ref("2022-01-24"), ref("2022-01-27"));
    }
}
