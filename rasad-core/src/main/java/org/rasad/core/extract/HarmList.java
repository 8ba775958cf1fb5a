package org.rasad.core.extract;

import java.util.Set;

/**
 * Kinds of violence listed as nouns, one after another: «دوامة القتل والانفجارات وأعمال الخطف والاغتصاب», «أعمال
 * قتل واغتصاب ونزوح», «عمليات القتل والخطف والتهجير», «ما جرى من اغتيالات وانفجارات». Such a list sums up what a war,
 * a group or a period did; it names no incident. A report names the one thing that happened («قتل 5 في هجوم»), or
 * two sides of one fight with their day («الاشتباكات والقصف أمس»), which the rule leaves alone: only lists with a
 * kind that no battle report pairs (abduction, rape, torture, displacement, killing as a practice) count.
 *
 * <p>An element is a noun: definite («القتل»), a plural («اغتيالات»), or after a word for acts («أعمال قتل»).
 * Elements are joined by «و» or «أو»; none is counted («44 تفجيرا» counts incidents, which is a toll of its own).
 */
final class HarmList {

    private HarmList() {
    }

    /** Harm words that are no event cue of their own: the displacement and plunder that such lists go on with. */
    private static final Set<String> OTHER_HARMS = WordLists.of("LISTED_HARMS");
    /** «أعمال», «عمليات», «حملات», «جرائم»: before a bare noun of harm, they make it an act of a kind. */
    private static final Set<String> ACT_WORDS = WordLists.of("ACT_WORDS");

    /**
     * Where the list of kinds of harm that the event word at {@code trigger} belongs to begins, within
     * {@code [from, to)}; -1 when the word is no part of such a list.
     */
    static int listStart(Annotations a, int trigger, int from, int to) {
        int start = elementStart(a, trigger, from);
        if (start < 0) {
            return -1;
        }
        int elements = 1;
        boolean practice = practiceKind(a, trigger);
        // to the left: «… والانفجارات» has an element before it, ending at the word before its «و»
        int i = start;
        while (true) {
            int last = isConjunctionWord(a.ix.word(Math.max(i - 1, 0))) ? i - 2 : startsWithAnd(a.ix.word(i)) ? i - 1 : -1;
            int head = last > from ? headOfElementEndingAt(a, last, from) : -1;
            if (head < 0) {
                break;
            }
            elements++;
            practice |= practiceKind(a, head);
            i = elementStart(a, head, from);
        }
        // to the right
        int j = elementEnd(a, trigger, to);
        while (j < to && (startsWithAnd(a.ix.word(j)) || isConjunctionWord(a.ix.word(j)))) {
            int head = harmAt(a, j, to);
            if (head < 0) {
                break;
            }
            elements++;
            practice |= practiceKind(a, head);
            j = elementEnd(a, head, to);
        }
        return elements >= 2 && practice ? i : -1;
    }

    /** «والخطف»: the element is joined by «و» written on it. */
    private static boolean startsWithAnd(String w) {
        return w.startsWith("و") && w.length() > 3;
    }

    /** «أو», or «و» written apart: the next word begins the next element. */
    private static boolean isConjunctionWord(String w) {
        return w.equals("او") || w.equals("و");
    }

    /** The harm noun an element starting at {@code i} is about («وأعمال الخطف» → «الخطف»), or -1. */
    private static int harmAt(Annotations a, int i, int to) {
        if (isConjunctionWord(a.ix.word(i))) {
            i++;
        }
        if (i >= to) {
            return -1;
        }
        if (ACT_WORDS.contains(a.ix.bare(i)) && i + 1 < to && isHarm(a, i + 1)) {
            return i + 1;
        }
        return isHarm(a, i) && nounForm(a, i) ? i : -1;
    }

    /** Where the element whose harm word is {@code head} begins («أعمال» before «قتل»), or -1 if it is no noun. */
    private static int elementStart(Annotations a, int head, int from) {
        if (!isHarm(a, head)) {
            return -1;
        }
        if (head > from && ACT_WORDS.contains(a.ix.bare(head - 1))) {
            return head - 1;
        }
        if (nounForm(a, head)) {
            return head;
        }
        // «أعمال قتل واغتصاب ونزوح»: a bare noun joined to the acts named before it is one of them
        for (int j = head - 1; j > from && startsWithAnd(a.ix.word(j + 1)) && isHarm(a, j); j--) {
            if (ACT_WORDS.contains(a.ix.bare(j - 1))) {
                return head;
            }
        }
        return -1;
    }

    /** The token after the element whose harm word is {@code head} («الاستغلال الجنسي» is one element). */
    private static int elementEnd(Annotations a, int head, int to) {
        int j = head + 1;
        while (j < to && !a.cueHead[j] && !a.cues.get(j).isEmpty() && !a.ix.isPunctuation(j)) {
            j++;
        }
        return j;
    }

    /** The harm word of an element ending at {@code last} (its head, for a phrase of several words), or -1. */
    private static int headOfElementEndingAt(Annotations a, int last, int from) {
        int j = last;
        while (j > from && !a.cueHead[j] && !a.cues.get(j).isEmpty()) {
            j--;
        }
        if (a.ix.isPunctuation(j) || !isHarm(a, j)) {
            return -1;
        }
        return elementStart(a, j, from) < 0 ? -1 : j;
    }

    private static boolean isHarm(Annotations a, int i) {
        if (a.quantity[i] != null || i > 0 && a.quantity[i - 1] != null) {
            return false;
        }
        if (a.cueHead[i] && a.cues.get(i).stream().anyMatch(c -> c.isViolent() || c == Cue.KILLED)) {
            return true;
        }
        return a.ix.formIn(i, OTHER_HARMS);
    }

    /** The kinds no battle report lists beside each other: abduction, rape, torture, killing as a practice, displacement. */
    private static boolean practiceKind(Annotations a, int i) {
        return a.has(i, Cue.KIDNAP) || a.has(i, Cue.SEXUAL) || a.has(i, Cue.ABUSE) || a.has(i, Cue.ASSASSINATE)
                || a.has(i, Cue.KILLED) && !a.has(i, Cue.KILLED_NOUN) || a.ix.formIn(i, OTHER_HARMS);
    }

    /** Definite («القتل», «بالضرب», «للتعذيب») or a plural («اغتيالات», «وانفجارات»). */
    private static boolean nounForm(Annotations a, int i) {
        String w = a.ix.bare(i);
        return a.ix.hasArticle(i) || w.endsWith("ات") && w.length() >= 5;
    }
}
