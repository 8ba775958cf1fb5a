package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One clause, one kind of event told of several towns, with no toll: «مرت الوقفات الاحتجاجية مساء أمس في الرباط والدار
 * البيضاء», «تظاهر الآلاف في بغداد والبصرة والناصرية», «سقوط عدد من القذائف على أطراف بلدتي الضهيرة ويارين». ACLED codes
 * an event per place, so the clause becomes one mention per town; what else it tells (the day, the doer, the crowd) is
 * shared. A protest's towns must be listed together (a town and another it lies near stay one place); shelling and
 * strikes fall on each town named alike. A clause with casualty figures is left to {@link TollsByPlace}: one toll
 * cannot be shared out. Fighting («اشتباكات بين بلدتي …») is one event where the sides met.
 */
final class TownsOfAClause {

    private TownsOfAClause() {
    }

    static List<Mention> split(Mention m) {
        boolean protest = EventTyper.isProtest(m.type());
        boolean strikes = m.type().eventType().equals(EventTyper.EXPLOSIONS);
        if (!(protest || strikes) || !m.figures().isEmpty()) {
            return List.of(m);
        }
        List<PlaceMention> towns = m.places().stream()
                .filter(p -> p.kind() == PlaceMention.Kind.SETTLEMENT && p.anchor() == null
                        && ("in".equals(p.relation()) || "near".equals(p.relation())))
                .sorted(Comparator.comparingInt(PlaceMention::start)).toList();
        if (towns.size() < 2 || towns.stream().map(PlaceMention::name).distinct().count() < towns.size()
                || towns.stream().map(PlaceMention::relation).distinct().count() > 1) {
            return List.of(m);
        }
        for (int k = 1; protest && k < towns.size(); k++) {
            if (towns.get(k).start() - towns.get(k - 1).end() > 1) {
                return List.of(m);  // a list runs town after town, a comma at most between
            }
        }
        List<Mention> out = new ArrayList<>();
        for (PlaceMention town : towns) {
            List<PlaceMention> places = new ArrayList<>();
            places.add(town);
            m.places().stream().filter(p -> !towns.contains(p)).forEach(places::add);
            out.add(m.withPlaces(places, m.figures()));
        }
        return out;
    }
}
