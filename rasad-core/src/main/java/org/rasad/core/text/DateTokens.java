package org.rasad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text into what the date rules look at: words (runs of letters), numbers
 * (runs of ASCII digits) and single punctuation marks. Spaces and line breaks only separate.
 * Digits and letters are split apart, so «1443هـ» gives «1443» and «ه». Linear time.
 */
final class DateTokens {

    enum Kind { WORD, NUMBER, MARK }

    /**
     * One token. {@code forms} are the word itself and then the word without a clitic
     * prefix («والخميس» → «الخميس», «بالأمس» → «الامس», «للخميس» → «الخميس»), computed once.
     */
    record Token(Kind kind, String text, int start, int end, List<String> forms) {

        /** The value of a number of at most four digits, else −1. */
        int number() {
            return kind == Kind.NUMBER && text.length() <= 4 ? Integer.parseInt(text) : -1;
        }
    }

    private DateTokens() {
    }

    static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int j = i + 1;
            Kind kind;
            if (isDigit(c)) {
                kind = Kind.NUMBER;
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
            } else if (Character.isLetter(c)) {
                kind = Kind.WORD;
                while (j < n && Character.isLetter(s.charAt(j))) {
                    j++;
                }
            } else if (Character.isWhitespace(c)) {
                i = j;
                continue;
            } else {
                kind = Kind.MARK;
            }
            String text = s.substring(i, j);
            tokens.add(new Token(kind, text, i, j, kind == Kind.WORD ? forms(text) : List.of(text)));
            i = j;
        }
        return tokens;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The word, then without «و/ف», then without «ب/ل/ك» (keeping the article «ال»). */
    static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(3);
        forms.add(word);
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
            forms.add(w);
        }
        if (w.length() > 3 && w.startsWith("لل")) {
            forms.add("ال" + w.substring(2));
        } else if (w.length() > 4 && (w.startsWith("بال") || w.startsWith("كال"))) {
            forms.add(w.substring(1));
        } else if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')) {
            forms.add(w.substring(1));
        }
        return List.copyOf(forms);
    }
}
