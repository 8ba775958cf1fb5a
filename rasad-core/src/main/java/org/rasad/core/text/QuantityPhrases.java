package org.rasad.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed phrases around figures, in normalised spelling, matched word by word (longest first):
 * <ul>
 *   <li>qualifiers before a figure («نحو», «ما يزيد عن», «لا يقل عن», «حتي»...), whose first
 *       word may carry a proclitic («ونحو», «بحوالي»);</li>
 *   <li>qualifiers after a figure: «علي الاقل», «تقريبا»;</li>
 *   <li>vague quantities: «عشرات», «مئات», «الاف», their combinations («عشرات الالاف»,
 *       «بضع مئات»), «عده», «بضعه», «عدد من», «العديد من»... The single words «عده», «بضع» and
 *       «بضعه» count only before a word («عده مدنيين»), which keeps «عده» in other senses out.</li>
 * </ul>
 * Immutable, thread-safe.
 */
final class QuantityPhrases {

    /** A phrase found, ending before token {@code end}; proclitic letters skipped on its first word. */
    record Hit(int end, int proclitic, Qualifier qualifier, Vagueness vagueness) {
    }

    private record Phrase(String[] words, Qualifier qualifier, Vagueness vagueness, boolean needsNoun) {
    }

    private static final Set<String> NEGATIONS = Set.of("لم", "لا", "ما", "لن", "ليس", "دون", "بدون", "ولم",
            "ولا", "فلم", "فلا", "ولن", "وليس", "غير");
    private static final Set<String> PERCENT = Set.of("بالمئه", "بالمائه", "المئه", "المائه");

    private static final Map<String, List<Phrase>> BEFORE = new HashMap<>();
    private static final Map<String, List<Phrase>> AFTER = new HashMap<>();
    private static final Map<String, List<Phrase>> VAGUE = new HashMap<>();

    static {
        qualifier(BEFORE, Qualifier.ABOUT, "نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "يقارب", "ما يقرب من",
                "ما يناهز", "يناهز");
        qualifier(BEFORE, Qualifier.MORE_THAN, "اكثر من", "ما يزيد عن", "ما يزيد علي", "يزيد عن", "يزيد علي",
                "ازيد من", "ما يربو علي", "يربو علي");
        qualifier(BEFORE, Qualifier.AT_LEAST, "لا يقل عن", "ما لا يقل عن", "علي الاقل");
        qualifier(BEFORE, Qualifier.LESS_THAN, "اقل من", "ما يقل عن");
        qualifier(BEFORE, Qualifier.UP_TO, "ما يصل الي", "حتي");
        qualifier(AFTER, Qualifier.AT_LEAST, "علي الاقل");
        qualifier(AFTER, Qualifier.ABOUT, "تقريبا");
        vague(Vagueness.DOZENS, "عشرات", "العشرات", "بضع عشرات", "بضعه عشرات", "عده عشرات");
        vague(Vagueness.HUNDREDS, "مئات", "المئات", "بضع مئات", "بضعه مئات", "عده مئات");
        vague(Vagueness.THOUSANDS, "الاف", "الالاف", "الوف", "الالوف");
        for (String multiple : List.of("عشرات", "العشرات", "مئات", "المئات", "بضع", "بضعه", "عده")) {
            vague(Vagueness.THOUSANDS, multiple + " الاف", multiple + " الالاف");
        }
        // the object of a verb takes the accusative: «قتل مسلحون عددا من المدنيين»
        vague(Vagueness.FEW, "عدد قليل من", "عددا قليلا من");
        vague(Vagueness.SEVERAL, "عدد من", "عددا من");
        vague(Vagueness.MANY, "عدد كبير من", "عددا كبيرا من", "العديد من", "العديد", "الكثير من", "الكثير",
                "كثير من", "اعداد كبيره من", "اعداد كبيره", "اعدادا كبيره من", "اعدادا كبيره");
        for (String modifier : List.of("عده", "بضع", "بضعه")) {
            add(VAGUE, new Phrase(new String[] {modifier}, null,
                    modifier.equals("عده") ? Vagueness.SEVERAL : Vagueness.FEW, true));
        }
        for (Map<String, List<Phrase>> m : List.of(BEFORE, AFTER, VAGUE)) {
            m.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed()));
        }
    }

    /** Endings of each table's first words (after the tables are filled): most words are skipped on them. */
    private static final WordEndings BEFORE_ENDS = WordEndings.of(BEFORE.keySet());
    private static final WordEndings AFTER_ENDS = WordEndings.of(AFTER.keySet());
    private static final WordEndings VAGUE_ENDS = WordEndings.of(VAGUE.keySet());

    private QuantityPhrases() {
    }

    static Hit before(QuantityTokens t, int i) {
        return match(BEFORE, BEFORE_ENDS, t, i, true);
    }

    static Hit after(QuantityTokens t, int i) {
        return match(AFTER, AFTER_ENDS, t, i, false);
    }

    static Hit vague(QuantityTokens t, int i) {
        return match(VAGUE, VAGUE_ENDS, t, i, true);
    }

    static boolean isNegation(String word) {
        return NEGATIONS.contains(word);
    }

    /** «50 بالمئه», «50 في المئه»: a percentage, not a count. */
    static boolean isPercentAt(QuantityTokens t, int i) {
        String w = t.word(i);
        return w.equals("بالمئه") || w.equals("بالمائه") || (w.equals("في") && PERCENT.contains(t.word(i + 1)));
    }

    private static Hit match(Map<String, List<Phrase>> phrases, WordEndings endings, QuantityTokens t, int i,
                             boolean proclitic) {
        if (!t.isWord(i)) {
            return null;
        }
        String first = t.word(i);
        if (!endings.mayEnd(first)) {
            return null;
        }
        int p = proclitic ? NumberWords.procliticLength(first, phrases::containsKey)
                : phrases.containsKey(first) ? 0 : -1;
        if (p < 0) {
            return null;
        }
        for (Phrase phrase : phrases.get(first.substring(p))) {
            int n = phrase.words().length;
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = t.isWord(i + k) && t.word(i + k).equals(phrase.words()[k]);
            }
            if (all && (!phrase.needsNoun() || t.isWord(i + n))) {
                return new Hit(i + n, p, phrase.qualifier(), phrase.vagueness());
            }
        }
        return null;
    }

    private static void qualifier(Map<String, List<Phrase>> into, Qualifier q, String... phrases) {
        for (String s : phrases) {
            add(into, new Phrase(s.split(" "), q, null, false));
        }
    }

    private static void vague(Vagueness v, String... phrases) {
        for (String s : phrases) {
            add(VAGUE, new Phrase(s.split(" "), null, v, false));
        }
    }

    private static void add(Map<String, List<Phrase>> into, Phrase p) {
        into.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
    }
}
