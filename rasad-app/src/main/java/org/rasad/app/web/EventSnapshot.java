package org.rasad.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.rasad.app.web.EventCatalog.DayCount;
import org.rasad.app.web.EventCatalog.EventPage;
import org.rasad.core.review.ReviewedEvent;

/**
 * An immutable view of all events: their filterable fields as {@link EventColumns} (in date
 * order), every order the API offers precomputed, and an id index. A page is the bitmap of the
 * matching events, counted, then read in the asked order until the page is full: no sorting and no
 * list of all matches per request. Safe to share between threads.
 */
final class EventSnapshot {

    private final List<ReviewedEvent> events;
    private final EventColumns columns;
    private final Map<EventSort, int[]> orders;
    private final Map<String, ReviewedEvent> byId;
    private final AtomicReferenceArray<byte[]> summaries;

    private EventSnapshot(List<ReviewedEvent> events, Map<EventSort, int[]> orders, Map<String, ReviewedEvent> byId) {
        this.events = events;
        this.columns = new EventColumns(events);
        this.orders = orders;
        this.byId = byId;
        this.summaries = new AtomicReferenceArray<>(events.size());
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
            return pageOf(order.length, IntStream.range(from, to).map(k -> order[k]).toArray());
        }
        BitSet hits = new ColumnFilter(columns, q, textDocs).matches();
        int matches = hits.cardinality();
        long end = Math.min((long) q.offset() + q.limit(), matches);
        int[] window = new int[(int) Math.max(0, end - q.offset())];
        int seen = 0;
        int n = 0;
        if (q.sort() == EventSort.DATE) {
            // the columns are in date order: the bitmap's bits are the page's order
            for (int i = hits.nextSetBit(0); i >= 0 && seen < end; i = hits.nextSetBit(i + 1), seen++) {
                if (seen >= q.offset()) {
                    window[n++] = i;
                }
            }
        } else {
            for (int k = 0; k < order.length && seen < end; k++) {
                if (hits.get(order[k])) {
                    if (seen >= q.offset()) {
                        window[n++] = order[k];
                    }
                    seen++;
                }
            }
        }
        return pageOf(matches, window);
    }

    /** The events at these indexes with their list summaries, rendered on first use and kept. */
    private EventPage pageOf(int total, int[] indexes) {
        List<ReviewedEvent> items = new ArrayList<>(indexes.length);
        List<byte[]> json = new ArrayList<>(indexes.length);
        for (int i : indexes) {
            items.add(events.get(i));
            byte[] b = summaries.get(i);
            if (b == null) {
                b = SummaryWriter.summary(events.get(i));
                summaries.set(i, b);  // a race renders the same bytes twice, harmlessly
            }
            json.add(b);
        }
        return new EventPage(total, items, json);
    }

    private static boolean unfiltered(EventQuery q) {
        return q.from() == null && q.to() == null && q.bbox() == null && q.country() == null && q.admin1() == null
                && q.type() == null && q.actor() == null && q.text() == null && !q.disputedOnly();
    }

    List<DayCount> timeline(EventQuery q, Set<String> textDocs) {
        BitSet hits = new ColumnFilter(columns, q, textDocs).matches();
        Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (columns.day[i] != EventColumns.NO_DATE) {
                days.computeIfAbsent(LocalDate.ofEpochDay(columns.day[i]), k -> new TreeMap<>())
                        .merge(events.get(i).event().event().eventType(), 1, Integer::sum);
            }
        }
        List<DayCount> out = new ArrayList<>();
        days.forEach((d, types) -> types.forEach((t, n) -> out.add(new DayCount(d, t, n))));
        return out;
    }
}
