package org.rasad.core.text;

import org.rasad.core.text.NumberWords.Entry;
import org.rasad.core.text.NumberWords.Kind;

/**
 * Reads one number expression starting at a token: digits, number words or both
 * («1.5 مليون», «ثلاثه الاف», «الف ومئتين وخمسين», «مئه وخمسه وعشرين», «ثلاثه عشر الفا»).
 * Which part may follow which is {@link CompoundNumber}'s business; this class walks the tokens:
 * <ul>
 *   <li>the first word may carry a proclitic «و ف ب ل» («وثلاثه», «لاثنين»); later words only the
 *       conjunction «و», glued («وعشرين») or as a word of its own («و عشرين», «و500»);</li>
 *   <li>a fractional figure («1.5», or the ambiguous «12.000») is read together with the scale
 *       word after it; without one it stands alone only if it is whole;</li>
 *   <li>«ونصف» after a scale may be followed by that scale with the article («ونصف المليون»).</li>
 * </ul>
 * One instance per read: not shared, so the parser stays thread-safe.
 */
final class NumberGrammar {

    /**
     * @param end           the token after the expression
     * @param proclitic     letters skipped on the first word
     * @param bareCountWord the expression is «احد»/«احدي» alone, a count only before a noun
     */
    record Reading(int end, long value, int proclitic, boolean bareCountWord) {
    }

    private static final String HALF = "ونصف";

    private final QuantityTokens tokens;
    private final CompoundNumber number = new CompoundNumber();
    private int proclitic;
    private boolean firstNeedsNoun;

    private NumberGrammar(QuantityTokens tokens) {
        this.tokens = tokens;
    }

    /** The expression starting at token {@code first}, or null when none starts there. */
    static Reading read(QuantityTokens tokens, int first) {
        return new NumberGrammar(tokens).run(first);
    }

    private Reading run(int first) {
        int goodEnd = -1;
        long goodValue = 0;
        int i = first;
        while (i < tokens.size() && !number.isHalved()) {
            boolean conj = number.isStarted() && tokens.word(i).equals("و");
            int k = conj ? i + 1 : i;
            int consumed = step(k, conj);
            if (consumed == 0) {
                break;
            }
            i = k + consumed;
            if (number.isComplete()) {  // «اثنا» alone is no number: keep the reading from before it
                goodEnd = i;
                goodValue = number.value();
            }
        }
        return goodEnd < 0 ? null : new Reading(goodEnd, goodValue, proclitic, firstNeedsNoun && goodEnd == first + 1);
    }

    /** How many tokens continue the expression at token {@code k}; 0 when none does. */
    private int step(int k, boolean conj) {
        try {
            if (!conj && number.isStarted() && tokens.word(k).equals(HALF)) {
                return half(k);
            }
            if (tokens.kind(k) == QuantityTokens.Kind.DIGITS) {
                return digits(k, conj);
            }
            return tokens.isWord(k) && word(tokens.word(k), conj) ? 1 : 0;
        } catch (ArithmeticException overflow) {
            return 0;
        }
    }

    private boolean word(String word, boolean conj) {
        Entry e = NumberWords.exact(word);
        if (!number.isStarted()) {
            if (!NumberWords.mayEndNumberWord(word)) {
                return false;
            }
            proclitic = NumberWords.procliticLength(word, w -> NumberWords.exact(w) != null);
            if (proclitic < 0) {
                return false;
            }
            e = NumberWords.exact(word.substring(proclitic));
            firstNeedsNoun = e.needsNoun();
        } else if (e == null && !conj && word.length() > 2 && word.charAt(0) == 'و') {
            e = NumberWords.exact(word.substring(1));
            conj = true;
        }
        return e != null && number.accept(e, conj);
    }

    private int digits(int k, boolean conj) {
        DigitNumber figure = tokens.digits(k);
        Entry next = tokens.isWord(k + 1) ? NumberWords.exact(tokens.word(k + 1)) : null;
        if ((figure.dotMayBeThousands() || figure.alone() == null) && next != null && next.kind() == Kind.SCALE) {
            return number.acceptScaled(figure, next, conj) ? 2 : 0;
        }
        Long whole = figure.alone();
        return whole != null && number.acceptDigits(whole, conj) ? 1 : 0;
    }

    private int half(int k) {
        if (!number.acceptHalf()) {
            return 0;
        }
        String article = tokens.word(k + 1);
        Entry e = article.startsWith("ال") ? NumberWords.exact(article.substring(2)) : null;
        return e != null && e.kind() == Kind.SCALE && e.value() == number.lastScale() ? 2 : 1;
    }
}
