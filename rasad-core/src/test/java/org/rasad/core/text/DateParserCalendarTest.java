package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.text.DateTestSupport.check;
import static org.rasad.core.text.DateTestSupport.checkSpan;
import static org.rasad.core.text.DateTestSupport.mentions;
import static org.rasad.core.text.DateTestSupport.none;
import static org.rasad.core.text.DateTestSupport.only;
import static org.rasad.core.text.DateTestSupport.ref;
import static org.rasad.core.text.TimePrecision.DAY;
import static org.rasad.core.text.TimePrecision.MONTH;
import static org.rasad.core.text.TimePrecision.WEEK;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates written with month names or digits: one test per rule of {@link CalendarRules}. */
class DateParserCalendarTest {

    private static final LocalDate FRIDAY_28_JAN_2022 = ref("2022-01-28");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "يناير,1", "فبراير,2", "مارس,3", "أبريل,4", "ابريل,4", "مايو,5", "يونيو,6", "يونية,6",
        "يوليو,7", "يوليه,7", "أغسطس,8", "اغسطس,8", "سبتمبر,9", "أكتوبر,10", "نوفمبر,11", "ديسمبر,12",
        "كانون الثاني,1", "شباط,2", "آذار,3", "نيسان,4", "أيار,5", "حزيران,6", "تموز,7", "آب,8",
        "أيلول,9", "تشرين الأول,10", "تشرين الثاني,11", "كانون الأول,12",
        "جانفي,1", "فيفري,2", "أفريل,4", "ماي,5", "جوان,6", "جويلية,7", "أوت,8",
        "يوليوز,7", "غشت,8", "شتنبر,9", "نونبر,11", "دجنبر,12"})
    void everyRegionalMonthSeries(String month, int number) {
        check("اندلعت اشتباكات في 15 " + month + " 2021 قرب الحدود", FRIDAY_28_JAN_2022,
                LocalDate.of(2021, number, 15).toString(), DAY);
    }

    @Test
    void fullDateWithWeekdayIsOneMention() {
        checkSpan("أعلنت الوزارة الجمعة 28 يناير 2022 مقتل جنديين", "الجمعة 28 يناير 2022");
        check("أعلنت الوزارة الجمعة 28 يناير 2022 مقتل جنديين", null, "2022-01-28", DAY);
    }

    @Test
    void levantineNameWithEgyptianAlternative() {
        checkSpan("سقطت قذائف في 28 كانون الثاني/يناير 2022 على الحي", "28 كانون الثاني/يناير 2022");
        check("سقطت قذائف في 28 كانون الثاني/يناير 2022 على الحي", null, "2022-01-28", DAY);
        check("وقع الانفجار في 14 أيار (مايو) 2019", null, "2019-05-14", DAY);
    }

    @Test
    void dayWithArticleAndOf() {
        check("وصلت التعزيزات يوم الـ24 من شهر يناير 2022", null, "2022-01-24", DAY);
    }

    @Test
    void ordinalDayWordsBeforeAMonth() {
        check("حين فجر انتحاري شاحنة مفخخة فجر الثالث من تموز/يوليو 2016", null, "2016-07-03", DAY);
        check("قتل في الحادي والعشرين من مارس 2023", null, "2023-03-21", DAY);
        check("منذ هجمات الحادي عشر من سبتمبر 2001", null, "2001-09-11", DAY);
        // an ordinal with no «من» and a month after it is no day
        none("وكان الطرف الثاني من المعادلة غائبا");
        none("احتل المركز الثالث في البطولة");
    }

    @Test
    void yearWithMiladiMark() {
        checkSpan("في 3 فبراير 2020م هاجم مسلحون", "3 فبراير 2020م");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023/08/16", "16/08/2023", "16-8-2023", "2023-08-16", "16.08.2023", "٢٠٢٣/٠٨/١٦"})
    void numericDates(String written) {
        check("أصيب شرطي بتاريخ " + written + " في الكمين", null, "2023-08-16", DAY);
    }

    @Test
    void numericNonDates() {
        none("بلغت النسبة 3.5 في المئة");
        none("الرقم 31/02/2023 خاطئ");
        none("الرقم 16/13/2023 خاطئ");
        none("الهاتف 0912-345-678");
        none("وقعت المباراة 12/5 مساء");
    }

    @Test
    void dayMonthWithoutYearTakesReferenceYear() {
        check("قصفت الطائرات المنطقة في 3 مارس", ref("2022-03-10"), "2022-03-03", DAY);
    }

    @Test
    void dayMonthWithoutYearFarAfterReferenceIsLastYear() {
        check("قصفت الطائرات المنطقة في 3 مارس", FRIDAY_28_JAN_2022, "2021-03-03", DAY);
    }

    @Test
    void dayMonthWithoutYearSlightlyAfterReferenceStaysThisYear() {
        check("من المقرر أن تبدأ المحادثات في 2 فبراير", FRIDAY_28_JAN_2022, "2022-02-02", DAY);
    }

    @Test
    void dayMonthWithoutYearNeedsReference() {
        assertThat(only("في 3 مارس").resolve(null)).isEmpty();
    }

    @Test
    void dayOutOfRangeIsNoDate() {
        none("في 31 فبراير 2022 قتل شخص");
        none("في 31 نوفمبر قتل شخص");
        none("في 32 يناير قتل شخص");
    }

    @Test
    void leapDayWithoutYearResolvesOnlyInLeapYears() {
        DateMention m = only("في 29 فبراير");
        assertThat(m.resolve(ref("2024-03-05"))).contains(new ResolvedDate(ref("2024-02-29"), DAY));
        assertThat(m.resolve(ref("2023-03-05"))).isEmpty();
    }

    @Test
    void dayOfCurrentMonth() {
        check("قتل عنصران يوم 24 يناير الحالي", FRIDAY_28_JAN_2022, "2022-01-24", DAY);
        check("منذ 18 يناير الجاري", FRIDAY_28_JAN_2022, "2022-01-18", DAY);
    }

    @Test
    void dayOfPastMonth() {
        check("اختطف في 5 مايو الماضي", FRIDAY_28_JAN_2022, "2021-05-05", DAY);
        check("اختطف في 20 يناير الماضي", FRIDAY_28_JAN_2022, "2022-01-20", DAY);
    }

    @Test
    void monthWithPastIsStrictlyBeforeReferenceMonth() {
        check("في مارس الماضي سيطرت القوات على البلدة", ref("2022-05-10"), "2022-03-01", MONTH);
        check("في مارس الماضي سيطرت القوات على البلدة", ref("2022-03-20"), "2021-03-01", MONTH);
    }

    @Test
    void monthWithYear() {
        check("منذ مارس 2019 لم تهدأ المعارك", null, "2019-03-01", MONTH);
    }

    @Test
    void partsOfMonth() {
        check("منتصف مارس", ref("2022-05-10"), "2022-03-15", WEEK);
        check("في أوائل مارس", ref("2022-05-10"), "2022-03-05", WEEK);
        check("مطلع يونيو 2020", null, "2020-06-05", WEEK);
        check("بداية شهر أبريل", ref("2022-05-10"), "2022-04-05", WEEK);
        check("أواخر ديسمبر", ref("2022-05-10"), "2021-12-25", WEEK);
        check("نهاية أكتوبر الماضي", ref("2022-05-10"), "2021-10-25", WEEK);
    }

    @Test
    void relativeMonth() {
        check("خلال الشهر الماضي", FRIDAY_28_JAN_2022, "2021-12-01", MONTH);
        check("خلال الشهر الجاري", FRIDAY_28_JAN_2022, "2022-01-01", MONTH);
        check("هذا الشهر", FRIDAY_28_JAN_2022, "2022-01-01", MONTH);
        check("منذ مطلع الشهر الحالي", FRIDAY_28_JAN_2022, "2022-01-05", WEEK);
        assertThat(only("الشهر المقبل").isFuture()).isTrue();
        none("رئيس الشهر");
    }

    @Test
    void dayOfARelativeMonth() {
        check("قتل شخصان يوم 12 من الشهر الجاري", FRIDAY_28_JAN_2022, "2022-01-12", DAY);
        check("في 28 من الشهر الماضي", FRIDAY_28_JAN_2022, "2021-12-28", DAY);
        // the 31st of a month of 30 days is no date
        assertThat(only("في 31 من الشهر الماضي").resolve(ref("2022-12-10"))).isEmpty();
    }

    @Test
    void bareUnambiguousMonth() {
        check("تصاعدت الهجمات خلال يناير", FRIDAY_28_JAN_2022, "2022-01-01", MONTH);
    }

    @Test
    void ambiguousMonthNamesNeedContext() {
        none("قال اب الضحية إن ابنه خطف");
        none("مارس الجيش ضغوطا على السكان");
        none("وصلت سيارة نيسان بيضاء");
        none("ماي فريند");
        none("فتح باب 2019");
        check("في شهر آب", ref("2022-09-10"), "2022-08-01", MONTH);
        check("آب 2014", null, "2014-08-01", MONTH);
        check("في 3 آب", ref("2022-09-10"), "2022-08-03", DAY);
        check("منذ مارس الماضي", ref("2022-09-10"), "2022-03-01", MONTH);
    }

    @Test
    void futureMonthAndDay() {
        assertThat(only("في مارس المقبل").isFuture()).isTrue();
        assertThat(only("في 3 مارس القادم").isFuture()).isTrue();
        check("في 3 مارس القادم", FRIDAY_28_JAN_2022, "2022-03-03", DAY);
    }

    @Test
    void hijriDates() {
        check("في 12 رجب 1444 هـ", null, "2023-02-03", DAY);
        check("غرة 1 رمضان 1443هـ", null, "2022-04-02", DAY);
        check("يوم 10 ذي الحجة 1440", null, "2019-08-11", DAY);
        check("12 ربيع الأول 1445 هـ", null, "2023-09-27", DAY);
    }

    @Test
    void hijriOutOfRangeOrIncompleteIsNoDate() {
        none("12 رجب 1200 هـ");
        none("12 رجب 2022");
        none("في 17 رمضان حدثت المعركة");
    }

    @Test
    void datesUsedAsNamesAreNotEventDates() {
        none("في الذكرى الحادية عشرة لثورة 17 فبراير");
        none("تجمع المحتجون في شارع 26 يوليو");
        none("ثورة 17 فبراير 2011");
        none("ثورة يناير");
        // a neighbourhood, a square or a camp named after a month
        none("قصف جوي استهدف سوقا في حي مايو جنوبي الخرطوم");
        none("تجمع المحتجون في ساحة 14 آذار");
    }

    @Test
    void loneYearIsNoMention() {
        none("سقط النظام عام 2011");
    }

    @Test
    void timesAreNotDates() {
        none("09:41 مساء");
        none("في الساعة 10:15");
    }

    @Test
    void severalMentionsAreSortedAndSeparate() {
        assertThat(mentions("بين 3 مارس 2021 و 5 أبريل 2021")).hasSize(2)
                .extracting(m -> m.resolve(null).orElseThrow().date())
                .containsExactly(ref("2021-03-03"), ref("2021-04-05"));
    }
}
