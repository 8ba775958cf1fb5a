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
import java.util.function.Function;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/**
 * Reconciles the death figures of one incident's reports (ACLED's conservative figure, UCDP's
 * low and high).
 *
 * <ol>
 *   <li>Each report is one {@link Account}, or one per claimant when it quotes rival claimants.</li>
 *   <li>Running tolls: of several accounts by one voice, only the latest counts (a later toll of
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
        return reconcile(reports, r -> Set.of());
    }

    /**
     * @param borrowed per report, its claims that belong to another incident of the same document
     *                 (see {@link Account}); they do not count here
     */
    static Toll reconcile(List<Report> reports, Function<Report, Set<Claim>> borrowed) {
        List<Account> accounts = new ArrayList<>();
        for (Report r : reports) {
            accounts.addAll(Account.of(r, borrowed.apply(r)));
        }
        if (accounts.isEmpty()) {
            return new Toll(null, null, null, false, null);
        }
        accounts.sort(Comparator.comparing(Account::report, CHRONOLOGICAL).thenComparing(Account::voice));
        List<Account> credible = latest(accounts);
        Map<String, int[]> bySide = new TreeMap<>(); // side -> {lowest, highest} over the accounts that count it
        List<Integer> wholes = new ArrayList<>();
        for (Account a : credible) {
            if (a.parts() == null) {
                wholes.add(a.total());
            } else {
                a.parts().forEach((side, v) -> bySide.merge(side, new int[] {v, v},
                        (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])}));
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
        Report basis = credible.stream().filter(a -> a.total() == low).findFirst().orElse(credible.get(0)).report();
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

    /** Drops figures superseded by a later toll: the same voice's, or a declared update's. */
    private static List<Account> latest(List<Account> chronological) {
        Map<String, Account> byVoice = new LinkedHashMap<>();
        for (Account a : chronological) {
            byVoice.put(a.voice(), a);
        }
        List<Account> out = new ArrayList<>();
        for (Account a : byVoice.values()) {
            LocalDate published = a.report().published();
            boolean superseded = byVoice.values().stream().anyMatch(u -> u.update()
                    && u.report().published() != null && published != null && u.report().published().isAfter(published)
                    && u.total() > a.total());
            if (!superseded) {
                out.add(a);
            }
        }
        return out;
    }

    static String side(String actor, Event e) {
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
