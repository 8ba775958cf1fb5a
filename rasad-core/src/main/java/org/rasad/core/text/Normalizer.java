package org.rasad.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts Arabic news text into its matching form, keeping a map back to the original offsets.
 *
 * <p>Rules, applied per code point:
 * <ul>
 *   <li>Unicode NFKC (presentation forms and ligatures such as «ﻻ» become plain letters);</li>
 *   <li>tatweel «ـ», Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks),
 *       zero-width and bidi control characters are removed;</li>
 *   <li>alef with hamza or madda «أ إ آ ٱ» → «ا»; alef maqsura «ى» and Persian yeh «ی» → «ي»;
 *       keheh «ک» → «ك»; ta marbuta «ة» → «ه» (matching form only: evidence quotes the original);</li>
 *   <li>Arabic-Indic and Persian digits → ASCII digits; Arabic decimal and thousands separators,
 *       comma, semicolon, question mark and percent sign → their ASCII forms;</li>
 *   <li>quotation marks of every kind → {@code "} or {@code '}; dashes → {@code -}; every kind of
 *       space → a plain space; control characters (binary junk) → a space; CR → LF;</li>
 *   <li>Latin letters → lower case (stray Latin names such as «AFRICOM» still match).</li>
 * </ul>
 *
 * <p>Why not Lucene's {@code ArabicNormalizer} alone: it works in place on one token and drops
 * characters without recording where they were; Rasad needs the whole text, digits and
 * punctuation normalised too, and an offset map. The letter rules are the same as Lucene's
 * (a test checks that they agree on Arabic words).
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class Normalizer {

    private static final char DELETE = '\uFFFF';
    private static final char EXPAND = '\uFFFE';
    /** What each BMP character becomes; {@link #EXPAND} means look in {@link #EXPANSIONS}. */
    private static final char[] TABLE = new char[0x10000];
    private static final Map<Character, String> EXPANSIONS = new HashMap<>();

    static {
        for (int c = 0; c < 0x10000; c++) {
            TABLE[c] = (char) c;
        }
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String direct = rule(c);
            if (direct != null) {
                store(c, direct);
                continue;
            }
            String nfkc = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
            if (!nfkc.equals(String.valueOf((char) c))) {
                store(c, applyRules(nfkc));
            }
        }
    }

    private static final Normalizer INSTANCE = new Normalizer();

    private Normalizer() {
    }

    public static Normalizer instance() {
        return INSTANCE;
    }

    /** Convenience: the matching form of a string, without the offset map. */
    public static String normalize(String text) {
        return INSTANCE.apply(text).normalized();
    }

    public NormalizedText apply(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            String emit;
            int width = 1;
            char single = DELETE;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                width = 2;
                emit = supplementary(text.codePointAt(i));
            } else if (Character.isSurrogate(c)) {
                emit = "";  // an unpaired surrogate is broken input: drop it
            } else {
                single = TABLE[c];
                emit = single == EXPAND ? EXPANSIONS.get(c) : null;
            }
            if (emit == null) {
                if (single != DELETE) {
                    if (size == starts.length) {
                        starts = grow(starts);
                        ends = grow(ends);
                    }
                    out.append(single);
                    starts[size] = i;
                    ends[size] = i + width;
                    size++;
                }
            } else {
                for (int k = 0; k < emit.length(); k++) {
                    if (size == starts.length) {
                        starts = grow(starts);
                        ends = grow(ends);
                    }
                    out.append(emit.charAt(k));
                    starts[size] = i;
                    ends[size] = i + width;
                    size++;
                }
            }
            i += width;
        }
        return new NormalizedText(text, out.toString(), java.util.Arrays.copyOf(starts, size),
                java.util.Arrays.copyOf(ends, size));
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 8);
    }

    private static String supplementary(int codePoint) {
        String nfkc = java.text.Normalizer.normalize(new String(Character.toChars(codePoint)),
                java.text.Normalizer.Form.NFKC);
        return applyRules(nfkc);
    }

    private static void store(int c, String mapped) {
        if (mapped.isEmpty()) {
            TABLE[c] = DELETE;
        } else if (mapped.length() == 1) {
            TABLE[c] = mapped.charAt(0);
        } else {
            TABLE[c] = EXPAND;
            EXPANSIONS.put((char) c, mapped);
        }
    }

    /** Applies the letter and punctuation rules to an already NFKC-normalised string. */
    private static String applyRules(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String r = rule(cp);
            if (r == null) {
                b.appendCodePoint(cp);
            } else {
                b.append(r);
            }
        });
        return b.toString();
    }

    /** The explicit rule for one code point, or null when it stays (subject to NFKC). */
    static String rule(int c) {
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + ('a' - 'A')));
        }
        if (c >= 0x0660 && c <= 0x0669) {
            return String.valueOf((char) ('0' + c - 0x0660));
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return String.valueOf((char) ('0' + c - 0x06F0));
        }
        if (isDeleted(c)) {
            return "";
        }
        return switch (c) {
            case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673 -> "\u0627";   // alef variants → alef
            case 0x0649, 0x06CC, 0x06D0 -> "\u064A";                           // alef maqsura, farsi yeh → yeh
            case 0x06A9, 0x06AA -> "\u0643";                                   // keheh → kaf
            case 0x0629 -> "\u0647";                                           // ta marbuta → heh
            case 0x06C0 -> "\u0647";                                           // heh with yeh above
            case 0x066B -> ".";                                                // Arabic decimal separator
            case 0x066C, 0x060C -> ",";                                        // thousands separator, Arabic comma
            case 0x061B -> ";";
            case 0x061F -> "?";
            case 0x066A -> "%";
            case 0x06D4 -> ".";
            case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E -> "\"";
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4 -> "'";
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212 -> "-";
            case 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
                    0x200A, 0x202F, 0x205F, 0x3000, '\t', 0x0B, 0x0C -> " ";
            case '\r', 0x2028, 0x2029, 0x0085 -> "\n";
            default -> (c < 0x20 && c != '\n') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFD ? " " : null;
        };
    }

    private static boolean isDeleted(int c) {
        return c == 0x0640                          // tatweel
                || (c >= 0x064B && c <= 0x065F)     // harakat, shadda, sukun, hamza marks
                || c == 0x0670                      // superscript alef
                || (c >= 0x0610 && c <= 0x061A)     // Quranic honorifics and marks
                || (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6)
                || (c >= 0x200B && c <= 0x200F)     // zero-width space, joiners, LRM/RLM
                || (c >= 0x202A && c <= 0x202E)     // bidi embeddings
                || (c >= 0x2066 && c <= 0x2069)     // bidi isolates
                || c == 0xFEFF || c == 0x00AD || c == 0x061C || c == 0x034F;
    }
}
