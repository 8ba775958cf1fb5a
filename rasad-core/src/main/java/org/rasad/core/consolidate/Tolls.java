package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/**
 * Reconciles the death figures of one incident's reports (ACLED's conservative figure, UCDP's
 * low and high).
 *
 * <ol>
 *   <li>Running tolls: of several reports by one source, only the latest counts (a later toll of
 *       the same reporting replaces the earlier one); and a figure the text presents as an update
 *       («ارتفعت الحصيلة إلى») replaces lower figures published earlier by anyone.</li>
 *   <li>Sides: a report whose figure splits by side (one figure per side adding up to its total,
 *       or a single side counted) is reconciled side by side, because a report that counts one side
 *       («4 soldiers killed») says nothing about the other side's dead; the low total adds up each
 *       side's lowest figure, the high total each side's highest.</li>
 *   <li>Reports whose figure does not split compete as whole totals.</li>
 *   <li>{@code fatalities} = {@code low} = the lowest total, {@code high} the highest, {@code disputed}
 *       when they differ.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class Tolls {

    record Toll(Integer fatalities, Integer low, Integer high, boolean disputed, Report basis) {
    }

    private static final Comparator<Report> CHRONOLOGICAL = Comparator
            .comparing(Report::published, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Report.ORDER);

    private static final List<String> STATE_FORCES = List.of("military forces of ", "police forces of ");

    private Tolls() {
    }

    static Toll reconcile(List<Report> reports) {
        List<Report> withFigure = reports.stream().filter(r -> r.event().fatalities() != null)
                .sorted(CHRONOLOGICAL).toList();
        if (withFigure.isEmpty()) {
            return new Toll(null, null, null, false, null);
        }
        List<Report> credible = latest(withFigure);
        Map<String, int[]> bySide = new TreeMap<>(); // side -> {lowest, highest} over the reports that count it
        List<Integer> wholes = new ArrayList<>();
        for (Report r : credible) {
            Map<String, Integer> parts = parts(r.event());
            if (parts == null) {
                wholes.add(r.event().fatalities());
            } else {
                parts.forEach((side, v) -> bySide.merge(side, new int[] {v, v},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])}));
            }
        }
        List<Integer> lows = new ArrayList<>(wholes);
        List<Integer> highs = new ArrayList<>(wholes);
        if (!bySide.isEmpty()) {
            lows.add(bySide.values().stream().mapToInt(v -> v[0]).sum());
            highs.add(bySide.values().stream().mapToInt(v -> v[1]).sum());
        }
        int low = Collections.min(lows);
        int high = Collections.max(highs);
        Report basis = credible.stream().filter(r -> r.event().fatalities() == low).findFirst().orElse(credible.get(0));
        return new Toll(low, low, high, low != high, basis);
    }

    /**
     * The report's figure split by side when its claims allow it: one figure per side adding up to
     * the report's total, or a single side counted; null when the split is unclear.
     */
    static Map<String, Integer> parts(Event e) {
        Map<String, Set<Long>> values = new TreeMap<>();
        for (Claim c : e.claims()) {
            if ("killed".equals(c.kind()) && c.value() != null && c.actor() != null) {
                values.computeIfAbsent(side(c.actor(), e), k -> new HashSet<>()).add(c.value());
            }
        }
        if (values.size() == 1) {
            return Map.of(values.keySet().iterator().next(), e.fatalities());
        }
        if (values.isEmpty() || values.values().stream().anyMatch(v -> v.size() != 1)) {
            return null;
        }
        Map<String, Integer> out = new TreeMap<>();
        values.forEach((side, v) -> out.put(side, v.iterator().next().intValue()));
        return out.values().stream().mapToInt(Integer::intValue).sum() == e.fatalities() ? out : null;
    }

    /** Drops figures superseded by a later toll: the same source's, or a declared update's. */
    private static List<Report> latest(List<Report> chronological) {
        Map<String, Report> bySource = new LinkedHashMap<>();
        for (Report r : chronological) {
            bySource.put(r.sourceKey(), r);
        }
        List<Report> out = new ArrayList<>();
        for (Report r : bySource.values()) {
            boolean superseded = bySource.values().stream().anyMatch(u -> isUpdate(u)
                    && u.published() != null && r.published() != null && u.published().isAfter(r.published())
                    && u.event().fatalities() > r.event().fatalities());
            if (!superseded) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean isUpdate(Report r) {
        return r.event().claims().stream().anyMatch(c -> c.update() && "killed".equals(c.kind()));
    }

    private static String side(String actor, Event e) {
        String base = Actors.base(actor);
        for (String prefix : STATE_FORCES) {
            // ACLED's names for a state's forces: "Military Forces of Libya", "Police Forces of Libya"
            if (base.startsWith(prefix)) {
                return "state:" + base.substring(prefix.length());
            }
        }
        for (ActorRef a : new ActorRef[] {e.actor1(), e.actor2()}) {
            if (a != null && actor.equals(a.name()) && Integer.valueOf(1).equals(a.inter()) && a.country() != null) {
                return "state:" + a.country();
            }
        }
        return base;
    }
}
