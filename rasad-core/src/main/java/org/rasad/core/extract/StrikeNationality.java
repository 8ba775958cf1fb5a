package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * «غارة إسرائيلية», «القصف الإسرائيلي», «ضربة أمريكية», «العدوان الإسرائيلي»: a strike or an attack named with a
 * nationality was that country's forces', though the sentence names no force. The country adjective right after an air
 * strike, shelling or attack word becomes a mention of the country's military («Military Forces of Israel»), which the
 * roles then read as the doer, as they read «هجوم داعش». People keep their adjective («مسلحون سوريون»), and an adjective
 * that names no country («هجوم إرهابي») none.
 */
final class StrikeNationality {

    private static final String MILITARY = "Military Forces of {country}";

    private StrikeNationality() {
    }

    /** The actors with one added for each nationality of a strike; in text order. */
    static List<ActorMention> withForces(TextIndex ix, Lexicon lex, List<EnumSet<Cue>> cues, List<ActorMention> actors) {
        ActorEntry military = lex.byCanonical.get(MILITARY);
        if (military == null) {
            return actors;
        }
        boolean[] taken = new boolean[ix.size()];
        for (ActorMention a : actors) {
            for (int i = a.start(); i < a.end(); i++) {
                taken[i] = true;
            }
        }
        List<ActorMention> out = null;
        for (int i = 1; i < ix.size(); i++) {
            EnumSet<Cue> before = cues.get(i - 1);
            if (taken[i] || before.isEmpty() || !(before.contains(Cue.AIRSTRIKE) || before.contains(Cue.AIR_WEAK)
                    || before.contains(Cue.SHELLING) || before.contains(Cue.ATTACK))) {
                continue;
            }
            Country c = ActorFinder.nisba(ix, lex, i);
            if (c == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(actors);
            }
            out.add(new ActorMention(i, i + 1, military, military.nameIn(c), c, false));
        }
        if (out == null) {
            return actors;
        }
        out.sort(Comparator.comparingInt(ActorMention::start));
        return out;
    }
}
