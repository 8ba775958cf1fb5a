package org.rasad.core.consolidate;

import java.util.List;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/**
 * Death figures as evidence of identity: two outlets that report the same exact number of dead
 * (especially for the same side) are likely describing the same incident. Different figures are
 * not evidence against: disagreement between sources is what consolidation has to keep visible.
 * Stateless and thread-safe.
 */
final class Figures {

    private Figures() {
    }

    /** 2 when both report the same exact death figure for the same side, 1.5 for any side, else 0. */
    static double shared(Event x, Event y) {
        double best = 0;
        List<Claim> xs = x.claims();
        List<Claim> ys = y.claims();
        // indexed loops: no iterators for a check that runs for every candidate pair
        for (int i = 0; i < xs.size(); i++) {
            Claim a = xs.get(i);
            if (!exactDeaths(a)) {
                continue;
            }
            for (int j = 0; j < ys.size(); j++) {
                Claim b = ys.get(j);
                if (exactDeaths(b) && a.value().equals(b.value())) {
                    boolean sameSide = a.actor() != null && b.actor() != null
                            && Actors.base(a.actor()).equals(Actors.base(b.actor()));
                    best = Math.max(best, sameSide ? 2 : 1.5);
                }
            }
        }
        return best;
    }

    static boolean exactDeaths(Claim c) {
        return "killed".equals(c.kind()) && c.value() != null && c.value() > 0 && c.vague() == null;
    }
}
