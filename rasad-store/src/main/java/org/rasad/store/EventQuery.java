package org.rasad.store;

import java.time.LocalDate;

/**
 * A filtered, sorted, paged query over consolidated events. Every filter is optional (null =
 * no filter); build with {@link #all()} and the {@code with...} methods.
 *
 * @param from        events on or after this date
 * @param to          events on or before this date
 * @param box         events placed inside this box
 * @param country     ISO2 code of the place's country
 * @param admin1      first-level division, exact
 * @param eventType   ACLED event type, exact
 * @param actor       canonical actor name, as actor1 or actor2
 * @param disputedOnly only events whose sources give conflicting figures
 * @param text        words that an article behind the event contains
 * @param sort        order of the results; ties broken by the order of {@code rasad events}
 * @param offset      results to skip
 * @param limit       results per page, 1 to 10,000
 */
public record EventQuery(LocalDate from, LocalDate to, BoundingBox box, String country, String admin1, String eventType,
                         String actor, boolean disputedOnly, String text, Sort sort, int offset, int limit) {

    public enum Sort { DATE, DATE_DESC, FATALITIES_DESC, REPORTS_DESC }

    /** Longitudes and latitudes in degrees, west to east and south to north. */
    public record BoundingBox(double west, double south, double east, double north) {
        public BoundingBox {
            if (south > north || west > east) {
                throw new IllegalArgumentException("bounding box must run west to east and south to north, got west="
                        + west + " south=" + south + " east=" + east + " north=" + north);
            }
        }
    }

    public EventQuery {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 10000, got offset=" + offset + " limit=" + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        sort = sort == null ? Sort.DATE : sort;
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, false, null, Sort.DATE, 0, 1000);
    }

    public EventQuery withDates(LocalDate from, LocalDate to) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withBox(BoundingBox box) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withPlace(String country, String admin1) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withEventType(String eventType) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withActor(String actor) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withDisputedOnly(boolean disputedOnly) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withText(String text) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withSort(Sort sort) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }

    public EventQuery withPage(int offset, int limit) {
        return new EventQuery(from, to, box, country, admin1, eventType, actor, disputedOnly, text, sort, offset, limit);
    }
}
