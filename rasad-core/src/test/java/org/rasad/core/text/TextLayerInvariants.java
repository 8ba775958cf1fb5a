package org.rasad.core.text;

import java.util.List;

/**
 * The contracts of the text layer, checked on any input; shared by the jqwik properties, the
 * bad-input tests and the Jazzer fuzz tests. Each check throws {@link AssertionError} naming the
 * broken contract and the offending offsets.
 */
final class TextLayerInvariants {

    private TextLayerInvariants() {
    }

    /** Runs the whole text layer over {@code original} and checks every contract. */
    static void checkAll(String original) {
        NormalizedText text = Normalizer.instance().apply(original);
        checkOffsetMap(text);
        checkIdempotent(text);
        List<Token> tokens = Tokenizer.instance().tokenize(text.normalized());
        checkTokens(text.normalized(), tokens);
        checkTokensMapBack(text, tokens);
        checkSentences(text.normalized(), SentenceSplitter.instance().split(text.normalized()));
        checkSpans("furniture", text.normalized(), PageFurniture.find(text.normalized()));
    }

    /** Every normalised character comes from a non-empty original range; offsets never go backwards. */
    static void checkOffsetMap(NormalizedText text) {
        int previousStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            int start = text.originalStart(i);
            int end = text.originalEnd(i);
            require(start < end && end <= text.original().length(),
                    "normalised char " + i + " maps to [" + start + ", " + end + ")");
            require(start >= previousStart && end >= previousEnd,
                    "offsets go backwards at normalised char " + i + ": [" + start + ", " + end
                            + ") after [" + previousStart + ", " + previousEnd + ")");
            previousStart = start;
            previousEnd = end;
        }
    }

    static void checkIdempotent(NormalizedText text) {
        String again = Normalizer.normalize(text.normalized());
        require(again.equals(text.normalized()), "normalisation is not idempotent: «" + escape(text.normalized())
                + "» → «" + escape(again) + "»");
    }

    /** THE invariant: every normalised token maps back to original text that normalises to it. */
    static void checkTokensMapBack(NormalizedText text, List<Token> tokens) {
        for (Token t : tokens) {
            String source = text.originalText(t.start(), t.end());
            String renormalized = Normalizer.normalize(source);
            require(renormalized.equals(t.text()), "token «" + escape(t.text()) + "» at [" + t.start() + ", "
                    + t.end() + ") maps back to «" + escape(source) + "», which normalises to «"
                    + escape(renormalized) + "»");
        }
    }

    static void checkTokens(String s, List<Token> tokens) {
        int previousEnd = 0;
        for (Token t : tokens) {
            require(t.start() >= previousEnd && t.start() < t.end() && t.end() <= s.length(),
                    "token [" + t.start() + ", " + t.end() + ") after " + previousEnd + " in text of " + s.length());
            require(s.substring(t.start(), t.end()).equals(t.text()), "token text differs from its span");
            previousEnd = t.end();
        }
    }

    static void checkSentences(String s, List<Sentence> sentences) {
        checkSpans("sentence", s, sentences.stream().map(Sentence::span).toList());
        for (int i = 0; i < sentences.size(); i++) {
            require(sentences.get(i).index() == i, "sentence " + i + " has index " + sentences.get(i).index());
        }
    }

    /** In order, not overlapping, within bounds, not empty. */
    static void checkSpans(String what, String s, List<Span> spans) {
        int previousEnd = 0;
        for (Span span : spans) {
            require(span.start() >= previousEnd && span.end() > span.start() && span.end() <= s.length(),
                    what + " " + span + " after " + previousEnd + " in text of " + s.length());
            previousEnd = span.end();
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** Shows invisible and surrogate characters in failure messages. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT || c > 0xFFEF) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
