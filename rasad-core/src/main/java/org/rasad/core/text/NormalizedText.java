package org.rasad.core.text;

import java.util.Objects;

/**
 * A text in its matching form together with a map back to the original characters.
 *
 * <p>Character {@code i} of {@link #normalized()} was produced by the original characters
 * {@code [originalStart(i), originalEnd(i))}. Several normalised characters may come from one
 * original character (a ligature), and original characters may vanish (tatweel, diacritics), so
 * the map is kept per normalised character. Evidence is always quoted from the original.
 *
 * <p>Immutable and thread-safe (the arrays are never exposed).
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String normalized, int[] starts, int[] ends) {
        this.original = Objects.requireNonNull(original, "original");
        this.normalized = Objects.requireNonNull(normalized, "normalized");
        if (starts.length != normalized.length() || ends.length != normalized.length()) {
            throw new IllegalArgumentException("offset map length " + starts.length + "/" + ends.length
                    + " does not match normalised length " + normalized.length());
        }
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    public int length() {
        return normalized.length();
    }

    /** Original offset where normalised character {@code i} begins. */
    public int originalStart(int i) {
        return i >= starts.length ? original.length() : starts[i];
    }

    /** Original offset just after the characters that produced normalised character {@code i}. */
    public int originalEnd(int i) {
        return ends[i];
    }

    /** Maps a normalised span {@code [start, end)} to the original span that produced it. */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > normalized.length() || start > end) {
            throw new IndexOutOfBoundsException("normalised span [" + start + ", " + end
                    + ") outside text of length " + normalized.length());
        }
        if (start == end) {
            int at = originalStart(start);
            return new Span(at, at);
        }
        return new Span(starts[start], ends[end - 1]);
    }

    public Span toOriginal(Span normalizedSpan) {
        return toOriginal(normalizedSpan.start(), normalizedSpan.end());
    }

    /** The original characters behind a normalised span: what evidence quotes. */
    public String originalText(int start, int end) {
        return toOriginal(start, end).of(original);
    }

    /**
     * The normalised index of the first normalised character produced at or after original
     * offset {@code originalOffset} (binary search; the map is monotone).
     */
    public int fromOriginal(int originalOffset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < originalOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return normalized;
    }
}
