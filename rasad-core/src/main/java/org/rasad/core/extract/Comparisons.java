package org.rasad.core.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * «في أسوأ هجوم تشهده العاصمة منذ سنوات», «وهي الحصيلة الأعلى منذ بداية العام»: a superlative measured against a
 * past period. The period after «منذ» is the yardstick of the incident told, not the span of a summary or a piece of
 * background, so its phrase loses the background cue. Without the superlative («قتل 500 شخص منذ بداية العام») the
 * period stays what it was.
 */
final class Comparisons {

    /** How far before «منذ» the superlative may stand: the noun it qualifies and a relative clause between. */
    private static final int REACH = 8;

    private static final Set<String> SUPERLATIVES = WordLists.of("SUPERLATIVES");

    private Comparisons() {
    }

    static void unmark(TextIndex ix, List<EnumSet<Cue>> cues, boolean[] cueHead) {
        for (int i = 1; i < ix.size(); i++) {
            if (cueHead[i] && cues.get(i).contains(Cue.BACKGROUND) && ix.word(i).equals("منذ") && superlativeBefore(ix, i)) {
                for (int j = i; j < ix.size() && cues.get(j).contains(Cue.BACKGROUND) && (j == i || !cueHead[j]); j++) {
                    cues.get(j).remove(Cue.BACKGROUND);
                }
            }
        }
    }

    private static boolean superlativeBefore(TextIndex ix, int since) {
        for (int j = since - 1; j >= Math.max(0, since - REACH); j--) {
            if (ix.isPunctuation(j) && !ix.isComma(j)) {
                return false;
            }
            if (SUPERLATIVES.contains(ix.bare(j))) {
                return true;
            }
        }
        return false;
    }
}
