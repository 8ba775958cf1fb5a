package org.rasad.core.extract;

import java.util.List;
import java.util.Set;
import org.rasad.core.model.Event;

/**
 * A lead that sums up what the article then tells place by place: «قتل 19 مدنيا في محافظة إدلب», then 9 in
 * Bliyun, 4 in al-Bara, 5 and 1 elsewhere. The summary is no incident of its own; counting it would
 * double the dead. An event is a summary when it is not placed at a town (or leads the article), and the other
 * events of its type in the article (any violent type, for a violent one), at least two, add up to exactly its toll.
 */
final class SummaryTolls {

    /** Words round a plural of attacks that make it a series: «سلسلة هجمات», «هجمات متفرقة». */
    private static final Set<String> SERIES_BEFORE = WordLists.of("SERIES_BEFORE");
    private static final Set<String> SERIES_AFTER = WordLists.of("SERIES_AFTER");
    /** Places in the plural with a word of many: «عدة محافظات», «مناطق متفرقة». */
    private static final Set<String> SERIES_PLACES = WordLists.of("SERIES_PLACES");
    private static final Set<String> SERIES_QUANTIFIERS = WordLists.of("SERIES_QUANTIFIERS");

    private SummaryTolls() {
    }

    /**
     * Whether event {@code k} is a summary of the others.
     *
     * @param inTown for each event, whether its place is a town (a summary never is, unless it leads the article and
     *               sums up places that are not towns)
     */
    static boolean isSummary(List<Event> events, List<Boolean> inTown, int k) {
        // the lead may sum up the quarters of its own town too («قتل سبعة عشر شخصا في معارك وقصف شهدته مقديشو», then 11
        // in one quarter and 6 in another), never other towns
        return events.size() >= 3 && (!inTown.get(k) || k == 0) && isSumOfOthers(events, inTown, k);
    }

    /**
     * «قتل ثمانية عشر شخصا في سلسلة هجمات ضربت العراق … أعنفها تفجير في بغداد», then each attack in its town: a
     * lead told only of a series of attacks, or of many places at once, sums up the violent incidents the article tells after it (two or more),
     * whether or not their tolls add up to its own.
     */
    static boolean isSeriesLead(List<Incident> incidents, int k) {
        Incident lead = incidents.get(k);
        long violentOthers = incidents.stream()
                .filter(i -> i != lead && EventTyper.isViolent(i.type()) && i.first().sentence() > lead.first().sentence())
                .count();
        return violentOthers >= 2 && EventTyper.isViolent(lead.type()) && lead.mentions.stream().allMatch(Mention::seriesLead);
    }

    /**
     * Whether a clause tells a series of attacks or many places at once: see {@link Mention#seriesLead()}. Scattered
     * clashes in one town («اشتباكات متفرقة … في مقديشو») are one incident there.
     */
    static boolean isSeriesClause(Annotations a, int from, int to, int trigger, List<PlaceMention> places) {
        boolean inOneTown = places.stream().anyMatch(p -> p.kind() == PlaceMention.Kind.SETTLEMENT);
        return trigger > 0 && SERIES_BEFORE.contains(a.ix.bare(trigger - 1))
                || !inOneTown && trigger + 1 < a.ix.size() && SERIES_AFTER.contains(a.ix.bare(trigger + 1))
                || namesManyPlaces(a, from, to);
    }

    /** «قتل 33 شخصا في غارات ومواجهات وقصف شهدتها عدة محافظات»: the clause is told of many places at once. */
    private static boolean namesManyPlaces(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SERIES_PLACES.contains(a.ix.bare(i))
                    && (i > from && SERIES_QUANTIFIERS.contains(a.ix.bare(i - 1))
                        || i + 1 < to && SERIES_QUANTIFIERS.contains(a.ix.bare(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSumOfOthers(List<Event> events, List<Boolean> inTown, int k) {
        Event e = events.get(k);
        if (e.fatalities() == null || e.fatalities() < 2) {
            return false;
        }
        int parts = 0;
        long sum = 0;
        for (int j = 0; j < events.size(); j++) {
            Event o = events.get(j);
            // battles, bombings and killings of one day are summed in one lead: the violent types count together
            boolean sameKind = o.eventType().equals(e.eventType())
                    || EventTyper.isViolent(o.eventType()) && EventTyper.isViolent(e.eventType());
            if (j != k && sameKind && o.fatalities() != null) {
                if (inTown.get(k) && inTown.get(j)) {
                    return false;  // a lead at a town sums its quarters, never other towns
                }
                parts++;
                sum += o.fatalities();
            }
        }
        return parts >= 2 && sum == e.fatalities();
    }
}
