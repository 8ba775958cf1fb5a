package org.rasad.core.consolidate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.rasad.core.model.Claim;

/**
 * A report with what candidate generation and pair scoring need of it computed once (its country,
 * place keys, time window, death figures and evidence words, normalised), since a report meets
 * many candidates. Immutable.
 *
 * @param window  the days the incident can be on, or null for any day
 * @param figures the exact death figures it reports (the values {@link Figures#shared} compares)
 */
record Features(Report report, String country, Places.Key place, Set<String> placeKeys, boolean openPlace,
                TimeWindow window, Set<Long> figures, Set<String> words) {

    static Features of(Report r) {
        Set<Long> figures = new LinkedHashSet<>();
        for (Claim c : r.event().claims()) {
            if (Figures.exactDeaths(c)) {
                figures.add(c.value());
            }
        }
        return new Features(r, BlockingKey.country(r.event()), Places.Key.of(r.event().location()),
                Set.copyOf(Places.keys(r.event().location())), Places.wildcard(r.event().location()),
                TimeWindow.of(r), Set.copyOf(figures), Set.copyOf(Wording.words(r.event())));
    }

    MentionRef id() {
        return report.mention();
    }

    boolean exactDate() {
        return report.event().date() != null && PairScorer.precision(report.event()) == 1;
    }
}
