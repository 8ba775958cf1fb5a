package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.text.NumberParserChecks.find;
import static org.rasad.core.text.NumberParserChecks.none;
import static org.rasad.core.text.NumberParserChecks.numberText;
import static org.rasad.core.text.NumberParserChecks.single;
import static org.rasad.core.text.NumberParserChecks.spanText;

import org.junit.jupiter.api.Test;

class NumberParserQualifierTest {

    private static void check(String text, Qualifier qualifier, long value) {
        Quantity q = single(text);
        assertThat(q.qualifier()).as("qualifier in «%s»", text).isEqualTo(qualifier);
        assertThat(q.value()).isEqualTo(value);
    }

    @Test
    void about() {
        check("قُتل نحو 20 شخصا", Qualifier.ABOUT, 20);
        check("قُتل حوالي عشرين شخصا", Qualifier.ABOUT, 20);
        check("قُتل حوالى عشرين شخصا", Qualifier.ABOUT, 20);
        check("نزح قرابة ألف شخص", Qualifier.ABOUT, 1_000);
        check("نزح زهاء ثلاثة آلاف", Qualifier.ABOUT, 3_000);
        check("نزح ما يقارب 500 عائلة", Qualifier.ABOUT, 500);
        check("نزح ما يقرب من 500 عائلة", Qualifier.ABOUT, 500);
        check("قتل 40 شخصا تقريبا", Qualifier.ABOUT, 40);
    }

    @Test
    void moreThan() {
        check("قُتل أكثر من 30 مسلحا", Qualifier.MORE_THAN, 30);
        check("قُتل ما يزيد عن 30 مسلحا", Qualifier.MORE_THAN, 30);
        check("قُتل ما يزيد على ثلاثين مسلحا", Qualifier.MORE_THAN, 30);
        check("قُتل أزيد من 30 مسلحا", Qualifier.MORE_THAN, 30);
    }

    @Test
    void atLeast() {
        check("قُتل ما لا يقل عن 12 شخصا", Qualifier.AT_LEAST, 12);
        check("قُتل لا يقل عن 12 شخصا", Qualifier.AT_LEAST, 12);
        check("قُتل على الأقل 12 شخصا", Qualifier.AT_LEAST, 12);
        check("قُتل 12 على الأقل", Qualifier.AT_LEAST, 12);
        check("قُتل جنديان على الأقل", Qualifier.AT_LEAST, 2);
    }

    @Test
    void trailingQualifierAfterTheCountedNoun() {
        check("قُتل خمسة جنود على الأقل", Qualifier.AT_LEAST, 5);
        assertThat(spanText("قُتل خمسة جنود على الأقل")).isEqualTo("خمسه جنود علي الاقل");
        assertThat(numberText("قُتل خمسة جنود على الأقل")).isEqualTo("خمسه");
    }

    @Test
    void lessThanAndUpTo() {
        check("أصيب أقل من عشرة أشخاص", Qualifier.LESS_THAN, 10);
        check("قد ترتفع الحصيلة إلى ما يصل إلى 200 قتيل", Qualifier.UP_TO, 200);
        check("قد تستمر العملية حتى 30 يوما", Qualifier.UP_TO, 30);
    }

    @Test
    void qualifierSpanCoversTheWordsButNumberSpanDoesNot() {
        assertThat(spanText("قُتل ما يزيد عن 30 مسلحا")).isEqualTo("ما يزيد عن 30");
        assertThat(numberText("قُتل ما يزيد عن 30 مسلحا")).isEqualTo("30");
    }

    @Test
    void procliticOnTheQualifier() {
        check("وأصيب ونحو عشرين", Qualifier.ABOUT, 20);
        check("قدّرت الخسائر بحوالي ألف منزل", Qualifier.ABOUT, 1_000);
        assertThat(spanText("قدّرت الخسائر بحوالي ألف منزل")).isEqualTo("حوالي الف");
    }

    @Test
    void qualifierWordsWithoutAFigureAreNothing() {
        none("توجهت القوات نحو المدينة");
        none("لم تتبن أي جهة الهجوم حتى الآن");
        none("كان الهجوم أكثر من مجرد تهديد");
        none("وفي الصباح على الأقل");
    }

    @Test
    void atLeastBeforeTheNextFigureBelongsToIt() {
        var found = find("قُتل ثلاثة وأصيب على الأقل خمسة");
        assertThat(found).extracting(Quantity::qualifier).containsExactly(Qualifier.EXACT, Qualifier.AT_LEAST);
        assertThat(found).extracting(Quantity::value).containsExactly(3L, 5L);
    }

    @Test
    void figureWithoutQualifierIsExact() {
        check("قُتل 7 أشخاص", Qualifier.EXACT, 7);
    }
}
