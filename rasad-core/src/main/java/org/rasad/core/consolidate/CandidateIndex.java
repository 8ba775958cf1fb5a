package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs inside one block without comparing all pairs. {@link PairScorer#linked} needs an
 * anchor (the same day, a shared place, or a shared death figure) and overlapping {@link TimeWindow
 * time windows}, so a report only meets, among the reports whose windows share a
 * {@value #BUCKET_DAYS}-day bucket with its own:
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
 * Two exact dates are compatible only on the same day or when the later is its report's
 * publication day, so reports with an exact date meet each other by place key and day: the same
 * day, the day before when the report is dated on its publication day, and the day after among
 * the reports dated on theirs. A report with no window (undated, unpublished) meets its keys' and
 * figures' reports at any time.
 * The lookups are symmetric, so every pair is found whichever report comes first, and the work per
 * report is bounded by how many reports share a place, a day or a figure in a few weeks, not by
 * the block's size. Candidates are only candidates: {@link PairScorer} decides. Not thread-safe.
 */
final class CandidateIndex {

    static final int BUCKET_DAYS = 32;
    /** The bucket of reports with no window. */
    private static final long ANY_TIME = Long.MIN_VALUE;

    /** A key at a time (a day or a bucket). */
    record Slot(Object key, long time) {
        /** Mixed, because neighbouring cells and days have neighbouring hashes and would pile up in a few buckets. */
        @Override
        public int hashCode() {
            long h = key.hashCode() * 0x9E3779B97F4A7C15L + time * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 31;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
            return (int) (h ^ (h >>> 32));
        }
    }

    private final Map<Object, Object> keys = new HashMap<>();
    /** Reports with an exact date by day: all of them, and those with no specific place. */
    private final Map<Long, List<Features>> byDay = new HashMap<>();
    private final Map<Long, List<Features>> openByDay = new HashMap<>();
    /** Reports with an exact date by place key and day, and those dated on their publication day again. */
    private final Map<Slot, List<Features>> exactByPlace = new HashMap<>();
    private final Map<Slot, List<Features>> publishedByPlace = new HashMap<>();
    /** The same by bucket, for reports with a window of weeks to meet them in a few lookups. */
    private final Map<Slot, List<Features>> exactByPlaceBucket = new HashMap<>();
    /** Reports with a window but no exact date by place key and bucket; with no window, in {@link #ANY_TIME}. */
    private final Map<Slot, List<Features>> byPlace = new HashMap<>();
    private final Map<Slot, List<Features>> byFigure = new HashMap<>();
    /** Reports with no specific place, by figure: what a report with a place needs of figures. */
    private final Map<Slot, List<Features>> openByFigure = new HashMap<>();
    /** Every report by place key and by figure regardless of time, for reports with no window. */
    private final Map<Object, List<Features>> byPlaceAnyTime = new HashMap<>();
    private final Map<Object, List<Features>> byFigureAnyTime = new HashMap<>();
    private final Map<Object, List<Features>> openByFigureAnyTime = new HashMap<>();

    void add(Features f) {
        List<Object> own = f.ownKeys().stream().map(this::canonical).toList();
        if (f.exactDate()) {
            long day = f.day();
            put(byDay, day, f);
            if (f.openPlace()) {
                put(openByDay, day, f);
            }
            for (Object k : own) {
                Slot slot = new Slot(k, day);
                put(exactByPlace, slot, f);
                if (f.onPublicationDay()) {
                    put(publishedByPlace, slot, f);
                }
            }
        }
        for (long b : buckets(f)) {
            for (Object k : own) {
                put(f.exactDate() ? exactByPlaceBucket : byPlace, new Slot(k, b), f);
            }
            for (Long v : f.figures()) {
                put(byFigure, new Slot(v, b), f);
                if (f.openPlace()) {
                    put(openByFigure, new Slot(v, b), f);
                }
            }
        }
        own.forEach(k -> put(byPlaceAnyTime, k, f));
        for (Long v : f.figures()) {
            put(byFigureAnyTime, v, f);
            if (f.openPlace()) {
                put(openByFigureAnyTime, v, f);
            }
        }
    }

    /** The indexed reports that may be the same incident as {@code f}, each once. */
    List<Features> candidates(Features f) {
        Candidates out = new Candidates();
        List<Object> near = f.nearKeys();
        if (f.window() == null) {
            near.forEach(k -> out.take(byPlaceAnyTime.get(k)));
            Map<Object, List<Features>> anyTime = f.openPlace() ? byFigureAnyTime : openByFigureAnyTime;
            f.figures().forEach(v -> out.take(anyTime.get(v)));
            return out.list;
        }
        if (f.exactDate()) {
            long day = f.day();
            out.take((f.openPlace() ? byDay : openByDay).get(day));
            for (Object k : near) {
                out.take(exactByPlace.get(new Slot(k, day)));
                if (f.onPublicationDay()) {
                    out.take(exactByPlace.get(new Slot(k, day - 1)));
                }
                out.take(publishedByPlace.get(new Slot(k, day + 1)));
            }
        }
        Map<Slot, List<Features>> figures = f.openPlace() ? byFigure : openByFigure;
        List<Long> buckets = new ArrayList<>(buckets(f));
        buckets.add(ANY_TIME);
        for (long b : buckets) {
            for (Object k : near) {
                if (!f.exactDate() && b != ANY_TIME) {
                    out.take(exactByPlaceBucket.get(new Slot(k, b)));
                }
                out.take(byPlace.get(new Slot(k, b)));
            }
            for (Long v : f.figures()) {
                out.take(figures.get(new Slot(v, b)));
            }
        }
        return out.list;
    }

    /** Each report once, in the order first found. */
    private static final class Candidates {
        final List<Features> list = new ArrayList<>();
        final Map<Features, Boolean> seen = new IdentityHashMap<>();

        void take(List<Features> found) {
            if (found == null) {
                return;
            }
            for (Features c : found) {
                if (seen.put(c, Boolean.TRUE) == null) {
                    list.add(c);
                }
            }
        }
    }

    /** One instance per distinct key, however many reports carry it: a million reports share a few thousand places. */
    private Object canonical(Object key) {
        return keys.computeIfAbsent(key, k -> k);
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

    private static <K> void put(Map<K, List<Features>> map, K key, Features f) {
        map.computeIfAbsent(key, k -> new ArrayList<>(4)).add(f);
    }
}
