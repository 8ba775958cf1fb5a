package org.rasad.core.extract;

import java.util.List;
import org.rasad.core.model.Event;

/**
 * A lead that sums up what the article then tells place by place: «قتل 19 مدنيا في محافظة إدلب», then 9 in
 * Bliyun, 4 in al-Bara, 5 and 1 elsewhere. The summary is no incident of its own; counting it would
 * double the dead. An event is a summary when it is not placed at a town, and the other events of its
 * type in the article, at least two, add up to exactly its toll.
 */
final class SummaryTolls {

    private SummaryTolls() {
    }

    /**
     * Whether event {@code k} is a summary of the others.
     *
     * @param inTown for each event, whether its place is a town (a summary never is)
     */
    static boolean isSummary(List<Event> events, List<Boolean> inTown, int k) {
        return events.size() >= 3 && !inTown.get(k) && isSumOfOthers(events, k);
    }

    private static boolean isSumOfOthers(List<Event> events, int k) {
        Event e = events.get(k);
        if (e.fatalities() == null || e.fatalities() < 2) {
            return false;
        }
        int parts = 0;
        long sum = 0;
        for (int j = 0; j < events.size(); j++) {
            Event o = events.get(j);
            if (j != k && o.eventType().equals(e.eventType()) && o.fatalities() != null) {
                parts++;
                sum += o.fatalities();
            }
        }
        return parts >= 2 && sum == e.fatalities();
    }
}
