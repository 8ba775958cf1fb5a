package org.rasad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into tokens:
 * <ul>
 *   <li>runs of Arabic-script letters (ARABIC);</li>
 *   <li>numbers: ASCII digits with internal {@code . , : /} between digits, so «12,000», «3.5»,
 *       «09:41» and «2023/08/16» stay whole, while «80كلم» is a number and a word (NUMBER);</li>
 *   <li>runs of letters of any other script (LATIN, the usual case being stray Latin names);</li>
 *   <li>single punctuation characters (PUNCTUATION) and single other characters, a surrogate pair
 *       (emoji) counting as one (OTHER).</li>
 * </ul>
 * White space separates tokens and is not returned. A lone surrogate is a token of its own and
 * never swallows the character after it.
 *
 * <p>Stateless and thread-safe; one pass over the text, one lookup per character in a class table
 * built once (the text layer runs over every crawled page, see {@code TextLayerBenchmark}).
 */
public final class Tokenizer {

    private static final byte SPACE = 0;
    private static final byte ARABIC = 1;
    private static final byte DIGIT = 2;
    private static final byte LETTER = 3;
    private static final byte PUNCTUATION = 4;
    private static final byte SYMBOL = 5;
    private static final char TATWEEL = '\u0640';
    private static final byte[] CLASS = new byte[0x10000];

    static {
        for (int c = 0; c < CLASS.length; c++) {
            CLASS[c] = classify((char) c);
        }
    }

    private static final Tokenizer INSTANCE = new Tokenizer();

    private Tokenizer() {
    }

    public static Tokenizer instance() {
        return INSTANCE;
    }

    public List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 1);
        int n = s.length();
        int i = 0;
        while (i < n) {
            byte cls = CLASS[s.charAt(i)];
            if (cls == SPACE) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            switch (cls) {
                case ARABIC, LETTER -> {
                    do {
                        i++;
                    } while (i < n && CLASS[s.charAt(i)] == cls);
                    kind = cls == ARABIC ? Token.Kind.ARABIC : Token.Kind.LATIN;
                }
                case DIGIT -> {
                    i = endOfNumber(s, i);
                    kind = Token.Kind.NUMBER;
                }
                case PUNCTUATION -> {
                    i++;
                    kind = Token.Kind.PUNCTUATION;
                }
                default -> {
                    boolean pair = Character.isHighSurrogate(s.charAt(i)) && i + 1 < n
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    i += pair ? 2 : 1;
                    kind = Token.Kind.OTHER;
                }
            }
            out.add(new Token(s.substring(start, i), start, i, kind));
        }
        return out;
    }

    /** The end of the number starting at {@code i}: a joiner only counts between two digits. */
    private static int endOfNumber(String s, int i) {
        int n = s.length();
        i++;
        while (i < n) {
            char c = s.charAt(i);
            if (CLASS[c] == DIGIT) {
                i++;
            } else if (isNumberJoiner(c) && i + 1 < n && CLASS[s.charAt(i + 1)] == DIGIT) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isArabicLetter(char c) {
        return CLASS[c] == ARABIC;
    }

    private static byte classify(char c) {
        if (Character.isWhitespace(c)) {
            return SPACE;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c == TATWEEL) {
            return ARABIC;  // a letter of the Common script; normalised text has none, raw text keeps words whole
        }
        if (Character.isLetter(c)) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC ? ARABIC : LETTER;
        }
        return isPunctuation(c) ? PUNCTUATION : SYMBOL;
    }

    private static boolean isNumberJoiner(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/';
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
