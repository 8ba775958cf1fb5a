package org.rasad.app.web;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;
import org.rasad.core.review.ReviewedEvent;

/**
 * The filterable fields of all events as flat arrays, in date order, with repeated text (types,
 * countries, admin1 names, actors) replaced by ids into small dictionaries; bitmaps of the events
 * of each type and country and of the disputed ones, postings per actor, a grid of places. A query
 * combines these with a date range (a slice, since the arrays are in date order) and tests only the
 * survivors on the remaining field (admin1): well under a millisecond for 100,000 events.
 * Immutable once built (the cache of text matches aside, which is thread-safe).
 */
final class EventColumns {

    static final int NO_DATE = Integer.MIN_VALUE;

    final int size;
    final int[] day;
    final int[] type;
    final int[] subType;
    final int[] country;
    final int[] admin1;
    final int[] actor1;
    final int[] actor2;
    final double[] lat;
    final double[] lon;
    final boolean[] disputed;
    final BitSet disputedSet;
    private final PlaceGrid grid;
    /** For each actor id, the events that have it as actor1 or actor2. */
    private final List<Postings> eventsByActor = new ArrayList<>();
    private final List<BitSet> byType = new ArrayList<>();
    private final List<BitSet> byCountry = new ArrayList<>();
    final Dictionary types = new Dictionary();
    final Dictionary countries = new Dictionary();
    final Dictionary admin1s = new Dictionary();
    /** Each actor as «name\u0001text», lowercased: what the actor filter searches in. */
    final Dictionary actors = new Dictionary();
    private final Map<String, List<Integer>> eventsByDoc = new HashMap<>();
    private final Map<Set<String>, BitSet> byDocs = Collections.synchronizedMap(new IdentityHashMap<>());

    /** @param events in date order */
    EventColumns(List<ReviewedEvent> events) {
        size = events.size();
        disputedSet = new BitSet(size);
        day = new int[size];
        type = new int[size];
        subType = new int[size];
        country = new int[size];
        admin1 = new int[size];
        actor1 = new int[size];
        actor2 = new int[size];
        lat = new double[size];
        lon = new double[size];
        disputed = new boolean[size];
        for (int i = 0; i < size; i++) {
            ReviewedEvent r = events.get(i);
            Event e = r.event().event();
            Location l = e.location();
            day[i] = e.date() == null ? NO_DATE : (int) e.date().toEpochDay();
            type[i] = types.id(e.eventType());
            subType[i] = types.id(e.subEventType());
            country[i] = countries.id(l == null ? null : l.country());
            admin1[i] = admin1s.id(l == null || l.admin1() == null ? null : l.admin1().toLowerCase(Locale.ROOT));
            actor1[i] = actors.id(actorKey(e.actor1()));
            actor2[i] = actors.id(actorKey(e.actor2()));
            lat[i] = l == null || l.lat() == null ? Double.NaN : l.lat();
            lon[i] = l == null || l.lon() == null ? Double.NaN : l.lon();
            disputed[i] = r.event().disputed();
            if (disputed[i]) {
                disputedSet.set(i);
            }
            mark(byType, type[i], i);
            mark(byType, subType[i], i);
            mark(byCountry, country[i], i);
            for (Report rep : r.event().reports()) {
                eventsByDoc.computeIfAbsent(rep.doc(), k -> new ArrayList<>(1)).add(i);
            }
        }
        grid = new PlaceGrid(lat, lon);
        int[] counts = new int[actors.values().size()];
        for (int i = 0; i < size; i++) {
            count(counts, actor1[i], actor2[i]);
        }
        int[][] lists = new int[counts.length][];
        for (int a = 0; a < counts.length; a++) {
            lists[a] = new int[counts[a]];
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < size; i++) {
            if (actor1[i] >= 0) {
                lists[actor1[i]][filled[actor1[i]]++] = i;
            }
            if (actor2[i] >= 0 && actor2[i] != actor1[i]) {
                lists[actor2[i]][filled[actor2[i]]++] = i;
            }
        }
        for (int[] list : lists) {
            eventsByActor.add(new Postings(list, size));
        }
    }

    private static void count(int[] counts, int a1, int a2) {
        if (a1 >= 0) {
            counts[a1]++;
        }
        if (a2 >= 0 && a2 != a1) {
            counts[a2]++;
        }
    }

    /** The placed events inside the box. */
    BitSet inBox(BoundingBox box) {
        return grid.inside(box);
    }

    /** The events whose actor1 or actor2 is one of the marked actor ids. */
    BitSet ofActors(boolean[] wanted) {
        BitSet out = new BitSet(size);
        for (int id = 0; id < wanted.length; id++) {
            if (wanted[id]) {
                eventsByActor.get(id).orInto(out);
            }
        }
        return out;
    }

    private void mark(List<BitSet> sets, int id, int event) {
        if (id < 0) {
            return;
        }
        while (sets.size() <= id) {
            sets.add(new BitSet(size));
        }
        sets.get(id).set(event);
    }

    /** The events of a type or sub-type id (see {@link Dictionary#find}); empty for an unknown one. */
    BitSet ofType(int id) {
        return id < 0 || id >= byType.size() ? new BitSet() : byType.get(id);
    }

    BitSet ofCountry(int id) {
        return id < 0 || id >= byCountry.size() ? new BitSet() : byCountry.get(id);
    }

    /** Index of the first event dated on or after the epoch day; undated events come last. */
    int firstOnOrAfter(int epochDay) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] != NO_DATE && day[mid] < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String actorKey(ActorRef a) {
        if (a == null) {
            return null;
        }
        return ((a.name() == null ? "" : a.name()) + "\u0001" + (a.text() == null ? "" : a.text())).toLowerCase(Locale.ROOT);
    }

    /**
     * The events with a report from one of the documents; read-only. Kept per set of documents:
     * the article search hands out the same set for the same words until new articles arrive,
     * and a user pages through one search.
     */
    BitSet eventsOf(Set<String> docs) {
        BitSet cached = byDocs.get(docs);
        if (cached != null) {
            return cached;
        }
        BitSet out = new BitSet(size);
        for (String d : docs) {
            List<Integer> ids = eventsByDoc.get(d);
            if (ids != null) {
                ids.forEach(out::set);
            }
        }
        synchronized (byDocs) {
            if (byDocs.size() >= 64) {
                byDocs.clear();
            }
            byDocs.put(docs, out);
        }
        return out;
    }

    /** Distinct strings and their ids; null is id -1. */
    static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int id(String s) {
            if (s == null) {
                return -1;
            }
            return ids.computeIfAbsent(s, k -> {
                values.add(k);
                return values.size() - 1;
            });
        }

        /** Id of a value, or -2 when no event has it (so nothing matches). */
        int find(String s) {
            return ids.getOrDefault(s, -2);
        }

        List<String> values() {
            return values;
        }
    }
}
