package org.rasad.core.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the text layer's contracts (see {@link TextLayerInvariants}).
 *
 * <p>In a plain {@code mvn test} these run in regression mode: only the saved inputs under
 * {@code src/test/resources/org/rasad/core/text/NormalizerFuzzTestInputs/}, in milliseconds. With
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes one method per JVM for {@code maxDuration}; {@code .ci/fuzz}
 * runs each in turn. Dictionary entries must not contain a quote or a line break: Jazzer writes
 * them unescaped into a libFuzzer dictionary file, which then fails to parse.
 */
class NormalizerFuzzTest {

    @FuzzTest(maxDuration = "20s")
    @DictionaryEntries({"\uFEFB", "\u0640", "\u064E", "\u0661\u066B\u0665", "\u2474", "\uD800", "\u00BD"})
    void normalizerAndTokenizer(FuzzedDataProvider data) {
        String original = data.consumeBoolean() ? data.consumeRemainingAsString() : anyUtf16(data.consumeRemainingAsBytes());
        NormalizedText text = Normalizer.instance().apply(original);
        TextLayerInvariants.checkOffsetMap(text);
        TextLayerInvariants.checkIdempotent(text);
        java.util.List<Token> tokens = Tokenizer.instance().tokenize(text.normalized());
        TextLayerInvariants.checkTokens(text.normalized(), tokens);
        TextLayerInvariants.checkTokensMapBack(text, tokens);
        TextLayerInvariants.checkTokens(original, Tokenizer.instance().tokenize(original));
    }

    @FuzzTest(maxDuration = "20s")
    @DictionaryEntries({"...", "?!", "\u00BB.", "3.5", "\u062F.", "\u0623.\u0641.\u0628"})
    void sentenceSplitter(FuzzedDataProvider data) {
        String original = data.consumeRemainingAsString();
        String normalized = Normalizer.normalize(original);
        TextLayerInvariants.checkSentences(normalized, SentenceSplitter.instance().split(normalized));
        TextLayerInvariants.checkSentences(original, SentenceSplitter.instance().split(original));
    }

    @FuzzTest(maxDuration = "20s")
    @DictionaryEntries({"- ", "\u2022 ", "\u0627\u0642\u0631\u0627 \u0627\u064A\u0636\u0627",
            "\u0639\u0646\u0627\u0648\u064A\u0646 \u0630\u0627\u062A \u0635\u0644\u0647", "125", "share", "total:"})
    void pageFurniture(FuzzedDataProvider data) {
        String normalized = Normalizer.normalize(data.consumeRemainingAsString());
        TextLayerInvariants.checkSpans("furniture", normalized, PageFurniture.find(normalized));
    }

    /** Two bytes per UTF-16 unit, so lone and reversed surrogates occur, which a decoder would repair. */
    private static String anyUtf16(byte[] bytes) {
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }
}
