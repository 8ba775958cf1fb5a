package org.rasad.core.extract;

import java.util.Set;

/**
 * Who a casualty figure is attributed to, so that rival figures quoted in one article («the army
 * says 8 killed; the local council says 3 bodies») reach consolidation as claims of different
 * claimants instead of one muddled total.
 *
 * <ul>
 *   <li>an attribution verb («أكد», «قال», «أعلن», «نفى», «ذكرت» …) or preposition («وفق», «بحسب»)
 *       earlier in the figure's sentence introduces a speaker; the nearest one before the figure wins;</li>
 *   <li>the speaker is the first actor or speaker noun («رئيس», «مصدر», «وزارة», «المجلس» …) within a
 *       few words after the verb, over adverbs and pronouns («فيه», «حينها», «أمس»); it is named by its
 *       canonical actor name, else by the speaker noun and the two words after it, as written;</li>
 *   <li>a verb with no speaker of its own («وأكد العثور على», «مؤكدا») continues the previous speaker
 *       of the sentence: Arabic does not repeat a subject it already has;</li>
 *   <li>no attribution before the figure: null, the outlet itself speaks.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Attribution {

    /** How far after an attribution verb its speaker may start. */
    private static final int SPEAKER_REACH = 4;
    private static final Set<String> VERBS = WordLists.of("ATTRIBUTION_VERBS");
    private static final Set<String> PREPOSITIONS = WordLists.of("ATTRIBUTION_PREPOSITIONS");
    private static final Set<String> SPEAKERS = WordLists.of("ATTRIBUTION_SPEAKERS");

    /** Words after a speaker noun that end its name: complementisers, time words, prepositions. */
    private static final Set<String> NOT_NAME = WordLists.of("ATTRIBUTION_NOT_NAME");

    private Attribution() {
    }

    /** «بحسب», «وفق», «نقلا»: the words that introduce who tells what went before. */
    static boolean isPreposition(String bareWord) {
        return PREPOSITIONS.contains(bareWord);
    }

    /** The claimant of the figure starting at token {@code figure}, or null when the outlet speaks. */
    static String claimant(Annotations a, int figure) {
        int sentence = a.ix.sentenceOf(figure);
        if (sentence < 0) {
            return null;
        }
        String speaker = null;
        for (int i = a.ix.sentenceStart[sentence]; i < figure; i++) {
            boolean verb = a.ix.formIn(i, VERBS);
            if (verb || a.ix.formIn(i, PREPOSITIONS)) {
                String named = speakerAfter(a, i + 1, figure);
                if (named != null) {
                    speaker = named;
                } else if (!verb) {
                    speaker = null;  // «وفق قوله» with no name: the outlet's own hedge
                }
            }
        }
        return speaker;
    }

    /** A word that can still belong to the speaker's name («المجلس المحلي للبلدة»), not what it said. */
    private static boolean modifier(Annotations a, int i) {
        return a.ix.tokens.get(i).isWord() && a.quantity[i] == null && a.cues.get(i).isEmpty()
                && !a.ix.formIn(i, VERBS) && !a.ix.formIn(i, PREPOSITIONS) && !a.ix.formIn(i, NOT_NAME)
                && a.dates.stream().noneMatch(d -> d.start() <= i && i < d.end());
    }

    private static String speakerAfter(Annotations a, int from, int limit) {
        for (int j = from; j < Math.min(limit, from + SPEAKER_REACH); j++) {
            if (a.quantity[j] != null || a.ix.formIn(j, VERBS)) {
                return null;
            }
            ActorMention m = a.actorAt[j];
            if (m != null && !m.entry().isGeneric()) {
                return m.name();
            }
            if (a.ix.formIn(j, SPEAKERS)) {
                int end = j + 1;
                while (end < Math.min(limit, j + 3) && modifier(a, end)) {
                    end++;
                }
                return a.ix.originalText(j, end);
            }
        }
        return null;
    }
}
