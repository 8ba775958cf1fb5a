package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** Tokens of the normalised input, each written «text/KIND». */
    private static void check(String input, String... expected) {
        List<String> actual = Tokenizer.instance().tokenize(Normalizer.normalize(input)).stream()
                .map(t -> t.text() + "/" + t.kind())
                .toList();
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void arabicRunsSplitOnWhiteSpace() {
        check("هاجم مسلحون  بوابة\nأمنية", "هاجم/ARABIC", "مسلحون/ARABIC", "بوابه/ARABIC", "امنيه/ARABIC");
    }

    @Test
    void thousandsSeparatorKeepsNumberWhole() {
        check("نزوح 12,000 شخص", "نزوح/ARABIC", "12,000/NUMBER", "شخص/ARABIC");
        check("نزوح ١٢٬٠٠٠ شخص", "نزوح/ARABIC", "12,000/NUMBER", "شخص/ARABIC");
    }

    @Test
    void decimalKeepsNumberWhole() {
        check("بقوة 3.5 درجة", "بقوه/ARABIC", "3.5/NUMBER", "درجه/ARABIC");
        check("٣٫٥", "3.5/NUMBER");
    }

    @Test
    void clockTimeKeepsNumberWhole() {
        check("الساعة 09:41 مساء", "الساعه/ARABIC", "09:41/NUMBER", "مساء/ARABIC");
    }

    @Test
    void slashDateKeepsNumberWhole() {
        check("2023/08/16", "2023/08/16/NUMBER");
    }

    @Test
    void joinerWithoutDigitOnBothSidesIsPunctuation() {
        check("قتل 4, وجرح", "قتل/ARABIC", "4/NUMBER", ",/PUNCTUATION", "وجرح/ARABIC");
        check("العام 2023.", "العام/ARABIC", "2023/NUMBER", "./PUNCTUATION");
    }

    @Test
    void numberGluedToUnitSplitsIntoNumberAndWord() {
        check("على بعد 80كلم", "علي/ARABIC", "بعد/ARABIC", "80/NUMBER", "كلم/ARABIC");
    }

    @Test
    void latinNamesAreLowerCasedRuns() {
        check("AFRICOM أعلنت", "africom/LATIN", "اعلنت/ARABIC");
    }

    @Test
    void punctuationIsOneTokenPerCharacter() {
        check("«داعش»،", "\"/PUNCTUATION", "داعش/ARABIC", "\"/PUNCTUATION", ",/PUNCTUATION");
    }

    @Test
    void mixedScriptsSplitAtTheScriptBoundary() {
        check("قواتAFRICOM", "قوات/ARABIC", "africom/LATIN");
        check("F16الأمريكية", "f/LATIN", "16/NUMBER", "الامريكيه/ARABIC");
    }

    @Test
    void emojiIsOneSymbolToken() {
        check("عاجل🔴 خبر", "عاجل/ARABIC", "🔴/OTHER", "خبر/ARABIC");
    }

    @Test
    void supplementaryCharacterIsNeverCutInHalf() {
        check("𠀀x", "𠀀/OTHER", "x/LATIN");
    }

    @Test
    void loneSurrogateDoesNotSwallowTheNextLetter() {
        // raw (unnormalised) input: the normaliser drops lone surrogates, but the tokenizer must cope
        assertThat(Tokenizer.instance().tokenize("\uD800ب").stream().map(Token::text))
                .containsExactly("\uD800", "ب");
    }

    @Test
    void arabicSupplementLettersAreArabic() {
        check("ݐݑ", "ݐݑ/ARABIC");
    }

    @Test
    void tatweelInRawTextKeepsTheWordWhole() {
        assertThat(Tokenizer.instance().tokenize("كتيبـة").stream().map(Token::text)).containsExactly("كتيبـة");
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        check("");
        check(" \n\t ");
    }
}
