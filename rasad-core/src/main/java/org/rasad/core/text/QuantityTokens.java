package org.rasad.core.text;

import java.util.Arrays;

/**
 * A normalised text cut into the pieces the number parser reads: Arabic words, other words
 * (Latin), digit chains and single punctuation characters. Spaces only separate pieces.
 *
 * <p>A digit chain is digits joined by {@code , . : / -} with a digit on both sides. It is
 * {@link Kind#NOT_A_NUMBER} when it is a time or a date («09:41», «2023/08/16», «16-08-2023»),
 * a percentage («50%»), or part of a name glued to Latin letters or a hyphen («f16», «3d»,
 * «ميغ-29»). A single hyphen is a range («15-20»): two figures. Digits glued to Arabic letters
 * stay figures, because a proclitic («و19») or a missing space is common in news text.
 *
 * <p>Built once per call; linear in the length of the text.
 */
final class QuantityTokens {

    enum Kind { WORD, LATIN, DIGITS, NOT_A_NUMBER, PUNCT }

    private final String text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Kind[] kinds = new Kind[16];
    private DigitNumber[] digits = new DigitNumber[16];
    /** Each token's text, made on first use: the number grammar reads the same word many times. */
    private String[] words;
    private int size;

    private QuantityTokens(String text) {
        this.text = text;
    }

    static QuantityTokens of(String text) {
        QuantityTokens t = new QuantityTokens(text);
        t.scan();
        t.words = new String[t.size];
        return t;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    Kind kind(int i) {
        return i < size ? kinds[i] : Kind.PUNCT;
    }

    /** The token's text; "" past the end, so look-ahead needs no bounds checks. */
    String word(int i) {
        if (i >= size) {
            return "";
        }
        String w = words[i];
        if (w == null) {
            w = text.substring(starts[i], ends[i]);
            words[i] = w;
        }
        return w;
    }

    boolean isWord(int i) {
        return kind(i) == Kind.WORD;
    }

    DigitNumber digits(int i) {
        return digits[i];
    }

    private void scan() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c)) {
                i = digitChain(i);
            } else if (Character.isLetter(c)) {
                int j = i;
                boolean arabic = true;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    arabic &= isArabicLetter(text.charAt(j));
                    j++;
                }
                add(i, j, arabic ? Kind.WORD : Kind.LATIN, null);
                i = j;
            } else {
                add(i, i + 1, Kind.PUNCT, null);
                i++;
            }
        }
    }

    private int digitChain(int from) {
        int n = text.length();
        int j = from;
        boolean timeOrDate = false;
        int hyphen = -1;
        int hyphens = 0;
        while (true) {
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
            if (j + 1 < n && ",.:/-".indexOf(text.charAt(j)) >= 0 && isDigit(text.charAt(j + 1))) {
                char sep = text.charAt(j);
                timeOrDate |= sep == ':' || sep == '/';
                if (sep == '-') {
                    hyphen = j;
                    hyphens++;
                }
                j++;
            } else {
                break;
            }
        }
        if (timeOrDate || hyphens > 1 || gluedToName(from, j) || isPercent(j)) {
            add(from, j, Kind.NOT_A_NUMBER, null);
        } else if (hyphens == 1) {
            addFigure(from, hyphen);
            add(hyphen, hyphen + 1, Kind.PUNCT, null);
            addFigure(hyphen + 1, j);
        } else {
            addFigure(from, j);
        }
        return j;
    }

    private void addFigure(int start, int end) {
        DigitNumber d = DigitNumber.parse(text.substring(start, end));
        add(start, end, d == null ? Kind.NOT_A_NUMBER : Kind.DIGITS, d);
    }

    private boolean gluedToName(int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean hyphenatedName = before == '-' && start > 1 && Character.isLetter(text.charAt(start - 2));
        return isForeignLetter(before) || isForeignLetter(after) || hyphenatedName;
    }

    private boolean isPercent(int end) {
        int k = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        return k < text.length() && text.charAt(k) == '%';
    }

    private void add(int start, int end, Kind kind, DigitNumber value) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            digits = Arrays.copyOf(digits, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        digits[size] = value;
        size++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u06FF' && Character.isLetter(c);
    }

    private static boolean isForeignLetter(char c) {
        return Character.isLetter(c) && !isArabicLetter(c);
    }
}
