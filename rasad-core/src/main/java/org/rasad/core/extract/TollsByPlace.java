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
        if (deaths.size() >= 3 && isSumOfRest(deaths)) {
            List<Mention> parts = placesBefore(m, deaths.subList(1, deaths.size()));
            if (parts != null) {
                return parts;
            }
        }
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
            out.add(m.withPlaces(places, figures));
        }
        if (out.stream().map(x -> x.places().get(0).name()).distinct().count() < out.size()) {
            return List.of(m);  // two figures for one town: rival or running counts of one incident
        }
        return out;
    }

    /** «قتل 7 في هجومين منفصلين …، … مقتل 4 …، … وقتلوا 3»: the first figure is the sum of the others. */
    private static boolean isSumOfRest(List<Figure> deaths) {
        long rest = 0;
        for (Figure f : deaths.subList(1, deaths.size())) {
            if (f.value() == null) {
                return false;
            }
            rest += f.value();
        }
        return deaths.get(0).value() != null && deaths.get(0).value() == rest;
    }

    /**
     * «إذ انفجرت عبوة في قضاء الخالص ما أسفر عن مقتل 4، فيما هاجم مسلحون نقطة في ناحية العظيم وقتلوا 3»: after a
     * lead that sums them, each figure with the town or district told nearest before it, since the figure before;
     * null unless every figure has one, each a different one.
     */
    private static List<Mention> placesBefore(Mention m, List<Figure> parts) {
        List<PlaceMention> places = m.places().stream()
                .filter(p -> isTown(p) || p.kind() == PlaceMention.Kind.AREA && "in".equals(p.relation()))
                .sorted(Comparator.comparingInt(PlaceMention::start)).toList();
        List<Mention> out = new ArrayList<>();
        int from = -1;
        for (Figure f : parts) {
            int after = from;
            List<PlaceMention> since = places.stream().filter(p -> p.start() > after && p.start() < f.start()).toList();
            if (since.isEmpty()) {
                return null;
            }
            // the place nearest before the figure is its own; one further back («بمحافظة ديالى») is the lead's
            List<PlaceMention> own = new ArrayList<>(since.subList(since.size() - 1, since.size()));
            out.add(m.withPlaces(own, List.of(f)));
            from = f.start();
        }
        return out.stream().map(x -> x.places().get(0).name()).distinct().count() == out.size() ? out : null;
    }

    private static boolean isTown(PlaceMention p) {
        return (p.kind() == PlaceMention.Kind.SETTLEMENT || p.kind() == PlaceMention.Kind.NAMED) && "in".equals(p.relation());
    }
}
