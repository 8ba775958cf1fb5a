package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many died, from all the figures an article gives for one incident.
 *
 * <p>Figures are grouped by side. Within a side, a running toll («ارتفعت الحصيلة إلى 23») replaces
 * earlier figures, so the highest update wins; otherwise figures that disagree are rival claims
 * and the lowest is kept (ACLED's conservative rule). Sides add up. A figure whose side the text
 * does not give is: the same figure as a side's, told again (ignored); a total when it is at least
 * the sum of the sides; otherwise a rival claim, and the lower is kept. Within one clause, an
 * unattributed figure next to an attributed one («مقتل 3 عناصر أمنية و4 آخرين من داعش») is a side of
 * its own.
 */
final class FatalityRule {

    private FatalityRule() {
    }

    /** Returns null when no exact figure of this kind is given. */
    static Integer total(List<Mention> mentions, Cue kind) {
        Map<String, List<Figure>> bySide = bySide(mentions, kind);
        if (bySide.isEmpty()) {
            return null;
        }
        long sides = 0;
        boolean anySide = false;
        Long unattributed = null;
        List<Long> named = new ArrayList<>();
        bySide.forEach((side, figures) -> {
            Long v = reconcile(figures);
            if (v != null && !side.isEmpty() && !side.startsWith("?")) {
                named.add(v);
            }
        });
        for (Map.Entry<String, List<Figure>> e : bySide.entrySet()) {
            Long v = reconcile(e.getValue());
            if (v == null) {
                continue;
            }
            if (e.getKey().startsWith("?") && named.contains(v)) {
                continue;  // «مقتل ثلاثة من أفراد الدورية» after «مقتل 3 من عناصر الأمن»: the same dead, retold
            }
            if (e.getKey().isEmpty()) {
                unattributed = v;
            } else {
                sides += v;
                anySide = true;
            }
        }
        if (!anySide) {
            return unattributed == null ? null : Math.toIntExact(unattributed);
        }
        if (unattributed == null || sideValues(bySide).contains(unattributed)) {
            return Math.toIntExact(sides);  // no total, or the same figure as one side's, told without its side
        }
        if (unattributed < sides && sidesUpdated(bySide) && !unattributedUpdated(bySide)) {
            // «ارتفعت حصيلة … إلى سبعة قتلى من المدنيين. وكانت حصيلة أولية قد أشارت إلى مقتل خمسة أشخاص»: the running
            // toll replaced the earlier figure
            return Math.toIntExact(sides);
        }
        // a total is at least the sum of its parts; a smaller figure is a rival claim: keep the lowest
        return Math.toIntExact(unattributed >= sides ? unattributed : Math.min(sides, unattributed));
    }

    /** Every named side's figures include a running toll. */
    private static boolean sidesUpdated(Map<String, List<Figure>> bySide) {
        return bySide.entrySet().stream().filter(e -> !e.getKey().isEmpty() && !e.getKey().startsWith("?"))
                .allMatch(e -> e.getValue().stream().anyMatch(Figure::update));
    }

    private static boolean unattributedUpdated(Map<String, List<Figure>> bySide) {
        return bySide.getOrDefault("", List.of()).stream().anyMatch(Figure::update);
    }

    private static List<Long> sideValues(Map<String, List<Figure>> bySide) {
        List<Long> out = new ArrayList<>();
        bySide.forEach((side, figures) -> {
            Long v = reconcile(figures);
            if (!side.isEmpty() && v != null) {
                out.add(v);
            }
        });
        return out;
    }

    /** Per-side figures: side name → reconciled count. */
    static Map<String, Long> perSide(List<Mention> mentions, Cue kind) {
        Map<String, Long> out = new LinkedHashMap<>();
        bySide(mentions, kind).forEach((side, figures) -> {
            Long v = reconcile(figures);
            if (v != null && !side.isEmpty() && !side.startsWith("?")) {
                out.put(side, v);
            }
        });
        return out;
    }

    static boolean disputed(List<Mention> mentions) {
        for (List<Figure> figures : bySide(mentions, Cue.KILLED).values()) {
            long distinct = figures.stream().filter(f -> f.value() != null && !f.update()).map(Figure::value).distinct().count();
            if (distinct > 1 && figures.stream().noneMatch(Figure::update)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Figure>> bySide(List<Mention> mentions, Cue kind) {
        Map<String, List<Figure>> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            boolean clauseHasSide = m.figures().stream().anyMatch(f -> f.kind() == kind && f.side() != null);
            int k = 0;
            for (Figure f : m.figures()) {
                if (f.kind() != kind) {
                    continue;
                }
                // «لترتفع حصيلة الغارة إلى 9 قتلى» beside «جثث ثلاثة أطفال»: a running toll is the incident's total,
                // never a side of its own
                String key = f.side() != null ? f.side().name() : clauseHasSide && !f.update() ? "?" + m.sentence() + "#" + k : "";
                out.computeIfAbsent(key, x -> new ArrayList<>()).add(f);
                k++;
            }
        }
        return out;
    }

    private static Long reconcile(List<Figure> figures) {
        Long update = null;
        Long lowest = null;
        for (Figure f : figures) {
            if (f.value() == null) {
                continue;
            }
            if (f.update()) {
                update = update == null ? f.value() : Math.max(update, f.value());
            }
            lowest = lowest == null ? f.value() : Math.min(lowest, f.value());
        }
        return update != null ? update : lowest;
    }
}
