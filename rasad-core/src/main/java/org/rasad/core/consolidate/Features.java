package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Location;

/**
 * A report with what candidate generation and pair scoring need of it computed once (its country,
 * place keys, time window, death figures and evidence words, normalised), since a report meets
 * many candidates. Immutable.
 *
 * @param placeKeys its place's name keys ({@link Places#keys}); grid cells are computed when needed
 * @param words   the evidence words' {@link Wording#fingerprint fingerprint}
 * @param window  the days the incident can be on, or null for any day
 * @param figures the exact death figures it reports (the values {@link Figures#shared} compares)
 */
record Features(Report report, String country, Places.Key place, Set<String> placeKeys, boolean openPlace,
                TimeWindow window, Set<Long> figures, int[] words) {

    static Features of(Report r) {
        Set<Long> figures = new LinkedHashSet<>();
        for (Claim c : r.event().claims()) {
            if (Figures.exactDeaths(c)) {
                figures.add(c.value());
            }
        }
        Location l = r.event().location();
        return new Features(r, BlockingKey.country(r.event()), Places.Key.of(l), Set.copyOf(Places.keys(l)),
                Places.wildcard(l), TimeWindow.of(r), Set.copyOf(figures), Wording.fingerprint(r.event()));
    }

    /** The keys it is indexed under: its place's names and its own grid cell. */
    List<String> ownKeys() {
        List<String> out = new ArrayList<>(placeKeys);
        Location l = report.event().location();
        if (Places.geocoded(l)) {
            out.add(Places.cell(l, 0, 0));
        }
        return out;
    }

    /** The keys it looks up: its place's names and the grid cells around its own. */
    List<String> nearKeys() {
        List<String> out = new ArrayList<>(placeKeys);
        Location l = report.event().location();
        if (Places.geocoded(l)) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    out.add(Places.cell(l, dy, dx));
                }
            }
        }
        return out;
    }

    MentionRef id() {
        return report.mention();
    }

    boolean exactDate() {
        return report.event().date() != null && PairScorer.precision(report.event()) == 1;
    }
}
