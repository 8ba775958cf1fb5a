package org.rasad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into tokens: runs of Arabic letters, runs of Latin letters, numbers
 * (digits with internal {@code . , : /} between digits, so «12,000», «3.5», «09:41» and
 * «2023/08/16» stay whole), and single punctuation or symbol characters. White space separates
 * tokens and is not returned.
 *
 * <p>Stateless and thread-safe; one pass over the text.
 */
public final class Tokenizer {

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
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isArabicLetter(c)) {
                while (i < n && isArabicLetter(s.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.ARABIC;
            } else if (isDigit(c)) {
                i++;
                while (i < n && (isDigit(s.charAt(i))
                        || (isNumberJoiner(s.charAt(i)) && i + 1 < n && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i - 1))))) {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i)) && !isArabicLetter(s.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.LATIN;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                kind = isPunctuation(c) ? Token.Kind.PUNCTUATION : Token.Kind.OTHER;
            }
            String text = s.substring(start, i);
            out.add(new Token(text, start, i, kind));
        }
        return out;
    }

    static boolean isArabicLetter(char c) {
        return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)
                || (c >= 0x066E && c <= 0x06D3 && c != 0x06D4) || (c >= 0x06FA && c <= 0x06FF);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
