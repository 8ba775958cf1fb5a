package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One clause, one protest told of several towns: «مرت الوقفات الاحتجاجية مساء أمس في الرباط والدار البيضاء», «تظاهر
 * الآلاف في بغداد والبصرة والناصرية». ACLED codes a demonstration per place, so the clause becomes one mention per town
 * of the list; what else it tells (the day, the crowd, the demands) is shared. A clause with casualty figures is left
 * to {@link TollsByPlace}, and towns not listed together (a town and another it lies near) stay one place.
 */
final class TownsOfAProtest {

    private TownsOfAProtest() {
    }

    static List<Mention> split(Mention m) {
        if (!EventTyper.isProtest(m.type()) || !m.figures().isEmpty()) {
            return List.of(m);
        }
        List<PlaceMention> towns = m.places().stream()
                .filter(p -> p.kind() == PlaceMention.Kind.SETTLEMENT && "in".equals(p.relation()) && p.anchor() == null)
                .sorted(Comparator.comparingInt(PlaceMention::start)).toList();
        if (towns.size() < 2 || towns.stream().map(PlaceMention::name).distinct().count() < towns.size()) {
            return List.of(m);
        }
        for (int k = 1; k < towns.size(); k++) {
            if (towns.get(k).start() - towns.get(k - 1).end() > 1) {
                return List.of(m);  // a list runs town after town, a comma at most between
            }
        }
        List<Mention> out = new ArrayList<>();
        for (PlaceMention town : towns) {
            List<PlaceMention> places = new ArrayList<>();
            places.add(town);
            m.places().stream().filter(p -> !towns.contains(p)).forEach(places::add);
            out.add(new Mention(m.sentence(), m.from(), m.to(), m.trigger(), m.type(), m.strongType(), m.cues(),
                    m.actor1(), m.actor2(), m.attackerMarked(), places, m.date(), m.precision(), m.statementDate(),
                    m.anchorOffset(), m.figures(), m.joinOnly(), m.referenceTrigger(), m.undatedDay(), m.retold(),
                    m.seriesLead()));
        }
        return out;
    }
}
