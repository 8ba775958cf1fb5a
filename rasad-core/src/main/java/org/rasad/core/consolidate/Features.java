package org.rasad.core.consolidate;

import java.util.Set;

/**
 * A report with what pair scoring needs of it computed once (its country, place keys and
 * evidence words, normalised), since a report meets many candidates. Immutable.
 */
record Features(Report report, String country, Places.Key place, Set<String> placeKeys, Set<String> words) {

    static Features of(Report r) {
        return new Features(r, BlockingKey.country(r.event()), Places.Key.of(r.event().location()),
                Set.copyOf(Places.keys(r.event().location())), Set.copyOf(Wording.words(r.event())));
    }

    MentionRef id() {
        return report.mention();
    }
}
