package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private static void check(String input, String expected) {
        assertThat(Normalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void tatweel() {
        check("كتيبـة شـهداء", "كتيبه شهداء");
    }

    @Test
    void diacritics() {
        check("تعرّض الجنودُ", "تعرض الجنود");
    }

    @Test
    void alefHamzaVariants() {
        check("أعلن إطلاق آلية ٱلقوات", "اعلن اطلاق اليه القوات");
    }

    @Test
    void alefMaqsuraAndTaMarbuta() {
        check("إلى مدينة", "الي مدينه");
    }

    @Test
    void persianLetters() {
        check("کتیبه", "كتيبه");
    }

    @Test
    void arabicIndicAndPersianDigits() {
        check("قتل ٢٣ و۱۹ شخصا", "قتل 23 و19 شخصا");
    }

    @Test
    void arabicPunctuationAndSeparators() {
        check("قال، إن ٣٫٥٪ ؛ ماذا؟ ١٢٬٠٠٠", "قال, ان 3.5% ; ماذا? 12,000");
    }

    @Test
    void quotationMarks() {
        check("«داعش» “القطرون” ‘x’", "\"داعش\" \"القطرون\" 'x'");
    }

    @Test
    void zeroWidthAndBidiCharacters() {
        check("داع\u200Cش\u200F \u202Bنص\u202C\uFEFF", "داعش نص");
    }

    @Test
    void presentationFormsViaNfkc() {
        check("\uFEFB", "لا");           // lam-alef ligature
        check("\uFE8D\uFEDF", "ال");     // isolated alef, initial lam
    }

    @Test
    void compatibilityCharacterThatWouldBeSeveralTokensStaysAsItIs() {
        // NFKC would give «(1)», «1.» and four words, and each token would map back to one character
        // whose normal form is not that token
        check("\u2474", "\u2474");
        check("\u2488", "\u2488");
        check("\uFDFA", "\uFDFA");
        check("\uD83C\uDD01", "\uD83C\uDD01");
    }

    @Test
    void ligatureThatIsOneWordStillExpands() {
        check("\uFDF2", "الله");
        check("\uFB01re", "fire");
    }

    @Test
    void vulgarFractionBecomesOneNumber() {
        check("\u00BD", "1/2");
    }

    @Test
    void strayLatinIsLowerCased() {
        check("AFRICOM قالت", "africom قالت");
    }

    @Test
    void spacesDashesAndControlCharacters() {
        check("a\u00A0b\u2014c\u0001d\r\ne", "a b-c d\n\ne");
    }

    @Test
    void offsetsPointIntoTheOriginal() {
        NormalizedText t = Normalizer.instance().apply("كتيبـة شـهداء أم الأرانب");
        int start = t.normalized().indexOf("شهداء");
        Span original = t.toOriginal(start, start + "شهداء".length());
        assertThat(original.of(t.original())).isEqualTo("شـهداء");
        assertThat(t.fromOriginal(original.start())).isEqualTo(start);
    }

    @Test
    void ligatureExpansionMapsBothCharactersToTheOneOriginal() {
        NormalizedText t = Normalizer.instance().apply("x\uFEFBy");
        assertThat(t.normalized()).isEqualTo("xلاy");
        assertThat(t.originalText(1, 3)).isEqualTo("\uFEFB");
    }

    @Test
    void unpairedSurrogateIsDropped() {
        check("a\uD800b", "ab");
    }

    @Test
    void agreesWithLuceneOnArabicLetters() {
        // Rasad goes further than Lucene on alef wasla «ٱ» and digits; on the common letters they agree.
        ArabicNormalizer lucene = new ArabicNormalizer();
        for (String word : new String[] {"إستئناف", "الأفريكوم", "مدينة", "إلى", "قتلـى", "جُنديين", "آخرين"}) {
            char[] buf = word.toCharArray();
            int len = lucene.normalize(buf, buf.length);
            assertThat(Normalizer.normalize(word)).as(word).isEqualTo(new String(buf, 0, len));
        }
    }
}
