package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Candidate pairs inside one block without comparing all pairs. {@link PairScorer#linked} needs an
 * anchor (the same day, a shared place, or a shared death figure) and overlapping {@link TimeWindow
 * time windows}, so a report only meets, among the reports whose windows share a
 * {@value #BUCKET_DAYS}-day bucket with its own:
 *
 * <ul>
 *   <li>the reports of its exact day, when it has one;</li>
 *   <li>the reports that share a place key with it (name, anchor, a word of either, a grid cell
 *       around its coordinates), since two named places that are neither the same nor related are
 *       never the same incident's;</li>
 *   <li>the reports that share an exact death figure with it, when either has no specific place
 *       (no place or only a region), since for those nothing else can anchor a link.</li>
 * </ul>
 * Reports with an exact date are indexed by place key and day rather than bucket, so they meet
 * each other only a day apart at most. A report with no window (undated, unpublished) meets its
 * keys' and figures' reports at any time.
 * The lookups are symmetric, so every pair is found whichever report comes first, and the cost is
 * linear as long as no place key or figure is shared by a large part of a block's fortnight.
 * Candidates are only candidates: {@link PairScorer} decides. Not thread-safe.
 */
final class CandidateIndex {

    static final int BUCKET_DAYS = 32;
    /** The bucket of reports with no window. */
    private static final long ANY_TIME = Long.MIN_VALUE;

    private record Slot(Object key, long bucket) {
        /** Mixed, because neighbouring cells and days have neighbouring hashes and would pile up in a few buckets. */
        @Override
        public int hashCode() {
            long h = key.hashCode() * 0x9E3779B97F4A7C15L + bucket * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 32));
        }
    }

    private final Map<String, String> keys = new HashMap<>();
    private final Map<LocalDate, List<Features>> byDay = new HashMap<>();
    private final Map<Slot, List<Features>> byPlace = new HashMap<>();
    /** Reports with an exact date by place key and day: exact dates a day or more apart never match. */
    private final Map<Slot, List<Features>> exactByPlace = new HashMap<>();
    /** The same by bucket, for reports with a window of weeks to meet them in a few lookups. */
    private final Map<Slot, List<Features>> exactByPlaceBucket = new HashMap<>();
    private final Map<Slot, List<Features>> byFigure = new HashMap<>();
    /** Reports with no specific place, by figure: what a report with a place needs of figures. */
    private final Map<Slot, List<Features>> openByFigure = new HashMap<>();
    /** Every report by place key and by figure regardless of time, for reports with no window. */
    private final Map<Object, List<Features>> byPlaceAnyTime = new HashMap<>();
    private final Map<Object, List<Features>> byFigureAnyTime = new HashMap<>();
    private final Map<Object, List<Features>> openByFigureAnyTime = new HashMap<>();

    void add(Features f) {
        List<String> own = f.openPlace() ? List.of() : f.ownKeys().stream().map(this::canonical).toList();
        if (f.exactDate()) {
            byDay.computeIfAbsent(f.report().event().date(), d -> new ArrayList<>()).add(f);
        }
        if (f.exactDate()) {
            long day = f.report().event().date().toEpochDay();
            own.forEach(k -> put(exactByPlace, new Slot(k, day), f));
        }
        for (long b : buckets(f)) {
            if (!f.openPlace()) {
                own.forEach(k -> put(f.exactDate() ? exactByPlaceBucket : byPlace, new Slot(k, b), f));
            }
            for (Long v : f.figures()) {
                put(byFigure, new Slot(v, b), f);
                if (f.openPlace()) {
                    put(openByFigure, new Slot(v, b), f);
                }
            }
        }
        if (!f.openPlace()) {
            own.forEach(k -> put(byPlaceAnyTime, k, f));
        }
        for (Long v : f.figures()) {
            put(byFigureAnyTime, v, f);
            if (f.openPlace()) {
                put(openByFigureAnyTime, v, f);
            }
        }
    }

    /** The indexed reports that may be the same incident as {@code f}, each once. */
    List<Features> candidates(Features f) {
        Map<Features, Boolean> seen = new IdentityHashMap<>();
        List<Features> out = new ArrayList<>();
        Consumer<List<Features>> take = list -> {
            for (Features c : list) {
                if (seen.put(c, Boolean.TRUE) == null) {
                    out.add(c);
                }
            }
        };
        if (f.exactDate()) {
            take.accept(byDay.getOrDefault(f.report().event().date(), List.of()));
        }
        Map<Slot, List<Features>> figures = f.openPlace() ? byFigure : openByFigure;
        List<String> near = f.openPlace() ? List.of() : f.nearKeys();
        if (f.window() == null) {
            if (!f.openPlace()) {
                near.forEach(k -> take.accept(byPlaceAnyTime.getOrDefault(k, List.of())));
            }
            Map<Object, List<Features>> anyTime = f.openPlace() ? byFigureAnyTime : openByFigureAnyTime;
            f.figures().forEach(v -> take.accept(anyTime.getOrDefault(v, List.of())));
            return out;
        }
        List<Long> buckets = new ArrayList<>(buckets(f));
        buckets.add(ANY_TIME);
        if (f.exactDate()) {
            for (long day = f.window().first(); day <= f.window().last(); day++) {
                for (String k : near) {
                    take.accept(exactByPlace.getOrDefault(new Slot(k, day), List.of()));
                }
            }
        }
        for (long b : buckets) {
            if (!f.openPlace() && !f.exactDate() && b != ANY_TIME) {
                near.forEach(k -> take.accept(exactByPlaceBucket.getOrDefault(new Slot(k, b), List.of())));
            }
            if (!f.openPlace()) {
                near.forEach(k -> take.accept(byPlace.getOrDefault(new Slot(k, b), List.of())));
            }
            f.figures().forEach(v -> take.accept(figures.getOrDefault(new Slot(v, b), List.of())));
        }
        return out;
    }

    /** One string per distinct key, however many reports carry it: a million reports share a few thousand places. */
    private String canonical(String key) {
        return keys.computeIfAbsent(key, k -> k);
    }

    private static List<Long> buckets(Features f) {
        TimeWindow w = f.window();
        if (w == null) {
            return List.of(ANY_TIME);
        }
        List<Long> out = new ArrayList<>(3);
        for (long b = Math.floorDiv(w.first(), BUCKET_DAYS); b <= Math.floorDiv(w.last(), BUCKET_DAYS); b++) {
            out.add(b);
        }
        return out;
    }

    private static <K> void put(Map<K, List<Features>> map, K key, Features f) {
        map.computeIfAbsent(key, k -> new ArrayList<>(4)).add(f);
    }
}
