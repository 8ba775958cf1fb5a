package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.Objects;
import org.rasad.core.model.Event;

/**
 * How likely two per-document events are the same real-world incident.
 *
 * <p>Hard rules ({@link #compatible}): never two events of the same document (its extraction already
 * kept them apart); same country when both are known; the same day when both dates are exact, or
 * the day before a date that is its report's publication day (an imprecise date only has to
 * overlap: the week, the month; an undated report the month before its publication); the same event type, except that Battles
 * and Violence against civilians may be two readings of one attack; places that {@link Places} does not
 * call different; actors that {@link Actors} does not call different.
 *
 * <p>Score ({@link #fit}): the same day 2, publication day and the day before 1; the same place 2, a related place 1, a region 0.25; the
 * same sub-type 1 (same type 0.5); actors up to 2; a shared exact death figure 1.5 (same side 2);
 * shared wording of the evidence up to 1. Two events are linked when compatible, when at least one
 * of day, place or figure ties them (so two undated, unplaced reports are never merged on type and
 * actors alone) and when the score reaches {@value #THRESHOLD}.
 *
 * <p>Stateless and thread-safe.
 */
final class PairScorer {

    static final double THRESHOLD = 3.0;

    private PairScorer() {
    }

    static boolean linked(Features a, Features b) {
        if (!datesCompatible(a, b)) {
            return false;
        }
        Places.Match m = Places.match(a.place(), b.place());
        return compatible(a, b, m) && anchored(a, b, m) && score(a, b, m) >= THRESHOLD;
    }

    /** The score of two compatible reports, or negative infinity for incompatible ones. */
    static double fit(Features a, Features b) {
        if (!datesCompatible(a, b)) {
            return Double.NEGATIVE_INFINITY;
        }
        Places.Match m = Places.match(a.place(), b.place());
        return compatible(a, b, m) ? score(a, b, m) : Double.NEGATIVE_INFINITY;
    }

    static boolean compatible(Features a, Features b) {
        return datesCompatible(a, b) && compatible(a, b, Places.match(a.place(), b.place()));
    }

    /** Compatibility but for the dates, given the places' match: the place is computed once per pair, as this runs for every candidate. */
    private static boolean compatible(Features a, Features b, Places.Match place) {
        if (place == Places.Match.NONE || a.report().doc().equals(b.report().doc())) {
            return false;
        }
        String cx = a.country();
        String cy = b.country();
        Event x = a.report().event();
        Event y = b.report().event();
        return (cx.isEmpty() || cy.isEmpty() || cx.equals(cy)) && typesCompatible(x, y)
                && (a.openActors() || b.openActors() || Actors.compatible(x, y));
    }

    private static double score(Features a, Features b, Places.Match place) {
        Event x = a.report().event();
        Event y = b.report().event();
        boolean nextDay = reportingDay(a, b) || reportingDay(b, a);
        double s = sameDay(a, b) ? 2 : nextDay && a.precision() == 1 && b.precision() == 1 ? 1 : 0;
        s += switch (place) {
            case SAME -> 2;
            case RELATED -> 1;
            case REGION -> 0.25;
            default -> 0;
        };
        if (x.subEventType() != null && x.subEventType().equals(y.subEventType())) {
            s += 1;
        } else if (x.eventType() != null && x.eventType().equals(y.eventType())) {
            s += 0.5;
        }
        return s + Actors.score(x, y) + Figures.shared(x, y) + Wording.overlap(a.words(), b.words());
    }

    /** Something beyond type and actors ties the two: the day, the place or a death figure. */
    private static boolean anchored(Features a, Features b, Places.Match m) {
        return sameDay(a, b) || m == Places.Match.SAME || m == Places.Match.RELATED
                || Figures.shared(a.report().event(), b.report().event()) > 0;
    }

    static boolean typesCompatible(Event x, Event y) {
        if (x.eventType() == null || y.eventType() == null || x.eventType().equals(y.eventType())) {
            return true;
        }
        return battleOrAttack(x.eventType()) && battleOrAttack(y.eventType());
    }

    private static boolean battleOrAttack(String type) {
        return type.equals("Battles") || type.equals("Violence against civilians");
    }

    static boolean sameDay(Features a, Features b) {
        return a.exactDate() && b.exactDate() && a.day() == b.day();
    }

    /**
     * Exact dates must be the same day, with one allowance: an event dated on its report's own
     * publication day may be the previous day's event told "today" (reports of night fighting,
     * operations spanning two days), so it also fits the day before. A week or month date only has
     * to contain the other. An undated report fits the month before its publication ({@link TimeWindow}).
     * Epoch days, not dates: this runs for every candidate pair.
     */
    static boolean datesCompatible(Features a, Features b) {
        if (a.day() == Features.NO_DATE || b.day() == Features.NO_DATE) {
            return a.window() == null || b.window() == null || a.window().overlaps(b.window());
        }
        int p = Math.max(a.precision(), b.precision());
        if (p == 1) {
            return a.day() == b.day() || reportingDay(a, b) || reportingDay(b, a);
        }
        if (p == 2) {
            return Math.abs(a.day() - b.day()) <= 6;
        }
        return sameMonth(a.report().event().date(), b.report().event().date());
    }

    /** {@code later} is dated on its publication day, the day after {@code earlier}'s date. */
    private static boolean reportingDay(Features later, Features earlier) {
        return later.datedOnPublication() && earlier.day() != Features.NO_DATE && later.day() - 1 == earlier.day();
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    static int precision(Event e) {
        return Objects.requireNonNullElse(e.timePrecision(), 1);
    }
}
