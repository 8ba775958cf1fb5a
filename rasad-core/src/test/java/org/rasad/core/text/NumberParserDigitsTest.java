package org.rasad.core.text;

import static org.rasad.core.text.NumberParserChecks.check;
import static org.rasad.core.text.NumberParserChecks.none;
import static org.rasad.core.text.NumberParserChecks.numberText;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberParserDigitsTest {

    @Test
    void plainDigits() {
        check("أسفر الانفجار عن 23 قتيلا", 23);
        check("أسفر الانفجار عن ٢٣ قتيلا", 23);
    }

    @Test
    void thousandsSeparators() {
        check("فرّ 12,000 شخص من القرية", 12_000);
        check("فرّ ١٢٬٠٠٠ شخص من القرية", 12_000);
        check("نزح 1,250,000 مدني", 1_250_000);
        check("نزح 1.250.000 مدني", 1_250_000);
    }

    @Test
    void dotWithThreeDigitsIsThousandsWithoutAScaleWord() {
        check("قُدّر عدد النازحين بـ 1.500 شخص", 1_500);
    }

    @Test
    void decimalWithScaleWord() {
        check("نزح 1.5 مليون شخص", 1_500_000);
        check("نزح ١٫٥ مليون شخص", 1_500_000);
        check("بلغت الأضرار 2.75 ألف منزل", 2_750);
    }

    @Test
    void decimalWithoutScaleIsNotACount() {
        none("ارتفعت الحرارة إلى 3.5 درجة");
        none("بلغ التضخم 1,2 نقطة");
    }

    @Test
    void digitsWithScaleWord() {
        check("فرّ 3 آلاف شخص", 3_000);
        check("نزح 2 مليون شخص", 2_000_000);
        check("يعيش 250 ألف لاجئ في المخيمات", 250_000);
        assertThat(numberText("فرّ 3 آلاف شخص")).isEqualTo("3 الاف");
    }

    @Test
    void timesAreNotQuantities() {
        none("وقع الهجوم عند الساعة 09:41 مساء");
    }

    @Test
    void datesAreNotQuantities() {
        none("بتاريخ 2023/08/16 أعلنت الوزارة");
        none("بتاريخ 16-08-2023 أعلنت الوزارة");
        none("بتاريخ 16.08.2023 أعلنت الوزارة");
    }

    @Test
    void digitsGluedToLatinLettersAreNames() {
        none("حلقت طائرة f16 فوق المدينة");
        none("رصدت طائرة MQ9 في الأجواء");
        none("عرض فيلم 3d");
        none("أسقطت مروحية مي-17 و f-16");
    }

    @Test
    void digitsGluedToArabicProcliticStayFigures() {
        check("قتل 3 و19 جريحا", 3L, 19L);
        check("قتل 5 بينهم ب2 من الأطفال", 5L, 2L);
    }

    @Test
    void percentagesAreNotCounts() {
        none("دُمّر 50% من المنازل");
        none("دُمّر ٥٠٪ من المنازل");
        none("دُمّر 50 في المئة من المنازل");
        none("دُمّر خمسون بالمائة من المنازل");
    }

    @Test
    void hyphenRangeGivesTwoFigures() {
        check("سقط ما بين 15-20 قتيلا", 15L, 20L);
    }

    @Test
    void bareYearIsReturnedForTheCallerToJudge() {
        check("اندلعت المعارك في عام 2022", 2_022);
    }

    @Test
    void figureAtTheEndOfASentence() {
        check("ارتفعت حصيلة القتلى إلى 23.", 23);
    }

    @Test
    void overlongDigitRunsAreIdentifiers() {
        none("رقم الشحنة 123456789012345678901234567890");
    }
}
