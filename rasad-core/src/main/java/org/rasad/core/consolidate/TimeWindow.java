package org.rasad.core.consolidate;

import java.time.LocalDate;
import org.rasad.core.model.Event;

/**
 * The days a report's incident can have happened on, in epoch days, inclusive: what lets an
 * undated report meet only the reports of its own weeks instead of a decade of them.
 *
 * <ul>
 *   <li>an exact date: that day and the day on each side (the publication-day allowance of
 *       {@link PairScorer#datesCompatible});</li>
 *   <li>a week: six days on each side; a month: the month;</li>
 *   <li>no date: the {@value #UNDATED_DAYS} days up to the report's publication, since news reports
 *       what just happened; with no publication date either, no window ({@code null}): any day.</li>
 * </ul>
 */
record TimeWindow(long first, long last) {

    static final int UNDATED_DAYS = 31;

    static TimeWindow of(Report r) {
        Event e = r.event();
        if (e.date() == null) {
            if (r.published() == null) {
                return null;
            }
            long p = r.published().toEpochDay();
            return new TimeWindow(p - UNDATED_DAYS, p);
        }
        LocalDate d = e.date();
        return switch (PairScorer.precision(e)) {
            case 1 -> new TimeWindow(d.toEpochDay() - 1, d.toEpochDay() + 1);
            case 2 -> new TimeWindow(d.toEpochDay() - 6, d.toEpochDay() + 6);
            default -> new TimeWindow(d.withDayOfMonth(1).toEpochDay(), d.withDayOfMonth(d.lengthOfMonth()).toEpochDay());
        };
    }

    boolean overlaps(TimeWindow o) {
        return first <= o.last && o.first <= last;
    }
}
