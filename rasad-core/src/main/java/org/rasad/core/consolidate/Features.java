package org.rasad.core.consolidate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Location;

/**
 * A report with what candidate generation and pair scoring need of it computed once (its country,
 * place keys, time window, death figures and evidence words, normalised), since a report meets
 * many candidates. Immutable.
 *
 * @param placeKeys the keys it is indexed under: place name keys and its own grid cell
 * @param nearKeys  the keys it looks up: name keys and the grid cells around its own
 * @param window  the days the incident can be on, or null for any day
 * @param figures the exact death figures it reports (the values {@link Figures#shared} compares)
 */
record Features(Report report, String country, Places.Key place, Set<String> placeKeys, Set<String> nearKeys,
                boolean openPlace,
                TimeWindow window, Set<Long> figures, Set<String> words) {

    static Features of(Report r) {
        Set<Long> figures = new LinkedHashSet<>();
        for (Claim c : r.event().claims()) {
            if (Figures.exactDeaths(c)) {
                figures.add(c.value());
            }
        }
        Location l = r.event().location();
        Set<String> names = Places.keys(l);
        Set<String> own = new LinkedHashSet<>(names);
        Set<String> near = new LinkedHashSet<>(names);
        if (Places.geocoded(l)) {
            own.add(Places.cell(l, 0, 0));
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    near.add(Places.cell(l, dy, dx));
                }
            }
        }
        return new Features(r, BlockingKey.country(r.event()), Places.Key.of(l), Set.copyOf(own), Set.copyOf(near),
                Places.wildcard(l),
                TimeWindow.of(r), Set.copyOf(figures), Set.copyOf(Wording.words(r.event())));
    }

    MentionRef id() {
        return report.mention();
    }

    boolean exactDate() {
        return report.event().date() != null && PairScorer.precision(report.event()) == 1;
    }
}
