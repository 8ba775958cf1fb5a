package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of one side told one after another in a clause: «مقتل ضابط برتبة نقيب وجنديين اثنين» is three soldiers, not
 * two rival counts. Used by {@link FigureFinder} on the figures of a clause.
 */
final class SameSideCounts {

    private SameSideCounts() {
    }

    /**
     * «مقتل ضابط برتبة نقيب وجنديين اثنين»: counts of one side joined by «و» in one clause add up (three soldiers);
     * with a place between them they are tolls of two places, and rival claims are told in other clauses.
     */
    static List<Figure> addUp(Annotations a, List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Figure last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() == f.kind() && last.side() != null && f.side() != null
                    && last.side().name().equals(f.side().name()) && !last.update() && !f.update()
                    && last.value() != null && f.value() != null && f.start() - last.end() <= 3
                    && a.ix.word(f.start()).startsWith("و") && !placedBetween(a, last.end(), f.start())) {
                out.set(out.size() - 1, new Figure(last.kind(), last.quantity(), last.value() + f.value(), last.start(), f.end(),
                        last.side(), false));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** «تسعة مدنيين في قرية بليون وأربعة مدنيين»: a place between two counts makes them two tolls, one per place. */
    private static boolean placedBetween(Annotations a, int from, int to) {
        for (int j = from; j < to; j++) {
            if (a.placeWord[j] != null || a.ix.word(j).equals("في")) {
                return true;
            }
        }
        return false;
    }
}
