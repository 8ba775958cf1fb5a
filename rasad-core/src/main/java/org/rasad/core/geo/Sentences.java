package org.rasad.core.geo;

/** The sentence around a character offset, for the geocoder's look at a place's surroundings. */
final class Sentences {

    private static final String ENDS = ".!?؟\n";

    private Sentences() {
    }

    /** [start, end) of the sentence holding {@code [from, to)}; the whole text when the offsets are out of it. */
    static int[] around(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            return new int[] {0, text.length()};
        }
        int s = from;
        while (s > 0 && ENDS.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = to;
        while (e < text.length() && ENDS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return new int[] {s, e};
    }
}
