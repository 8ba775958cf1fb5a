package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one connected group of linked reports into incidents: average-linkage agglomerative
 * clustering, most similar pair of clusters first, stopping below {@link PairScorer#THRESHOLD}.
 *
 * <ul>
 *   <li>two clusters never merge when any pair across them is incompatible (two reports of one
 *       document, two different days, two different places): linking is transitive, identity is not;</li>
 *   <li>ties go to the pair that comes first in {@link Report#ORDER}, and the input is sorted first,
 *       so the result depends only on the set of reports, never on their arrival order.</li>
 * </ul>
 * Quadratic in memory and cubic in time in the group size up to {@value #MAX_AGGLOMERATIVE} reports; larger groups
 * are clustered in one pass, near-linearly. Stateless and thread-safe.
 */
final class Clusterer {

    private static final double BLOCKED = Double.NEGATIVE_INFINITY;
    private static final int MAX_AGGLOMERATIVE = 60;

    private Clusterer() {
    }

    static List<List<Report>> cluster(List<Features> group) {
        List<Features> items = new ArrayList<>(group);
        items.sort((a, b) -> Report.ORDER.compare(a.report(), b.report()));
        return items.size() <= MAX_AGGLOMERATIVE ? agglomerate(items) : sequential(items);
    }

    /**
     * For unusually large groups (a busy town over years, chained by undated reports): each report in
     * order joins the cluster it fits best. Only the clusters {@link ClusterIndex} finds for it are
     * tried, in creation order so that ties go as in a scan of all of them; so the cost grows with
     * the group, not with its square.
     */
    private static List<List<Report>> sequential(List<Features> items) {
        List<List<Features>> clusters = new ArrayList<>();
        ClusterIndex index = new ClusterIndex();
        for (Features f : items) {
            List<Features> best = null;
            double bestAvg = PairScorer.THRESHOLD;
            for (int k : index.candidates(f)) {
                List<Features> c = clusters.get(k);
                double total = 0;
                for (Features m : c) {
                    double s = PairScorer.fit(f, m);
                    if (s == BLOCKED) {
                        total = BLOCKED;
                        break;
                    }
                    total += s;
                }
                if (total != BLOCKED && total / c.size() >= bestAvg && (best == null || total / c.size() > bestAvg)) {
                    best = c;
                    bestAvg = total / c.size();
                }
            }
            if (best == null) {
                clusters.add(new ArrayList<>(List.of(f)));
                index.add(f);
            } else {
                best.add(f);
            }
        }
        return clusters.stream().map(c -> c.stream().map(Features::report).toList()).toList();
    }

    private static List<List<Report>> agglomerate(List<Features> items) {
        int n = items.size();
        // sum[i][j]: total pair score between clusters i and j, BLOCKED when any pair is incompatible
        double[][] sum = new double[n][n];
        int[] size = new int[n];
        List<List<Report>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            members.add(new ArrayList<>(List.of(items.get(i).report())));
            for (int j = 0; j < i; j++) {
                Features a = items.get(i);
                Features b = items.get(j);
                double s = PairScorer.fit(a, b);
                sum[i][j] = s;
                sum[j][i] = s;
            }
        }
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = PairScorer.THRESHOLD;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && size[i] > 0; j++) {
                    if (size[j] == 0 || sum[i][j] == BLOCKED) {
                        continue;
                    }
                    double avg = sum[i][j] / (size[i] * size[j]);
                    if (avg > best || (avg == best && bi < 0)) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            merge(sum, size, members, bi, bj);
        }
        List<List<Report>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (size[i] > 0) {
                members.get(i).sort(Report.ORDER);
                out.add(members.get(i));
            }
        }
        return out;
    }

    private static void merge(double[][] sum, int[] size, List<List<Report>> members, int into, int from) {
        for (int k = 0; k < sum.length; k++) {
            if (k == into || k == from || size[k] == 0) {
                continue;
            }
            double s = sum[into][k] == BLOCKED || sum[from][k] == BLOCKED ? BLOCKED : sum[into][k] + sum[from][k];
            sum[into][k] = s;
            sum[k][into] = s;
        }
        size[into] += size[from];
        size[from] = 0;
        members.get(into).addAll(members.get(from));
    }
}
