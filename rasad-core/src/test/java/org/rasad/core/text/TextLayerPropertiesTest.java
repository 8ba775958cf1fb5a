package org.rasad.core.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random-input tests of the text layer's contracts (Lucene's checkRandomData, in jqwik). Named
 * {@code *Test} so that surefire's default includes pick it up in every build.
 */
class TextLayerPropertiesTest {

    /** Multi-character pieces that exercise specific rules: ligatures, abbreviations, numbers, line ends. */
    private static final List<String> PIECES = List.of("\uFEFB", "\uFDF2", "\uFDFA", "\u2474", "\u00BD", "\u215F",
            "\u2488", "\uFB01", "\r\n", "...", "?!", ".\"", "د.", "أ.ف.ب", "12,000", "3.5", "09:41", "2023/08/16",
            "\n- ", "\n• ", "اقرأ أيضا\n", "عناوين ذات صلة\n", "\nشارك\n", "\n125\n", "😀", "\uD83C\uDDF1\uD83C\uDDFE");

    @Provide
    Arbitrary<String> newsLikeJunk() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, chars('\u0621', '\u064A')),               // Arabic letters
                net.jqwik.api.Tuple.of(8, chars('\u064B', '\u0670')),                // diacritics
                net.jqwik.api.Tuple.of(3, Arbitraries.just("\u0640")),               // tatweel
                net.jqwik.api.Tuple.of(5, chars('\u0660', '\u066D')),                // Arabic-Indic digits, separators
                net.jqwik.api.Tuple.of(4, chars('\uFE70', '\uFEFF')),                // presentation forms B
                net.jqwik.api.Tuple.of(3, chars('\uFB50', '\uFDFF')),                // presentation forms A
                net.jqwik.api.Tuple.of(3, chars('\u200B', '\u200F')),                // zero-width, marks
                net.jqwik.api.Tuple.of(6, chars('A', 'z')),                          // Latin
                net.jqwik.api.Tuple.of(6, chars('0', '9')),
                net.jqwik.api.Tuple.of(8, Arbitraries.of(".", ",", ":", "/", "!", "?", "«", "»", "\"", "،", "؟", "-", "(", ")")),
                net.jqwik.api.Tuple.of(10, Arbitraries.of(" ", " ", "\n", "\t", "\r", "\u00A0", "\u2029")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(4, chars('\u0000', '\uFFFF')),                // anything, lone surrogates too
                net.jqwik.api.Tuple.of(2, chars('\uD800', '\uDFFF')));
        return piece.list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    private static Arbitrary<String> chars(char from, char to) {
        return Arbitraries.chars().range(from, to).map(String::valueOf);
    }

    @Property(tries = 2000)
    void everyTokenMapsBackToOriginalTextThatNormalisesToIt(@ForAll("newsLikeJunk") String s) {
        NormalizedText text = Normalizer.instance().apply(s);
        TextLayerInvariants.checkTokensMapBack(text, Tokenizer.instance().tokenize(text.normalized()));
    }

    @Property(tries = 2000)
    void offsetsNeverGoBackwards(@ForAll("newsLikeJunk") String s) {
        TextLayerInvariants.checkOffsetMap(Normalizer.instance().apply(s));
    }

    @Property(tries = 2000)
    void normalisationIsIdempotent(@ForAll("newsLikeJunk") String s) {
        TextLayerInvariants.checkIdempotent(Normalizer.instance().apply(s));
    }

    @Property(tries = 2000)
    void sentencesAreOrderedDisjointAndNonEmpty(@ForAll("newsLikeJunk") String s) {
        String normalized = Normalizer.normalize(s);
        TextLayerInvariants.checkSentences(normalized, SentenceSplitter.instance().split(normalized));
    }

    @Property(tries = 2000)
    void tokensAreOrderedAndDisjoint(@ForAll("newsLikeJunk") String s) {
        String normalized = Normalizer.normalize(s);
        TextLayerInvariants.checkTokens(normalized, Tokenizer.instance().tokenize(normalized));
    }

    @Property(tries = 1000)
    void rawTextTokensAreOrderedAndDisjoint(@ForAll("newsLikeJunk") String s) {
        TextLayerInvariants.checkTokens(s, Tokenizer.instance().tokenize(s));
    }

    @Property(tries = 1000)
    void furnitureSpansAreOrderedDisjointAndNonEmpty(@ForAll("newsLikeJunk") String s) {
        String normalized = Normalizer.normalize(s);
        TextLayerInvariants.checkSpans("furniture", normalized, PageFurniture.find(normalized));
    }

    @Property(tries = 500)
    void everyContractOnAnyString(@ForAll String s) {
        TextLayerInvariants.checkAll(s);
    }
}
