package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasad.core.model.Claim;

/**
 * A report with what candidate generation and pair scoring need of it computed once (its country,
 * place keys, time window, death figures and evidence words, normalised), since a report meets
 * many candidates. Immutable.
 *
 * @param window  the days the incident can be on, or null for any day
 * @param figures the exact death figures it reports (the values {@link Figures#shared} compares)
 * @param words   the evidence words' {@link Wording#fingerprint fingerprint}
 * @param day     the event's date in epoch days, or {@link #NO_DATE}
 * @param precision the date's time precision (1 day, 2 week, 3 month)
 * @param datedOnPublication the event's date is its report's publication day
 * @param openActors a role is missing or generic, so the report rules no actor out ({@link Actors})
 */
record Features(Report report, String country, Places.Key place, boolean openPlace, TimeWindow window,
                Set<Long> figures, int[] words, long day, int precision, boolean datedOnPublication,
                boolean openActors) {

    /** The {@link #day} of a report with no date. */
    static final long NO_DATE = Long.MIN_VALUE;

    static Features of(Report r) {
        Set<Long> figures = new LinkedHashSet<>();
        for (Claim c : r.event().claims()) {
            if (Figures.exactDeaths(c)) {
                figures.add(c.value());
            }
        }
        Places.Key place = Places.Key.of(r.event().location());
        LocalDate date = r.event().date();
        return new Features(r, BlockingKey.country(r.event()), place, Places.wildcard(place), TimeWindow.of(r),
                Set.copyOf(figures), Wording.fingerprint(r.event()), date == null ? NO_DATE : date.toEpochDay(),
                PairScorer.precision(r.event()), date != null && date.equals(r.published()), Actors.open(r.event()));
    }

    /** The keys it is indexed under ({@link Places#ownKeys}); none for an open place. */
    List<Object> ownKeys() {
        return openPlace ? List.of() : Places.ownKeys(place);
    }

    /** The keys it looks up ({@link Places#nearKeys}); none for an open place. */
    List<Object> nearKeys() {
        return openPlace ? List.of() : Places.nearKeys(place);
    }

    MentionRef id() {
        return report.mention();
    }

    boolean exactDate() {
        return day != NO_DATE && precision == 1;
    }

    /** Dated to the day on its own publication day: it may also be the previous day's incident. */
    boolean onPublicationDay() {
        return exactDate() && datedOnPublication;
    }
}
