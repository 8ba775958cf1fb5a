package org.rasad.core.consolidate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;

/**
 * The coded fields of one incident from its reports (given in {@link Report#ORDER}).
 *
 * <ul>
 *   <li>type and sub-type: the reading most reports share (the first report's on a tie);</li>
 *   <li>date: the most precise; among equally precise ones the most reported, then the first report's;</li>
 *   <li>place: the most precise geo precision, geocoded before not, then the most reported name;</li>
 *   <li>actors: per role the actor most reports name, generic ones («Unidentified …») only when no
 *       report names the side; actor2 never repeats actor1.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Representative {

    private Representative() {
    }

    static Event event(List<Report> reports, Tolls.Toll toll) {
        List<Event> events = reports.stream().map(Report::event).toList();
        Event type = vote(events, e -> e.eventType() + "/" + e.subEventType(), Comparator.comparingInt(e -> 0));
        Event dated = vote(events.stream().filter(e -> e.date() != null).toList(), e -> e.date().toString(),
                Comparator.comparingInt(PairScorer::precision));
        Event placed = vote(events.stream().filter(e -> e.location() != null).toList(),
                e -> Places.key(e.location().nameAr(), e.location().name()),
                Comparator.comparingInt((Event e) -> e.location().geoPrecision()).thenComparing(e -> !geocoded(e.location())));
        ActorRef actor1 = actor(events, Event::actor1, null);
        ActorRef actor2 = actor(events, Event::actor2, actor1);
        Event basis = toll.basis() != null ? toll.basis().event() : events.get(0);
        Integer injured = events.stream().map(Event::injured).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        return new Event(type.eventType(), type.subEventType(), dated == null ? null : dated.date(),
                dated == null ? null : dated.timePrecision(), actor1, actor2, placed == null ? null : placed.location(),
                toll.fatalities(), injured, basis.casualties(), basis.claims(), basis.evidence());
    }

    /**
     * The best event by {@code rank} (lower is better); among equally ranked ones the one whose
     * {@code key} most events share, then the first. Null for no events.
     */
    private static Event vote(List<Event> events, Function<Event, String> key, Comparator<Event> rank) {
        List<String> keys = events.stream().map(key).toList();  // once per event: a place key is normalised
        Map<String, Integer> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        int best = -1;
        for (int i = 0; i < events.size(); i++) {
            int c = best < 0 ? -1 : rank.compare(events.get(i), events.get(best));
            if (c < 0 || (c == 0 && counts.get(keys.get(i)) > counts.get(keys.get(best)))) {
                best = i;
            }
        }
        return best < 0 ? null : events.get(best);
    }

    private static ActorRef actor(List<Event> events, Function<Event, ActorRef> role, ActorRef other) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ActorRef> first = new LinkedHashMap<>();
        for (Event e : events) {
            ActorRef a = role.apply(e);
            if (a != null && !Actors.generic(a) && (other == null || !Actors.same(a, other))) {
                counts.merge(Actors.base(a.name()), 1, Integer::sum);
                first.putIfAbsent(Actors.base(a.name()), a);
            }
        }
        if (counts.isEmpty()) {
            return events.stream().map(role).filter(Objects::nonNull)
                    .filter(a -> other == null || !a.equals(other)).findFirst().orElse(null);
        }
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (best == null || c.getValue() > counts.get(best)) {
                best = c.getKey();
            }
        }
        return first.get(best);
    }

    private static boolean geocoded(Location l) {
        return l.lat() != null && l.lon() != null;
    }
}
