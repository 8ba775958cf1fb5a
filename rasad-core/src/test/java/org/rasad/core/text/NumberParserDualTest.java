package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.text.NumberParserChecks.check;
import static org.rasad.core.text.NumberParserChecks.none;
import static org.rasad.core.text.NumberParserChecks.numberText;
import static org.rasad.core.text.NumberParserChecks.single;

import org.junit.jupiter.api.Test;

class NumberParserDualTest {

    private static void dual(String text) {
        Quantity q = single(text);
        assertThat(q.dual()).as("dual in «%s»", text).isTrue();
        assertThat(q.value()).isEqualTo(2L);
    }

    @Test
    void obliqueDuals() {
        dual("أسفر الكمين عن تصفية عنصرين");
        dual("قُتل جنديين في الهجوم");
        dual("اعتُقل شخصين قرب الحاجز");
        dual("سقطت ضحيتين في القصف");
        dual("أحصت المصادر قتيلين");
        dual("أطلق المسلحون سراح رهينتين");
    }

    @Test
    void nominativeDuals() {
        dual("قُتل جنديان");
        dual("أصيب شرطيان بجروح");
        dual("قُتل مدنيان في الغارة");
        dual("أصيب عسكريان");
    }

    @Test
    void soundPluralsThatLookLikeDualsAreNot() {
        none("قُتل مدنيين في الغارة");
        none("أصيب عسكريين");
        none("هاجم مسلحين الحاجز");
        none("سيطرت طالبان على المدينة");
    }

    @Test
    void procliticsOnTheDualWord() {
        dual("وجنديين");
        dual("قُتل في الكمين وشخصان");
        dual("نُقل الجرحى لشخصين");
        assertThat(numberText("قُتل ضابط وجنديين")).isEqualTo("جنديين");
    }

    @Test
    void emphaticTwoAfterADualIsOneQuantity() {
        dual("قُتل عنصرين اثنين");
        assertThat(numberText("قُتل عنصرين اثنين")).isEqualTo("عنصرين اثنين");
    }

    @Test
    void countedFigureIsNotDual() {
        check("قُتل اثنين من الجنود", 2);
        assertThat(single("قُتل اثنين من الجنود").dual()).isFalse();
    }

    @Test
    void vehiclesAndWeapons() {
        dual("دُمّرت سيارتين");
        dual("أسقطت الدفاعات مسيرتين");
        dual("سقطت قذيفتان");
    }
}
