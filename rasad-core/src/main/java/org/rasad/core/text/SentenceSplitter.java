package org.rasad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised news text into sentences.
 *
 * <p>Rules:
 * <ul>
 *   <li>a line break ends a sentence: headlines, datelines and list items stand on lines of their own;</li>
 *   <li>{@code . ! ?} end a sentence when followed by white space or the end, together with any
 *       closing quotes or brackets right after them and any further terminators («?!», «...»);</li>
 *   <li>a full stop between digits («3.5») or after a single letter («د.», «أ.ف.ب», «U.S.») does not;</li>
 *   <li>a colon, comma or semicolon never does (news sentences run long, and the clauses stay together);</li>
 *   <li>spans are trimmed of white space; empty sentences are dropped.</li>
 * </ul>
 * Stateless and thread-safe; one pass.
 */
public final class SentenceSplitter {

    private static final SentenceSplitter INSTANCE = new SentenceSplitter();

    private SentenceSplitter() {
    }

    public static SentenceSplitter instance() {
        return INSTANCE;
    }

    public List<Sentence> split(String s) {
        List<Sentence> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (isTerminator(c)) {
                int after = endOfTerminators(s, i);
                if (after < n && !Character.isWhitespace(s.charAt(after))) {
                    i = after - 1;  // «3.5», «أ.ف.ب»: no terminator of this run ends a sentence; skip it whole (linear time)
                } else if (c != '.' || !isSingleLetterBefore(s, i)) {
                    end = after;
                    i = end - 1;
                }
            }
            if (end >= 0) {
                add(out, s, start, end);
                start = end;
            }
        }
        add(out, s, start, n);
        return out;
    }

    /**
     * Just after the run of terminators and closing quotes that starts at {@code i}: «?!», «...» and
     * «.»» belong to the sentence they end, not to a sentence of their own.
     */
    private static int endOfTerminators(String s, int i) {
        int n = s.length();
        int next = i + 1;
        while (next < n && (isTerminator(s.charAt(next)) || isCloser(s.charAt(next)))) {
            next++;
        }
        return next;
    }

    /** «د.» or the «ب» in «أ.ف.ب.»: an abbreviation, not the end of a sentence. */
    private static boolean isSingleLetterBefore(String s, int i) {
        if (i == 0 || !Character.isLetter(s.charAt(i - 1))) {
            return false;
        }
        return i == 1 || !Character.isLetter(s.charAt(i - 2));
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
    }

    private static void add(List<Sentence> out, String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), new Span(start, end)));
        }
    }
}
