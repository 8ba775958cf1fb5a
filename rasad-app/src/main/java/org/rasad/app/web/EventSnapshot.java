package org.rasad.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.rasad.app.web.EventCatalog.DayCount;
import org.rasad.app.web.EventCatalog.EventPage;
import org.rasad.core.review.ReviewedEvent;

/**
 * An immutable view of all events: their filterable fields as {@link EventColumns}, every order
 * the API offers precomputed, and an id index. A page is one scan in the asked order that counts
 * the matches and keeps only the page's window; a date range scans only its slice of the date
 * order. No sorting and no list of all matches per request. Safe to share between threads.
 */
final class EventSnapshot {

    private final List<ReviewedEvent> events;
    private final EventColumns columns;
    private final Map<EventSort, int[]> orders;
    private final Map<String, ReviewedEvent> byId;

    private EventSnapshot(List<ReviewedEvent> events, Map<EventSort, int[]> orders, Map<String, ReviewedEvent> byId) {
        this.events = events;
        this.columns = new EventColumns(events);
        this.orders = orders;
        this.byId = byId;
    }

    static EventSnapshot of(List<ReviewedEvent> unsorted) {
        // columns in date order: the scans that count matches then read every array front to back
        List<ReviewedEvent> sorted = new ArrayList<>(unsorted);
        sorted.sort(EventFilter.order(EventSort.DATE));
        List<ReviewedEvent> events = List.copyOf(sorted);
        Map<EventSort, int[]> orders = new EnumMap<>(EventSort.class);
        for (EventSort sort : EventSort.values()) {
            Comparator<ReviewedEvent> cmp = EventFilter.order(sort);
            orders.put(sort, IntStream.range(0, events.size()).boxed()
                    .sorted((a, b) -> cmp.compare(events.get(a), events.get(b))).mapToInt(Integer::intValue).toArray());
        }
        Map<String, ReviewedEvent> ids = new HashMap<>();
        events.forEach(e -> ids.put(e.eventId(), e));
        return new EventSnapshot(events, orders, Map.copyOf(ids));
    }

    /** All events, in no particular order. */
    List<ReviewedEvent> all() {
        return events;
    }

    int size() {
        return events.size();
    }

    Optional<ReviewedEvent> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @param textDocs documents matching the query's text, or null without text */
    EventPage page(EventQuery q, Set<String> textDocs) {
        int[] order = orders.get(q.sort());
        if (unfiltered(q)) {
            int from = Math.min(q.offset(), order.length);
            int to = (int) Math.min((long) from + q.limit(), order.length);
            return new EventPage(order.length, IntStream.range(from, to).mapToObj(k -> events.get(order[k])).toList());
        }
        ColumnFilter f = new ColumnFilter(columns, q, textDocs);
        if (q.from() != null || q.to() != null) {
            // a date range is a slice of the date order: scan only that, and sort its matches when asked
            int[] date = orders.get(EventSort.DATE);
            List<ReviewedEvent> hits = new ArrayList<>();
            for (int k = firstOnOrAfter(q.from()), end = firstAfter(q.to()); k < end; k++) {
                if (f.test(date[k])) {
                    hits.add(events.get(date[k]));
                }
            }
            if (q.sort() != EventSort.DATE) {
                hits.sort(EventFilter.order(q.sort()));
            }
            int from = Math.min(q.offset(), hits.size());
            return new EventPage(hits.size(), hits.subList(from, (int) Math.min((long) from + q.limit(), hits.size())));
        }
        // count with a sequential scan; collect the page in the asked order, stopping once it is full
        int matches = 0;
        for (int i = 0; i < events.size(); i++) {
            if (f.test(i)) {
                matches++;
            }
        }
        long end = Math.min((long) q.offset() + q.limit(), matches);
        List<ReviewedEvent> window = new ArrayList<>((int) Math.max(0, Math.min(q.limit(), end - q.offset())));
        int seen = 0;
        for (int k = 0; k < order.length && seen < end; k++) {
            if (f.test(order[k])) {
                if (seen >= q.offset()) {
                    window.add(events.get(order[k]));
                }
                seen++;
            }
        }
        return new EventPage(matches, window);
    }

    private static boolean unfiltered(EventQuery q) {
        return q.from() == null && q.to() == null && q.bbox() == null && q.country() == null && q.admin1() == null
                && q.type() == null && q.actor() == null && q.text() == null && !q.disputedOnly();
    }

    List<DayCount> timeline(EventQuery q, Set<String> textDocs) {
        ColumnFilter f = new ColumnFilter(columns, q, textDocs);
        Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (columns.day[i] != EventColumns.NO_DATE && f.test(i)) {
                days.computeIfAbsent(LocalDate.ofEpochDay(columns.day[i]), k -> new TreeMap<>())
                        .merge(events.get(i).event().event().eventType(), 1, Integer::sum);
            }
        }
        List<DayCount> out = new ArrayList<>();
        days.forEach((d, types) -> types.forEach((t, n) -> out.add(new DayCount(d, t, n))));
        return out;
    }

    /** Position in the date order of the first event dated on or after the day (null: the first). */
    private int firstOnOrAfter(LocalDate day) {
        return day == null ? 0 : lowerBound((int) day.toEpochDay());
    }

    /** Position in the date order just past the events dated on or before the day (null: past the dated ones). */
    private int firstAfter(LocalDate day) {
        return day == null ? lowerBound(Integer.MAX_VALUE) : lowerBound((int) day.toEpochDay() + 1);
    }

    /** Undated events sort last, so they count as later than every day. */
    private int lowerBound(int epochDay) {
        int[] date = orders.get(EventSort.DATE);
        int lo = 0;
        int hi = date.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int d = columns.day[date[mid]];
            if (d != EventColumns.NO_DATE && d < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
