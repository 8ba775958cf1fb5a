package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs inside one block without comparing all pairs. {@link PairScorer#linked} needs an
 * anchor (the same day, a shared place, or a shared death figure) and compatible dates, so a
 * report only meets:
 *
 * <ul>
 *   <li>the reports that share a place key with it ({@link Places#ownKeys} against
 *       {@link Places#nearKeys}), since two named places that are neither the same nor related are
 *       never the same incident's;</li>
 *   <li>when it has an exact date, the reports of its exact day that have no specific place (no
 *       place or only a region), or all of that day's when it has none itself: two specific places
 *       must still share a key;</li>
 *   <li>the reports that share an exact death figure with it, when either has no specific place,
 *       since for those nothing else can anchor a link.</li>
 * </ul>
 * Each key (place or figure) has its own small index by time. Two exact dates are compatible only
 * on the same day or when the later is its report's publication day, so reports with an exact date
 * meet each other by key and day: the same day, the day before when the report is dated on its
 * publication day, and the day after among the reports dated on theirs. Reports with a longer
 * window meet the others of their key by {@value #BUCKET_DAYS}-day bucket, and a report with no
 * window (undated, unpublished) meets its keys' reports at any time.
 * The lookups are symmetric, so every pair is found whichever report comes first, and the work per
 * report is bounded by how many reports share a place or a figure on a day (or in a few weeks for
 * the few with no exact date), not by the block's size. Candidates are only candidates:
 * {@link PairScorer} decides. Not thread-safe.
 */
final class CandidateIndex<T> {

    static final int BUCKET_DAYS = 32;
    /** The bucket of reports with no window. */
    private static final long ANY_TIME = Long.MIN_VALUE;

    /** An indexed report and what the caller keeps with it, with the last lookup that took it so that a lookup takes each report once. */
    private static final class Entry {
        final Object payload;
        long taken;

        Entry(Object payload) {
            this.payload = payload;
        }
    }

    /**
     * The reports under one place key: one lookup in the large map of keys, then small maps by time.
     * Reports with an exact date by day, and those dated on their publication day again under the day
     * before (the day they may also be); by bucket, for reports with a window of weeks to meet them in
     * a few lookups; the others by bucket, with no window in {@link #ANY_TIME}; and all of them.
     */
    private static final class Shelf {
        final Map<Long, List<Entry>> exactByDay = new HashMap<>();
        final Map<Long, List<Entry>> publishedByDayBefore = new HashMap<>();
        final Map<Long, List<Entry>> exactByBucket = new HashMap<>();
        final Map<Long, List<Entry>> otherByBucket = new HashMap<>();
        final List<Entry> all = new ArrayList<>(2);
    }

    /**
     * An exact death figure as a key: every report registers its figures, and a report with no
     * specific place registers them again as {@code open}, which is what reports with a place look up.
     */
    private record Figure(long value, boolean open) {
    }

    /** By place key or {@link Figure}; one instance per distinct key, however many reports carry it. */
    private final Map<Object, Shelf> shelves = new HashMap<>();
    /** Reports with an exact date by day: all of them, and those with no specific place. */
    private final Map<Long, List<Entry>> byDay = new HashMap<>();
    private final Map<Long, List<Entry>> openByDay = new HashMap<>();
    private long lookups;
    /** The last lookup's result, kept so that a million lookups do not grow a million lists. */
    private final List<T> found = new ArrayList<>();

    /** Indexes {@code f}; {@link #candidates} gives back its {@code payload}. */
    void add(Features f, T payload) {
        Entry e = new Entry(payload);
        List<Shelf> own = new ArrayList<>();
        f.ownKeys().forEach(k -> own.add(shelves.computeIfAbsent(k, x -> new Shelf())));
        f.figures().forEach(v -> own.add(shelves.computeIfAbsent(new Figure(v, false), x -> new Shelf())));
        if (f.openPlace()) {
            f.figures().forEach(v -> own.add(shelves.computeIfAbsent(new Figure(v, true), x -> new Shelf())));
        }
        if (f.exactDate()) {
            long day = f.day();
            put(byDay, day, e);
            if (f.openPlace()) {
                put(openByDay, day, e);
            }
            for (Shelf s : own) {
                put(s.exactByDay, day, e);
                if (f.onPublicationDay()) {
                    put(s.publishedByDayBefore, day - 1, e);
                }
            }
        }
        for (long b : buckets(f)) {
            for (Shelf s : own) {
                put(f.exactDate() ? s.exactByBucket : s.otherByBucket, b, e);
            }
        }
        own.forEach(s -> s.all.add(e));
    }

    /**
     * The payloads of the indexed reports that may be the same incident as {@code f}, each once, in
     * a list this index reuses: it is valid until the next call.
     */
    List<T> candidates(Features f) {
        long lookup = ++lookups;
        List<T> out = found;
        out.clear();
        List<Shelf> near = new ArrayList<>();
        for (Object k : f.nearKeys()) {
            Shelf s = shelves.get(k);
            if (s != null) {
                near.add(s);
            }
        }
        for (Long v : f.figures()) {
            // a report with a specific place needs figures only of those without one
            Shelf s = shelves.get(new Figure(v, !f.openPlace()));
            if (s != null) {
                near.add(s);
            }
        }
        if (f.window() == null) {
            near.forEach(s -> take(s.all, lookup, out));
            return out;
        }
        if (f.exactDate()) {
            long day = f.day();
            take((f.openPlace() ? byDay : openByDay).get(day), lookup, out);
            for (Shelf s : near) {
                take(s.exactByDay.get(day), lookup, out);
                take(s.publishedByDayBefore.get(day), lookup, out);
                if (f.onPublicationDay()) {
                    take(s.exactByDay.get(day - 1), lookup, out);
                }
            }
        }
        List<Long> buckets = new ArrayList<>(buckets(f));
        buckets.add(ANY_TIME);
        for (long b : buckets) {
            for (Shelf s : near) {
                if (!f.exactDate() && b != ANY_TIME) {
                    take(s.exactByBucket.get(b), lookup, out);
                }
                take(s.otherByBucket.get(b), lookup, out);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void take(List<Entry> found, long lookup, List<T> out) {
        if (found == null) {
            return;
        }
        for (Entry e : found) {
            if (e.taken != lookup) {
                e.taken = lookup;
                out.add((T) e.payload);
            }
        }
    }

    static List<Long> buckets(TimeWindow w) {
        List<Long> out = new ArrayList<>(3);
        for (long b = Math.floorDiv(w.first(), BUCKET_DAYS); b <= Math.floorDiv(w.last(), BUCKET_DAYS); b++) {
            out.add(b);
        }
        return out;
    }

    private static List<Long> buckets(Features f) {
        return f.window() == null ? List.of(ANY_TIME) : buckets(f.window());
    }

    private static <K> void put(Map<K, List<Entry>> map, K key, Entry e) {
        map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
    }
}
