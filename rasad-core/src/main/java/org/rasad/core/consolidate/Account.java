package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/**
 * One voice's death figure for an incident: what {@link Tolls} compares.
 *
 * <ul>
 *   <li>a report is one account, in its outlet's voice, unless it quotes rival claimants: two
 *       claimants giving different figures for the same side («the ministry says 8 killed; the
 *       council found 3 bodies») are two accounts, one per claimant, so the article's own
 *       disagreement is kept instead of hidden in its single figure. Figures of a running toll
 *       («ارتفعت الحصيلة») are successive, not rival, so a report with one is never split;</li>
 *   <li>a side's figure the document also gives to another incident, where another source confirms
 *       it, is left out ({@code borrowed}): the article counted one figure for two incidents.</li>
 * </ul>
 *
 * @param voice  who speaks: the outlet, or the outlet and the claimant it quotes
 * @param total  the account's death figure
 * @param parts  the figure by side when it splits, else null
 * @param update true when the figure is a declared running toll
 */
record Account(String voice, Report report, int total, Map<String, Integer> parts, boolean update) {

    static List<Account> of(Report r, Set<Claim> borrowed) {
        Event e = r.event();
        if (e.fatalities() == null) {
            return List.of();
        }
        boolean update = e.claims().stream().anyMatch(c -> c.update() && deaths(c));
        List<Account> rivals = update ? List.of() : rivals(r);
        if (!rivals.isEmpty()) {
            return rivals;
        }
        Map<String, Integer> parts = Tolls.parts(e);
        int total = e.fatalities();
        if (parts != null) {
            for (Claim c : borrowed) {
                String side = Tolls.side(c.actor(), e);
                if (parts.size() > 1 && Objects.equals(parts.get(side), c.value().intValue())) {
                    parts = new TreeMap<>(parts);
                    total -= parts.remove(side);
                }
            }
        }
        return List.of(new Account(r.sourceKey(), r, total, parts, update));
    }

    /** One account per claimant when claimants disagree on a side's figure; empty when they do not. */
    private static List<Account> rivals(Report r) {
        Map<String, Map<String, Integer>> byClaimant = new TreeMap<>();
        for (Claim c : r.event().claims()) {
            if (deaths(c) && c.claimant() != null) {
                String side = c.actor() == null ? "" : Tolls.side(c.actor(), r.event());
                byClaimant.computeIfAbsent(c.claimant(), k -> new TreeMap<>()).merge(side, c.value().intValue(), Math::max);
            }
        }
        if (!disagree(new ArrayList<>(byClaimant.values()))) {
            return List.of();
        }
        List<Account> out = new ArrayList<>();
        byClaimant.forEach((claimant, sides) -> {
            int total = sides.values().stream().mapToInt(Integer::intValue).sum();
            out.add(new Account(r.sourceKey() + " / " + claimant, r, total,
                    sides.containsKey("") ? null : new LinkedHashMap<>(sides), false));
        });
        return out;
    }

    /**
     * Two claimants give different figures for the same side, or different totals with no side
     * named. A total against one side's figure proves nothing («3 قتلى» may be «3 من الشرطة»).
     */
    private static boolean disagree(List<Map<String, Integer>> claimants) {
        for (int i = 0; i < claimants.size(); i++) {
            for (int j = i + 1; j < claimants.size(); j++) {
                Map<String, Integer> b = claimants.get(j);
                for (Map.Entry<String, Integer> side : claimants.get(i).entrySet()) {
                    if (b.containsKey(side.getKey()) && !b.get(side.getKey()).equals(side.getValue())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean deaths(Claim c) {
        return "killed".equals(c.kind()) && c.value() != null && c.vague() == null;
    }
}
