package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publication date an article states near its top. */
class DatelineTest {

    private static void check(String article, String expected) {
        assertThat(Dateline.find(Normalizer.normalize(article))).as(article).contains(LocalDate.parse(expected));
    }

    private static void none(String article) {
        assertThat(Dateline.find(Normalizer.normalize(article))).as(article).isEmpty();
    }

    @Test
    void agencyLineWithWeekdayAndTime() {
        check("طرابلس - بوابة الوسط الأحد 16 يناير 2022، 11:05 صباحا\nأفاد مصدر أمني بمقتل جندي.", "2022-01-16");
    }

    @Test
    void publishedLabelWithNumericDate() {
        check("مقتل ثلاثة في هجوم\nتاريخ النشر : 10:30 - 2023/09/04\nقال مسؤول...", "2023-09-04");
    }

    @Test
    void publishedInWithWeekday() {
        check("نشر في: الاثنين 13 مارس 2023 - 08:20 ص\nنص الخبر", "2023-03-13");
    }

    @Test
    void isoDateWithTime() {
        check("2020-11-05 09:15\nاشتباكات في الجنوب", "2020-11-05");
    }

    @Test
    void levantineMonthWithAlternative() {
        check("الأربعاء 15 أيار/مايو 2019\nدمشق - قصفت الطائرات...", "2019-05-15");
    }

    @Test
    void cuedDatelineBeatsDateInHeadline() {
        check("في ذكرى هجوم 3 مارس 2021 على المعبر\nنشر في: السبت 5 مارس 2022 - 10:00\nنص", "2022-03-05");
    }

    @Test
    void firstFullDateWhenNoCue() {
        check("سبها 12 فبراير 2020\nنص الخبر", "2020-02-12");
    }

    @Test
    void aDateInsideTheFirstParagraphIsTheStorys() {
        none("وقال المسؤول إن القنابل التي وضعت في حقائب الظهر أدت إلى قتل 52 شخصا في شبكة مواصلات العاصمة في 7 يوليو 2005.");
        check("بغداد 12 مارس 2024 (رويترز) - قتل خمسة أشخاص في انفجار سيارة مفخخة في حي الكرادة.", "2024-03-12");
    }

    @Test
    void dateWithoutYearIsNoDateline() {
        none("سبها - الخميس 27 يناير\nهاجم مسلحون بوابة أمنية");
        none("سبها - الخميس\nهاجم مسلحون بوابة أمنية أمس");
    }

    @Test
    void dateBelowTheHeadIsIgnored() {
        none("عنوان\n".repeat(9) + "الأحد 16 يناير 2022");
        none("كلام ".repeat(110) + "الأحد 16 يناير 2022");
    }

    @Test
    void emptyAndMissing() {
        none("");
        assertThat(Dateline.find(null)).isEmpty();
        none("لا تاريخ في هذا النص");
    }
}
