package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clusters of one large group indexed by their first member, for {@link Clusterer}: a report fits
 * a cluster only when it is {@link PairScorer#compatible compatible} with every member, so with the
 * first, and compatibility needs overlapping {@link TimeWindow time windows} and places that
 * {@link Places} does not call different. So a report tries only the clusters whose first member
 *
 * <ul>
 *   <li>shares a place key with it, or has no specific place (a report without one tries all places);</li>
 *   <li>has an exact date within a day of its own exact date, or, for a report with a longer window,
 *       in a {@value CandidateIndex#BUCKET_DAYS}-day bucket of that window widened by a day;</li>
 *   <li>has a longer window sharing a bucket with its window, or none (a report without one tries
 *       all times).</li>
 * </ul>
 * The work per report is then bounded by the clusters of a few weeks at a place, not by the group,
 * which may be a busy town's whole history. Not thread-safe.
 */
final class ClusterIndex {

    private static final long ANY_TIME = Long.MIN_VALUE;

    /** The clusters whose first member has one place key, by time. */
    private static final class Shelf {
        final Map<Long, List<Integer>> exactByDay = new HashMap<>();
        final Map<Long, List<Integer>> exactByBucket = new HashMap<>();
        /** Windows of weeks by bucket; no window in {@link #ANY_TIME}. */
        final Map<Long, List<Integer>> otherByBucket = new HashMap<>();
        final List<Integer> all = new ArrayList<>();

        void add(Features first, int cluster) {
            all.add(cluster);
            if (first.exactDate()) {
                put(exactByDay, first.day(), cluster);
                put(exactByBucket, Math.floorDiv(first.day(), CandidateIndex.BUCKET_DAYS), cluster);
                return;
            }
            List<Long> buckets = first.window() == null ? List.of(ANY_TIME) : CandidateIndex.buckets(first.window());
            buckets.forEach(b -> put(otherByBucket, b, cluster));
        }

        void find(Features f, List<List<Integer>> found) {
            if (f.window() == null) {
                found.add(all);
                return;
            }
            if (f.exactDate()) {
                for (long day = f.day() - 1; day <= f.day() + 1; day++) {
                    lookUp(exactByDay, day, found);
                }
            } else {
                TimeWindow widened = new TimeWindow(f.window().first() - 1, f.window().last() + 1);
                CandidateIndex.buckets(widened).forEach(b -> lookUp(exactByBucket, b, found));
            }
            CandidateIndex.buckets(f.window()).forEach(b -> lookUp(otherByBucket, b, found));
            lookUp(otherByBucket, ANY_TIME, found);
        }
    }

    /** By place key, one instance per key; first members with no specific place; every cluster. */
    private final Map<Object, Shelf> shelves = new HashMap<>();
    private final Shelf open = new Shelf();
    private final Shelf every = new Shelf();
    private int count;

    /** Indexes the next cluster (numbered 0, 1, 2… in the order added) by its first member. */
    void add(Features first) {
        int k = count++;
        every.add(first, k);
        if (first.openPlace()) {
            open.add(first, k);
        } else {
            first.ownKeys().forEach(key -> shelves.computeIfAbsent(key, x -> new Shelf()).add(first, k));
        }
    }

    /** The clusters {@code f} may fit, ascending (creation order), each once. */
    int[] candidates(Features f) {
        List<List<Integer>> found = new ArrayList<>();
        if (f.openPlace()) {
            every.find(f, found);
        } else {
            open.find(f, found);
            for (Object key : f.nearKeys()) {
                Shelf s = shelves.get(key);
                if (s != null) {
                    s.find(f, found);
                }
            }
        }
        return merge(found);
    }

    private static void lookUp(Map<Long, List<Integer>> map, long key, List<List<Integer>> found) {
        List<Integer> l = map.get(key);
        if (l != null) {
            found.add(l);
        }
    }

    /** The distinct cluster numbers of the lists, ascending. */
    private static int[] merge(List<List<Integer>> found) {
        int n = 0;
        for (List<Integer> l : found) {
            n += l.size();
        }
        int[] out = new int[n];
        int i = 0;
        for (List<Integer> l : found) {
            for (int k : l) {
                out[i++] = k;
            }
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int j = 0; j < n; j++) {
            if (distinct == 0 || out[j] != out[distinct - 1]) {
                out[distinct++] = out[j];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static void put(Map<Long, List<Integer>> map, long key, int cluster) {
        map.computeIfAbsent(key, x -> new ArrayList<>(2)).add(cluster);
    }
}
