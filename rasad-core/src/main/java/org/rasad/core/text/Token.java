package org.rasad.core.text;

/**
 * One token of the normalised text.
 *
 * @param text   the normalised surface form
 * @param start  start offset in the normalised text
 * @param end    end offset (exclusive) in the normalised text
 * @param kind   what sort of token it is
 */
public record Token(String text, int start, int end, Kind kind) {

    public enum Kind { ARABIC, NUMBER, LATIN, PUNCTUATION, OTHER }

    public Token {
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("token «" + text + "» does not fit span [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return kind == Kind.ARABIC || kind == Kind.LATIN;
    }

    public boolean is(String s) {
        return text.equals(s);
    }
}
