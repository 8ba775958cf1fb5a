package org.rasad.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the quantities in a normalised Arabic news text (output of {@link Normalizer}).
 *
 * <p>Rules, tried at each token from left to right; a match is never overlapped:
 * <ul>
 *   <li>figures in digits with separators and a scale word («12,000», «1.5 مليون», «3 الاف»);
 *       times, dates, percentages and model names («09:41», «2023/08/16», «50%», «f16») are
 *       not quantities ({@link QuantityTokens}, {@link DigitNumber});</li>
 *   <li>number words and their compounds, all genders and cases ({@link NumberWords},
 *       {@link NumberGrammar}); a proclitic «و ف ب ل» on the first word is allowed; «احد» and
 *       «احدي» alone count 1 only before a word and not after a negation («لم يصب احد»);
 *       a figure followed by «بالمئه» / «في المئه» is a percentage and is skipped;</li>
 *   <li>vague quantities («عشرات», «عدد كبير من») with a {@link Vagueness} and no value;</li>
 *   <li>dual nouns from {@code dual-nouns.tsv} («جنديين») = 2, absorbing an emphatic «اثنين»
 *       after them;</li>
 *   <li>a qualifier before («نحو», «اكثر من») or after («علي الاقل», «تقريبا») the quantity, the
 *       latter possibly after the counted noun («5 جنود علي الاقل»), unless another figure follows
 *       it, in which case it belongs to that one ({@link QuantityPhrases}).</li>
 * </ul>
 * Words with the article are not numbers: «الاحد» is Sunday, «الاثنين» Monday, «الثاني» an
 * ordinal. Ordinals, weekdays and decades («الخمسينات») are simply not in the tables.
 *
 * <p>Stateless and thread-safe: one instance serves every thread. Linear in the text length,
 * since every match looks ahead a bounded number of tokens.
 */
public final class NumberParser {

    private static final NumberParser INSTANCE = new NumberParser(DualNouns.load(DualNouns.RESOURCE));
    private static final Set<String> EMPHATIC_TWO = Set.of("اثنين", "اثنان", "اثنتين", "اثنتان");
    /** How far back a negation cancels a bare «احد»: «لم يصب بأذى احد». */
    private static final int NEGATION_REACH = 3;

    private final DualNouns duals;

    private NumberParser(DualNouns duals) {
        this.duals = duals;
    }

    public static NumberParser instance() {
        return INSTANCE;
    }

    /** The quantities in {@code normalized}, sorted by start, non-overlapping, offsets into it. */
    public List<Quantity> find(String normalized) {
        Objects.requireNonNull(normalized, "normalized");
        QuantityTokens t = QuantityTokens.of(normalized);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Found f = at(t, i);
            if (f == null) {
                i++;
            } else {
                found.add(f.quantity());
                i = f.end();
            }
        }
        return List.copyOf(found);
    }

    private record Core(int start, int end, int proclitic, Long value, Vagueness vagueness, boolean dual) {
    }

    private record Found(Quantity quantity, int end) {
    }

    private Found at(QuantityTokens t, int i) {
        QuantityPhrases.Hit before = QuantityPhrases.before(t, i);
        Core core = before == null ? null : core(t, before.end());
        if (core != null) {
            return found(t, i, before.proclitic(), core, core.end(), before.qualifier());
        }
        core = core(t, i);
        if (core == null) {
            return null;
        }
        QuantityPhrases.Hit after = QuantityPhrases.after(t, core.end());
        if (after == null && t.isWord(core.end()) && core(t, core.end()) == null) {
            after = QuantityPhrases.after(t, core.end() + 1);
        }
        if (after != null && core(t, after.end()) == null) {
            return found(t, i, core.proclitic(), core, after.end(), after.qualifier());
        }
        return found(t, i, core.proclitic(), core, core.end(), Qualifier.EXACT);
    }

    private static Found found(QuantityTokens t, int first, int proclitic, Core core, int end, Qualifier q) {
        Span span = new Span(t.start(first) + proclitic, t.end(end - 1));
        Span number = new Span(t.start(core.start()) + core.proclitic(), t.end(core.end() - 1));
        return new Found(new Quantity(span, number, core.value(), core.vagueness(), q, core.dual()), end);
    }

    /** A figure, a vague quantity or a dual noun starting at token {@code i}, or null. */
    private Core core(QuantityTokens t, int i) {
        NumberGrammar.Reading r = NumberGrammar.read(t, i);
        if (r != null) {
            boolean counts = !r.bareCountWord() || countsOne(t, i);
            return counts && !QuantityPhrases.isPercentAt(t, r.end())
                    ? new Core(i, r.end(), r.proclitic(), r.value(), Vagueness.NONE, false) : null;
        }
        QuantityPhrases.Hit vague = QuantityPhrases.vague(t, i);
        if (vague != null) {
            return new Core(i, vague.end(), vague.proclitic(), null, vague.vagueness(), false);
        }
        int p = t.isWord(i) && duals.mayBeDual(t.word(i)) ? NumberWords.procliticLength(t.word(i), duals::isDual) : -1;
        if (p < 0) {
            return null;
        }
        int end = EMPHATIC_TWO.contains(t.word(i + 1)) ? i + 2 : i + 1;
        return new Core(i, end, p, 2L, Vagueness.NONE, true);
    }

    /** «احد عناصر» counts one; «لم يصب احد» and a sentence-final «احد» do not. */
    private static boolean countsOne(QuantityTokens t, int i) {
        if (!t.isWord(i + 1)) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - NEGATION_REACH && t.isWord(k); k--) {
            if (QuantityPhrases.isNegation(t.word(k))) {
                return false;
            }
        }
        return true;
    }
}
