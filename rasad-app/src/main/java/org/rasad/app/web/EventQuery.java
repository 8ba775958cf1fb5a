package org.rasad.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.review.AcledTypes;

/**
 * The filters, order and page of an events request. Every field but the page is optional (null =
 * no filter). Parsed from query parameters by {@link #parse}, which rejects unknown parameters so a
 * misspelt filter is an error rather than a silently unfiltered answer.
 *
 * @param from         first event date, inclusive
 * @param to           last event date, inclusive
 * @param bbox         the events placed inside this box
 * @param country      ISO2 code of the event's place
 * @param admin1       first-level division of the event's place, compared ignoring case
 * @param type         ACLED event type or sub-event type
 * @param actor        words in either actor's canonical name or Arabic text, ignoring case
 * @param text         full-text search over the articles behind the event (Arabic analysis)
 * @param disputedOnly only events whose sources give conflicting figures
 */
public record EventQuery(LocalDate from, LocalDate to, BoundingBox bbox, String country, String admin1, String type,
                         String actor, String text, boolean disputedOnly, EventSort sort, int offset, int limit) {

    static final Set<String> FILTERS = Set.of("from", "to", "bbox", "country", "admin1", "type", "actor", "q",
            "disputed");
    static final Set<String> PAGING = Set.of("sort", "offset", "limit");

    public EventQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        if (offset < 0) {
            throw ApiException.badRequest("offset must be 0 or more, was " + offset);
        }
        if (limit < 1) {
            throw ApiException.badRequest("limit must be 1 or more, was " + limit);
        }
    }

    /** Every event, in date order, at most {@code limit}. */
    public static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, null, null, null, false, EventSort.DATE, 0, limit);
    }

    public EventQuery page(int newOffset, int newLimit) {
        return new EventQuery(from, to, bbox, country, admin1, type, actor, text, disputedOnly, sort, newOffset, newLimit);
    }

    /**
     * @param params   the request's query parameters
     * @param maxLimit the largest page this endpoint serves; {@code limit} above it is an error
     */
    public static EventQuery parse(Map<String, List<String>> params, int defaultLimit, int maxLimit) {
        for (String k : params.keySet()) {
            if (!k.isEmpty() && !FILTERS.contains(k) && !PAGING.contains(k)) {
                throw ApiException.badRequest("unknown parameter «" + k + "»; filters: " + FILTERS.stream().sorted().toList()
                        + ", paging: sort, offset, limit");
            }
        }
        QueryParams p = new QueryParams(params);
        String type = p.string("type");
        if (type != null && !AcledTypes.isType(type) && !AcledTypes.isSubType(type)) {
            throw ApiException.badRequest("type: «" + type + "» is not an ACLED event type or sub-event type");
        }
        String country = p.string("country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw ApiException.badRequest("country: «" + country + "» is not an ISO 3166 two-letter code");
        }
        int limit = p.integer("limit", defaultLimit);
        if (limit > maxLimit) {
            throw ApiException.badRequest("limit: at most " + maxLimit + " per page here, asked for " + limit);
        }
        String bbox = p.string("bbox");
        String sort = p.string("sort");
        return new EventQuery(date(p.string("from"), "from"), date(p.string("to"), "to"),
                bbox == null ? null : BoundingBox.parse(bbox), country == null ? null : country.toUpperCase(java.util.Locale.ROOT),
                p.string("admin1"), type, p.string("actor"), p.string("q"), p.bool("disputed"),
                sort == null ? EventSort.DATE : EventSort.parse(sort), p.integer("offset", 0), limit);
    }

    private static LocalDate date(String s, String name) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": «" + s + "» is not a date in the form YYYY-MM-DD");
        }
    }
}
