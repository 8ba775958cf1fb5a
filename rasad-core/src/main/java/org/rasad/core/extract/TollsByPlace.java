package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One clause, several places each with its own dead: «مقتل تسعة مدنيين في قرية بليون وأربعة مدنيين في قرية
 * البارة». ACLED codes one event per place, so the clause becomes one mention per death figure, each with
 * the towns named after it and before the next figure. Everything else (the strike, its doers, its day)
 * is shared. A clause whose figures and towns do not alternate that way is left whole.
 */
final class TollsByPlace {

    private TollsByPlace() {
    }

    static List<Mention> split(Mention m) {
        List<Figure> deaths = m.figures().stream().filter(f -> f.kind() == Cue.KILLED && !f.update())
                .sorted(Comparator.comparingInt(Figure::start)).toList();
        List<PlaceMention> towns = m.places().stream().filter(TollsByPlace::isTown)
                .sorted(Comparator.comparingInt(PlaceMention::start)).toList();
        if (deaths.size() < 2 || towns.size() < 2) {
            return List.of(m);
        }
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < deaths.size(); k++) {
            int from = deaths.get(k).start();
            int to = k + 1 < deaths.size() ? deaths.get(k + 1).start() : Integer.MAX_VALUE;
            List<PlaceMention> own = towns.stream().filter(p -> p.start() > from && p.start() < to).toList();
            if (own.isEmpty() || own.stream().map(PlaceMention::name).distinct().count() > 1) {
                return List.of(m);  // a figure with no town of its own, or with two: not a toll per place
            }
            int first = deaths.get(0).start();
            List<PlaceMention> places = new ArrayList<>(own);
            for (PlaceMention p : m.places()) {
                // other places after this figure (its province) or before any figure (the whole clause's)
                if (!isTown(p) && (p.start() > from && p.start() < to || p.start() < first)) {
                    places.add(p);
                }
            }
            places.sort(Comparator.comparingInt(PlaceMention::rank).reversed());
            List<Figure> figures = m.figures().stream().filter(f -> f.start() >= from && f.start() < to).toList();
            out.add(new Mention(m.sentence(), m.from(), m.to(), m.trigger(), m.type(), m.strongType(), m.cues(),
                    m.actor1(), m.actor2(), m.attackerMarked(), places, m.date(), m.precision(), m.statementDate(),
                    m.anchorOffset(), figures, m.joinOnly(), m.referenceTrigger(), m.undatedDay()));
        }
        if (out.stream().map(x -> x.places().get(0).name()).distinct().count() < out.size()) {
            return List.of(m);  // two figures for one town: rival or running counts of one incident
        }
        return out;
    }

    private static boolean isTown(PlaceMention p) {
        return (p.kind() == PlaceMention.Kind.SETTLEMENT || p.kind() == PlaceMention.Kind.NAMED) && "in".equals(p.relation());
    }
}
