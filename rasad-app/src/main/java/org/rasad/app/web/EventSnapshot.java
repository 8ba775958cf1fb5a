package org.rasad.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rasad.app.web.EventCatalog.DayCount;
import org.rasad.app.web.EventCatalog.EventPage;
import org.rasad.core.review.ReviewedEvent;

/**
 * An immutable view of all events, kept in every order the API offers, with an id index. A page
 * is one scan in the asked order that counts the matches and keeps only the page's window:
 * a few milliseconds for 100,000 events, with no sorting and no list of all matches per request.
 * Safe to share between threads.
 */
final class EventSnapshot {

    private final List<ReviewedEvent> byDate;
    private final Map<EventSort, List<ReviewedEvent>> orders;
    private final Map<String, ReviewedEvent> byId;

    private EventSnapshot(Map<EventSort, List<ReviewedEvent>> orders, Map<String, ReviewedEvent> byId) {
        this.orders = orders;
        this.byDate = orders.get(EventSort.DATE);
        this.byId = byId;
    }

    static EventSnapshot of(List<ReviewedEvent> events) {
        Map<EventSort, List<ReviewedEvent>> orders = new EnumMap<>(EventSort.class);
        for (EventSort sort : EventSort.values()) {
            List<ReviewedEvent> sorted = new ArrayList<>(events);
            sorted.sort(EventFilter.order(sort));
            orders.put(sort, List.copyOf(sorted));
        }
        Map<String, ReviewedEvent> ids = new HashMap<>();
        events.forEach(e -> ids.put(e.eventId(), e));
        return new EventSnapshot(orders, Map.copyOf(ids));
    }

    List<ReviewedEvent> events() {
        return byDate;
    }

    Optional<ReviewedEvent> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @param textDocs documents matching the query's text, or null without text */
    EventPage page(EventQuery q, Set<String> textDocs) {
        List<ReviewedEvent> order = orders.get(q.sort());
        if (unfiltered(q)) {
            int from = Math.min(q.offset(), order.size());
            return new EventPage(order.size(), order.subList(from, (int) Math.min((long) from + q.limit(), order.size())));
        }
        if (q.from() != null || q.to() != null) {
            // a date range is a slice of the date order: scan only that, and sort its matches when asked
            List<ReviewedEvent> hits = new ArrayList<>();
            EventFilter f = new EventFilter(q, textDocs);
            for (ReviewedEvent r : dateSlice(q)) {
                if (f.test(r)) {
                    hits.add(r);
                }
            }
            if (q.sort() != EventSort.DATE) {
                hits.sort(EventFilter.order(q.sort()));
            }
            int from = Math.min(q.offset(), hits.size());
            return new EventPage(hits.size(), hits.subList(from, (int) Math.min((long) from + q.limit(), hits.size())));
        }
        EventFilter f = new EventFilter(q, textDocs);
        long end = (long) q.offset() + q.limit();
        List<ReviewedEvent> window = new ArrayList<>(Math.min(q.limit(), 1000));
        int matches = 0;
        for (ReviewedEvent r : order) {
            if (f.test(r)) {
                if (matches >= q.offset() && matches < end) {
                    window.add(r);
                }
                matches++;
            }
        }
        return new EventPage(matches, window);
    }

    private static boolean unfiltered(EventQuery q) {
        return q.from() == null && q.to() == null && q.bbox() == null && q.country() == null && q.admin1() == null
                && q.type() == null && q.actor() == null && q.text() == null && !q.disputedOnly();
    }

    /** The dated events from q.from() to q.to(), inclusive, in date order. */
    private List<ReviewedEvent> dateSlice(EventQuery q) {
        int lo = q.from() == null ? 0 : firstOnOrAfter(q.from());
        int hi = q.to() == null ? firstOnOrAfter(null) : firstOnOrAfter(q.to().plusDays(1));
        return byDate.subList(lo, Math.max(lo, hi));
    }

    /** Index of the first event dated on or after the day (undated events sort last); null: the first undated. */
    private int firstOnOrAfter(LocalDate day) {
        int lo = 0;
        int hi = byDate.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            LocalDate d = byDate.get(mid).event().event().date();
            if (d != null && (day == null || d.isBefore(day))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<DayCount> timeline(EventQuery q, Set<String> textDocs) {
        Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        for (ReviewedEvent r : filter(q, textDocs)) {
            LocalDate d = r.event().event().date();
            if (d != null) {
                days.computeIfAbsent(d, k -> new TreeMap<>()).merge(r.event().event().eventType(), 1, Integer::sum);
            }
        }
        List<DayCount> out = new ArrayList<>();
        days.forEach((d, types) -> types.forEach((t, n) -> out.add(new DayCount(d, t, n))));
        return out;
    }

    private List<ReviewedEvent> filter(EventQuery q, Set<String> textDocs) {
        EventFilter f = new EventFilter(q, textDocs);
        List<ReviewedEvent> hits = new ArrayList<>();
        for (ReviewedEvent r : byDate) {
            if (f.test(r)) {
                hits.add(r);
            }
        }
        return hits;
    }
}
