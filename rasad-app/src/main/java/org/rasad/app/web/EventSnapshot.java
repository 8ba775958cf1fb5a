package org.rasad.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * An immutable view of all events, sorted by date, with an id index: filtering 100,000 events is
 * a scan of a few milliseconds, so no further index is needed. Safe to share between threads.
 */
final class EventSnapshot {

    private final List<ReviewedEvent> byDate;
    private final Map<String, ReviewedEvent> byId;

    private EventSnapshot(List<ReviewedEvent> byDate, Map<String, ReviewedEvent> byId) {
        this.byDate = byDate;
        this.byId = byId;
    }

    static EventSnapshot of(List<ReviewedEvent> events) {
        List<ReviewedEvent> sorted = new ArrayList<>(events);
        sorted.sort(EventFilter.order(EventSort.DATE));
        Map<String, ReviewedEvent> ids = new HashMap<>();
        sorted.forEach(e -> ids.put(e.eventId(), e));
        return new EventSnapshot(List.copyOf(sorted), Map.copyOf(ids));
    }

    List<ReviewedEvent> events() {
        return byDate;
    }

    Optional<ReviewedEvent> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @param textDocs documents matching the query's text, or null without text */
    EventPage page(EventQuery q, Set<String> textDocs) {
        List<ReviewedEvent> hits = filter(q, textDocs);
        if (q.sort() != EventSort.DATE) {
            hits.sort(EventFilter.order(q.sort()));
        }
        int from = Math.min(q.offset(), hits.size());
        int to = (int) Math.min((long) from + q.limit(), hits.size());
        return new EventPage(hits.size(), hits.subList(from, to));
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
