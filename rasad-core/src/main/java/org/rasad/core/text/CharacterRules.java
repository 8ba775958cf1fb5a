package org.rasad.core.text;

import java.util.List;

/**
 * What one code point becomes under the rules listed on {@link Normalizer}: its explicit rule
 * when it has one, else its NFKC form with the rules applied to that. {@code Normalizer} asks once
 * per BMP character, when it builds its table, and per supplementary character as it meets them.
 * Stateless and thread-safe.
 */
final class CharacterRules {

    private CharacterRules() {
    }

    /** The replacement of {@code codePoint}: empty when it is deleted, itself when it stays. */
    static String map(int codePoint) {
        String direct = rule(codePoint);
        if (direct != null) {
            return direct;
        }
        String self = new String(Character.toChars(codePoint));
        String nfkc = java.text.Normalizer.normalize(self, java.text.Normalizer.Form.NFKC);
        return nfkc.equals(self) ? self : expansionOrSelf(self, applyRules(nfkc));
    }

    /**
     * Keeps a compatibility character as it is when its expansion would become several tokens
     * («⑴» → «(1)», «ﷺ» → four words, «🄁» → «0,»): a token must map back to original characters
     * whose own normal form is that token, so one character cannot feed two tokens.
     */
    private static String expansionOrSelf(String self, String expansion) {
        if (expansion.length() <= 1) {
            return expansion;
        }
        List<Token> tokens = Tokenizer.instance().tokenize(expansion);
        boolean oneRun = tokens.size() == 1 && tokens.get(0).text().equals(expansion)
                && tokens.get(0).kind() != Token.Kind.PUNCTUATION && tokens.get(0).kind() != Token.Kind.OTHER;
        return oneRun ? expansion : self;
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
            case 0x2044 -> "/";                                                // fraction slash: «½» → «1/2»
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
