package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.text.NumberParserChecks.check;
import static org.rasad.core.text.NumberParserChecks.none;
import static org.rasad.core.text.NumberParserChecks.numberText;
import static org.rasad.core.text.NumberParserChecks.single;

import org.junit.jupiter.api.Test;

class NumberParserVagueTest {

    private static void vague(String text, Vagueness expected) {
        Quantity q = single(text);
        assertThat(q.vagueness()).as("vagueness in «%s»", text).isEqualTo(expected);
        assertThat(q.value()).isNull();
    }

    @Test
    void dozens() {
        vague("قُتل عشرات المدنيين", Vagueness.DOZENS);
        vague("سقط العشرات بين قتيل وجريح", Vagueness.DOZENS);
        vague("أصيب بضع عشرات", Vagueness.DOZENS);
    }

    @Test
    void hundreds() {
        vague("اعتُقل مئات المحتجين", Vagueness.HUNDREDS);
        vague("اعتُقل عدة مئات من المحتجين", Vagueness.HUNDREDS);
    }

    @Test
    void thousands() {
        vague("نزح آلاف السكان", Vagueness.THOUSANDS);
        vague("نزح عشرات الآلاف", Vagueness.THOUSANDS);
        vague("نزح مئات الآلاف من السكان", Vagueness.THOUSANDS);
        vague("نزح بضعة آلاف", Vagueness.THOUSANDS);
        assertThat(numberText("نزح عشرات الآلاف")).isEqualTo("عشرات الالاف");
    }

    @Test
    void thousandsWithACountIsAFigure() {
        check("نزح 3 آلاف", 3_000);
        check("نزح ثلاثة آلاف", 3_000);
    }

    @Test
    void several() {
        vague("أصيب عدة أشخاص", Vagueness.SEVERAL);
        vague("أصيب عدد من المارة", Vagueness.SEVERAL);
        assertThat(numberText("أصيب عدد من المارة")).isEqualTo("عدد من");
    }

    @Test
    void few() {
        vague("أصيب بضعة أشخاص", Vagueness.FEW);
        vague("أصيب بضع نساء", Vagueness.FEW);
        vague("أصيب عدد قليل من الحراس", Vagueness.FEW);
    }

    @Test
    void many() {
        vague("قُتل عدد كبير من عناصر التنظيم", Vagueness.MANY);
        vague("قُتل العديد من المسلحين", Vagueness.MANY);
        vague("قُتل الكثير من المدنيين", Vagueness.MANY);
        vague("قُتل كثير من المدنيين", Vagueness.MANY);
        vague("وصلت أعداد كبيرة من النازحين", Vagueness.MANY);
    }

    @Test
    void vagueWithQualifierAndProclitic() {
        Quantity q = single("وسقط نحو عشرات");
        assertThat(q.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(q.vagueness()).isEqualTo(Vagueness.DOZENS);
        vague("وقُتل جندي وعشرات المدنيين", Vagueness.DOZENS);
    }

    @Test
    void countWordsWithoutCountAreNotVague() {
        none("ارتفع عدد القتلى");
        none("أنهى المقاتلون عدة.");
        none("تكثر الاشتباكات");
    }
}
