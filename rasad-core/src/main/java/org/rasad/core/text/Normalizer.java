package org.rasad.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts Arabic news text into its matching form, keeping a map back to the original offsets.
 *
 * <p>Rules, applied per code point:
 * <ul>
 *   <li>Unicode NFKC (presentation forms and ligatures such as «ﻻ» become plain letters), except
 *       that a character whose expansion would be several tokens («⑴», «ﷺ») stays as it is, so that
 *       every token maps back to original characters that normalise to exactly that token;</li>
 *   <li>tatweel «ـ», Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks),
 *       zero-width and bidi control characters are removed;</li>
 *   <li>alef with hamza or madda «أ إ آ ٱ» → «ا»; alef maqsura «ى» and Persian yeh «ی» → «ي»;
 *       keheh «ک» → «ك»; ta marbuta «ة» → «ه» (matching form only: evidence quotes the original);</li>
 *   <li>Arabic-Indic and Persian digits → ASCII digits; Arabic decimal and thousands separators,
 *       comma, semicolon, question mark, percent sign and fraction slash → their ASCII forms;</li>
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
            if (!Character.isSurrogate((char) c)) {
                store(c, CharacterRules.map(c));
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
                emit = CharacterRules.map(text.codePointAt(i));
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

    private static void store(int c, String mapped) {
        if (mapped.length() == 1 && mapped.charAt(0) == c) {
            TABLE[c] = (char) c;
        } else if (mapped.isEmpty()) {
            TABLE[c] = DELETE;
        } else if (mapped.length() == 1) {
            TABLE[c] = mapped.charAt(0);
        } else {
            TABLE[c] = EXPAND;
            EXPANSIONS.put((char) c, mapped);
        }
    }
}
