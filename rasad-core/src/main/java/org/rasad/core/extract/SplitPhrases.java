package org.rasad.core.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Phrases whose verb and noun stand apart: «فتح مسلحون النار», «أطلقت قوات الاحتلال الصهيونية النار», «احتجزوا أربعة
 * من الشرطة رهائن», «أحرق مستوطنون، الليلة الماضية، منزلين», «اعترضت الدفاعات الجوية صاروخا». The subject, the object
 * or the time stands between them, so no phrase of the dictionary covers them; the noun carries the cue all the same.
 * The noun alone names people or things («الرهائن», «منازل»), not an event. The verbs and nouns are lists of
 * {@code words.tsv}.
 */
final class SplitPhrases {

    /** How far before its noun the verb may stand. */
    private static final int REACH = 7;

    /**
     * @param evenOnACue the noun gets the cue even when it has cues of its own («طائرة مسيرة» intercepted)
     */
    private record Phrase(Set<String> verbs, Set<String> nouns, Cue cue, boolean evenOnACue) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(WordLists.of("FIRE_VERBS"), WordLists.of("FIRE"), Cue.SHOOTING, false),
            new Phrase(WordLists.of("HOLDING_VERBS"), WordLists.of("HOSTAGES"), Cue.KIDNAP, false),
            new Phrase(WordLists.of("ARSON_VERBS"), WordLists.of("PROPERTY"), Cue.LOOT, false),
            // the drone or missile is an event word of its own («طائرة مسيرة»); intercepted, it did no harm
            new Phrase(WordLists.of("INTERCEPTING"), WordLists.of("INTERCEPTED"), Cue.DEFUSED, true));

    /** Every noun of every phrase: one look-up per token finds the few that may end a phrase. */
    private static final Set<String> ANY_NOUN = PHRASES.stream().flatMap(p -> p.nouns().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SplitPhrases() {
    }

    /** Adds the cue of every split phrase to its noun; one pass over the tokens. */
    static void mark(TextIndex ix, List<EnumSet<Cue>> cues, boolean[] cueHead) {
        for (int i = 1; i < ix.size(); i++) {
            String bare = Conjunction.strip(ix.word(i));
            if (!ANY_NOUN.contains(bare)) {
                continue;
            }
            for (Phrase p : PHRASES) {
                if ((p.evenOnACue() || cues.get(i).isEmpty()) && p.nouns().contains(bare) && verbBefore(ix, i, p.verbs())) {
                    cueHead[i] = true;
                    cues.get(i).add(p.cue());
                }
            }
        }
    }

    private static boolean verbBefore(TextIndex ix, int noun, Set<String> verbs) {
        for (int j = noun - 1; j >= Math.max(0, noun - REACH); j--) {
            if (ix.isPunctuation(j) && !ix.word(j).equals("،") && !ix.word(j).equals(",")) {
                return false;  // commas may set off the day between («أحرق مستوطنون، الليلة الماضية، منزلين»)
            }
            if (verbs.contains(Conjunction.strip(ix.word(j)))) {
                return true;
            }
        }
        return false;
    }
}
