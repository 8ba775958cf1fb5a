package org.rasad.core.extract;

import java.util.Set;

/**
 * An attack made with words: «شنت أطراف المعارضة هجوما عنيفا على البطريرك», «وفتح النار على بعض أعضاء الشرف».
 * Political press says «attack» and «opened fire» of criticism aimed at a person, an office or a policy. The fixed
 * phrases («هجوما لاذعا») are idioms in the cue dictionary; this rule reads the rest by their target: what follows
 * «على», or a verb's object, is someone one criticises (a title, an office, the press, a policy), and the clause
 * names no armed side and no one killed or hurt. A real attack on an official names its doer («مسلحون»), its weapon
 * or its victims, and its target is where he was («موكب الوزير», «منزل القاضي»), which is no word of the list.
 */
final class VerbalAttack {

    /** Whom or what one attacks with words: offices, titles, institutions of opinion, policies. */
    private static final Set<String> TARGETS = WordLists.of("VERBAL_ATTACK_TARGETS");
    /** «بعض», «كل»: quantifiers between «على» and the target. */
    private static final Set<String> QUANTIFIERS = WordLists.of("QUANTIFIERS");
    /** How far after the attack word «على» may stand («هجوما عنيفا وغير مسبوق على»). */
    private static final int REACH = 4;

    private VerbalAttack() {
    }

    /**
     * The first word of what the attack word at {@code i} aims at: after «على» («هجوما عنيفا على بعض الأعضاء»), or,
     * after a verb or a noun without article, its object («ليهاجم إدارة النادي», «هجوم الرئيس على …»); -1 when neither follows within reach.
     */
    private static int aimedAt(Annotations a, int i, int to) {
        int j = a.cueEnd(i, to);  // past the rest of the phrase: «فتح النار»
        if (j < to && a.actorAt[j] == null && !a.ix.isPunctuation(j) && !a.ix.word(j).equals("علي")) {
            int object = skipQuantifiers(a, j, to);
            // the article test reads the original letters, so it comes last
            if (object >= 0 && a.ix.formIn(object, TARGETS) && !a.ix.hasArticle(i)) {
                return object;
            }
        }
        for (; j < Math.min(to, i + REACH + 2); j++) {
            if (a.ix.isPunctuation(j) || a.actorAt[j] != null) {
                return -1;
            }
            if (a.ix.word(j).equals("علي")) {
                return skipQuantifiers(a, j + 1, to);
            }
        }
        return -1;
    }

    private static int skipQuantifiers(Annotations a, int j, int to) {
        while (j < to && QUANTIFIERS.contains(a.ix.word(j))) {
            j++;
        }
        return j < to ? j : -1;
    }

    /** Whether the attack or shooting word at {@code i} is aimed, with words, at a person or office. */
    static boolean at(Annotations a, int i, int from, int to) {
        if (!a.has(i, Cue.ATTACK) && !a.has(i, Cue.SHOOTING)) {
            return false;
        }
        int target = aimedAt(a, i, to);
        if (target < 0 || !a.ix.formIn(target, TARGETS)) {
            return false;
        }
        for (int j = from; j < to; j++) {
            boolean armed = a.actorAt[j] != null && a.actorAt[j].entry().isArmed();
            boolean harm = a.cueHead[j] && (a.has(j, Cue.KILLED) || a.has(j, Cue.INJURED) || a.has(j, Cue.COMBINED));
            if (armed || harm) {
                return false;
            }
        }
        return true;
    }
}
