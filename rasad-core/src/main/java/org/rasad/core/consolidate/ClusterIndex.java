package org.rasad.core.consolidate;

import java.util.ArrayList;
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
 *   <li>has an exact day inside its window (widened by a day), or a window sharing a
 *       {@value CandidateIndex#BUCKET_DAYS}-day bucket with it, or no window (either without one
 *       meets all times);</li>
 *   <li>shares a place key with it, or has no specific place (either without one meets all places).</li>
 * </ul>
 * The work per report is then bounded by the clusters of a few weeks at a place, not by the group,
 * which may be a busy town's whole history. Not thread-safe.
 */
final class ClusterIndex {

    /** The place key of first members with no specific place. */
    private static final Object OPEN = new Object();
    private static final long ANY_TIME = Long.MIN_VALUE;

    /** Clusters by place key (or OPEN) and day, bucket or ANY_TIME; and by time alone, for reports with no specific place. */
    private final Map<CandidateIndex.Slot, List<Integer>> byDay = new HashMap<>();
    private final Map<CandidateIndex.Slot, List<Integer>> byBucket = new HashMap<>();
    private final Map<Long, List<Integer>> allByDay = new HashMap<>();
    private final Map<Long, List<Integer>> allByBucket = new HashMap<>();
    /** Clusters by place key (or OPEN) at any time, for reports with no window. */
    private final Map<Object, List<Integer>> byPlace = new HashMap<>();
    /** One instance per key, so that lookups compare keys by identity, and only keys some cluster has are looked up. */
    private final Map<Object, Object> keys = new HashMap<>();
    private int count;

    /** Indexes cluster number {@link #size()} by its first member. */
    void add(Features first) {
        int k = count++;
        List<Object> keys = first.openPlace() ? List.of(OPEN) : first.ownKeys().stream().map(this::canonical).toList();
        for (Object key : keys) {
            put(byPlace, key, k);
        }
        if (first.exactDate()) {
            put(allByDay, first.day(), k);
            keys.forEach(key -> put(byDay, new CandidateIndex.Slot(key, first.day()), k));
            return;
        }
        List<Long> buckets = first.window() == null ? List.of(ANY_TIME) : CandidateIndex.buckets(first.window());
        for (long b : buckets) {
            put(allByBucket, b, k);
            keys.forEach(key -> put(byBucket, new CandidateIndex.Slot(key, b), k));
        }
    }

    int size() {
        return count;
    }

    /** The clusters {@code f} may fit, ascending (creation order), each once. */
    int[] candidates(Features f) {
        List<List<Integer>> found = new ArrayList<>();
        if (f.window() == null) {
            if (f.openPlace()) {
                return all();
            }
            lookUp(byPlace, OPEN, found);
            known(f).forEach(key -> lookUp(byPlace, key, found));
            return merge(found);
        }
        List<Object> near = new ArrayList<>();
        if (!f.openPlace()) {
            near.add(OPEN);
            near.addAll(known(f));
        }
        List<Long> buckets = new ArrayList<>(CandidateIndex.buckets(f.window()));
        buckets.add(ANY_TIME);
        for (long day = f.window().first() - 1; day <= f.window().last() + 1; day++) {
            if (f.openPlace()) {
                lookUp(allByDay, day, found);
            }
            for (Object key : near) {
                lookUp(byDay, new CandidateIndex.Slot(key, day), found);
            }
        }
        for (long b : buckets) {
            if (f.openPlace()) {
                lookUp(allByBucket, b, found);
            }
            for (Object key : near) {
                lookUp(byBucket, new CandidateIndex.Slot(key, b), found);
            }
        }
        return merge(found);
    }

    private Object canonical(Object key) {
        return keys.computeIfAbsent(key, k -> k);
    }

    /** The canonical instances of the keys {@code f} looks up that some cluster has. */
    private List<Object> known(Features f) {
        List<Object> out = new ArrayList<>();
        for (Object k : f.nearKeys()) {
            Object c = keys.get(k);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private int[] all() {
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = k;
        }
        return out;
    }

    private static <K> void lookUp(Map<K, List<Integer>> map, K key, List<List<Integer>> found) {
        List<Integer> l = map.get(key);
        if (l != null) {
            found.add(l);
        }
    }

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
        java.util.Arrays.sort(out);
        int distinct = 0;
        for (int j = 0; j < n; j++) {
            if (distinct == 0 || out[j] != out[distinct - 1]) {
                out[distinct++] = out[j];
            }
        }
        return java.util.Arrays.copyOf(out, distinct);
    }

    private static <K> void put(Map<K, List<Integer>> map, K key, int cluster) {
        map.computeIfAbsent(key, x -> new ArrayList<>(2)).add(cluster);
    }
}
