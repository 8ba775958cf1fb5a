package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.text.NumberParserChecks.check;
import static org.rasad.core.text.NumberParserChecks.none;
import static org.rasad.core.text.NumberParserChecks.numberText;

import org.junit.jupiter.api.Test;

class NumberParserWordsTest {

    @Test
    void unitsInEveryGender() {
        check("قُتل واحد من الحراس", 1);
        check("أصيبت واحدة من الممرضات", 1);
        check("اعتُقل اثنان من المشتبه بهم", 2);
        check("اعتقلت القوات اثنين من الجنود", 2);
        check("أصيبت اثنتان من النساء", 2);
        check("نجت اثنتين من الفتيات", 2);
        check("قُتل ثلاثة جنود", 3);
        check("أصيبت ثلاث نساء", 3);
        check("قُتل أربعة آخرون", 4);
        check("دُمّرت خمس سيارات", 5);
        check("اعتُقل ستة مسلحين", 6);
        check("سقطت سبع قذائف", 7);
        check("قُتل ثمانية أشخاص", 8);
        check("أُطلقت ثماني قذائف", 8);
        check("جُرح تسعة مدنيين", 9);
        check("قُتل عشرة عناصر", 10);
        check("أصيبت عشر نساء", 10);
    }

    @Test
    void accusativeAlef() {
        check("قتل المسلحون واحدا من الرعاة", 1);
        check("أحصى المستشفى عشرا من الجثث", 10);
        check("نزح ألفا شخص", 1_000);
        check("نزح مليونا لاجئ", 1_000_000);
    }

    @Test
    void teens() {
        check("قُتل أحد عشر عنصرا", 11);
        check("احترقت إحدى عشرة سيارة", 11);
        check("اعتُقل اثنا عشر مسلحا", 12);
        check("عُثر على اثني عشر جثة", 12);
        check("قُتل ثلاثة عشر شخصا", 13);
        check("أصيبت تسع عشرة امرأة", 19);
    }

    @Test
    void dualTeenPrefixNeedsTen() {
        none("قال اثنا المسؤولين");
    }

    @Test
    void tens() {
        check("قُتل عشرون شخصا", 20);
        check("أصيب عشرين شخصا", 20);
        check("اعتُقل ثلاثين مشتبها", 30);
        check("فرّ تسعون شخصا", 90);
        check("نزح تسعين شخصا", 90);
    }

    @Test
    void unitsBeforeTensJoinedByWaw() {
        check("قُتل ثلاثة وعشرين عنصرا", 23);
        check("أصيب خمس وأربعون شخصا", 45);
        check("قُتل واحد وعشرون جنديا", 21);
        check("أحصيت إحدى وثلاثين غارة", 31);
        check("قُتل ثلاثة و عشرين عنصرا", 23);
        assertThat(numberText("قُتل ثلاثة وعشرين عنصرا")).isEqualTo("ثلاثه وعشرين");
    }

    @Test
    void hundreds() {
        check("نزحت مائة عائلة", 100);
        check("نزحت مئة عائلة", 100);
        check("اعتُقل مائتان من المحتجين", 200);
        check("اعتُقل مئتين من المحتجين", 200);
        check("دُمّر مائتي منزل", 200);
        check("فرّ ثلاثمائة شخص", 300);
        check("فرّ ثلاثمئة شخص", 300);
        check("فرّ ثلاث مئة شخص", 300);
        check("فرّ ثلاثمئه شخص", 300);
        check("فرّ ثمانمائة شخص", 800);
        check("فرّ تسعمئة شخص", 900);
        check("قُتل مئة وخمسة وعشرون شخصا", 125);
    }

    @Test
    void thousands() {
        check("نزح ألف شخص", 1_000);
        check("نزح ألفان من السكان", 2_000);
        check("نزح ألفين من السكان", 2_000);
        check("نزح خمسة آلاف شخص", 5_000);
        check("نزح عشرة آلاف شخص", 10_000);
        check("نزح ثلاثة عشر ألفا", 13_000);
        check("نزح عشرين ألف شخص", 20_000);
        check("نزح مئة ألف شخص", 100_000);
        check("نزح مئة وخمسون ألفا", 150_000);
        check("قُتل ألف ومئتين وخمسين شخصا", 1_250);
        check("قُتل ألفين وخمسمائة شخص", 2_500);
    }

    @Test
    void millions() {
        check("نزح مليون شخص", 1_000_000);
        check("نزح مليونين من السكان", 2_000_000);
        check("نزح ثلاثة ملايين شخص", 3_000_000);
        check("نزح مليون ومئتي ألف شخص", 1_200_000);
        check("بلغت الخسائر مليار دولار", 1_000_000_000);
    }

    @Test
    void halfAfterAScale() {
        check("نزح مليون ونصف شخص", 1_500_000);
        check("نزح ثلاثة ملايين ونصف", 3_500_000);
        check("نزح ألفان ونصف", 2_500);
        assertThat(numberText("نزح مليون ونصف المليون شخص")).isEqualTo("مليون ونصف المليون");
        check("استمر القصف خمس ساعات ونصف", 5);
    }

    @Test
    void procliticOnFirstWord() {
        check("وثلاثة من المارة", 3);
        check("سلّم الرهائن لاثنين من الوسطاء", 2);
        check("أصيب جندي بخمسة رصاصات", 5);
        check("فأربعة منهم من الأطفال", 4);
        check("وبثلاثة آلاف مقاتل", 3_000);
        assertThat(numberText("وثلاثة من المارة")).isEqualTo("ثلاثه");
    }

    @Test
    void neighbouringFiguresStaySeparate() {
        check("قُتل ما بين ثلاثة وأربعة", 3L, 4L);
        check("قُتل ثلاثة جنود وأربعة مدنيين", 3L, 4L);
        check("قُتل عشرون وخمسة جرحى", 20L, 5L);
        check("قُتل ألف وألف", 1_000L, 1_000L);
    }

    @Test
    void ahadCountsBeforeANoun() {
        check("قُتل أحد عناصر الشرطة", 1);
        check("احترقت إحدى السيارات", 1);
        assertThat(numberText("قُتل أحد عناصر الشرطة")).isEqualTo("احد");
    }

    @Test
    void ahadAfterNegationOrAtTheEndIsNobody() {
        none("لم يصب أحد بأذى");
        none("ولم يتبنّ الهجوم أحد.");
        none("لا أحد يعرف مصيرهم");
    }

    @Test
    void weekdaysWithTheArticleAreNotNumbers() {
        none("وقع الهجوم يوم الأحد");
        none("وقع الهجوم يوم الاثنين");
        none("وقع الهجوم يوم الثلاثاء");
        none("وقع الهجوم يوم الأربعاء");
        none("وقع الهجوم يوم الخميس");
        check("وقع الهجوم يوم الاثنين وقتل اثنين من الجنود", 2);
    }

    @Test
    void ordinalsAreNotQuantities() {
        none("للمرة الثانية خلال الأسبوع الأول");
        none("في الطابق الثالث من المبنى الثالثة");
        none("الهجوم الخامس هذا العام");
    }

    @Test
    void wordsThatMerelyContainNumberLettersAreNot() {
        none("اشتبك أفراد العشيرة");
        none("يا معشر الشباب");
        none("منذ الخمسينات");
        none("لست أدري");
        none("الجنود الثلاثة");
        none("في العشرينات من عمره");
    }
}
