package org.rasad.core.export;

import java.util.List;
import org.rasad.core.consolidate.SourcedClaim;

/**
 * ACLED's coding conventions that Rasad applies only when it writes ACLED's form (extraction keeps
 * the reported words; see ../shared/DOMAIN.md):
 * <ul>
 *   <li>fatalities: the reconciled figure; without one, the most conservative vague death claim coded
 *       by convention (few/several 3, many 10, dozens 12, hundreds 100, thousands 1000); else 0;</li>
 *   <li>disorder type from the event type;</li>
 *   <li>interaction: the two inter codes, lower first (12 = state forces vs rebels), or inter1 x 10 for a
 *       one-sided event;</li>
 *   <li>civilian targeting when the event is violence against civilians or its target is civilians (inter 7).</li>
 * </ul>
 * Stateless.
 */
public final class AcledConventions {

    private AcledConventions() {
    }

    public static int fatalities(Integer reconciled, List<SourcedClaim> claims) {
        if (reconciled != null) {
            return reconciled;
        }
        Integer lowest = null;
        for (SourcedClaim sc : claims) {
            if ("killed".equals(sc.claim().kind()) && sc.claim().value() == null && sc.claim().vague() != null) {
                int coded = vagueFigure(sc.claim().vague());
                lowest = lowest == null ? coded : Math.min(lowest, coded);
            }
        }
        return lowest == null ? 0 : lowest;
    }

    static int vagueFigure(String vagueness) {
        return switch (vagueness) {
            case "FEW", "SEVERAL" -> 3;
            case "MANY" -> 10;
            case "DOZENS" -> 12;
            case "HUNDREDS" -> 100;
            case "THOUSANDS" -> 1000;
            default -> 0;
        };
    }

    public static String disorderType(String eventType) {
        if (eventType == null) {
            return null;
        }
        return switch (eventType) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> null;
        };
    }

    public static Integer interaction(Integer inter1, Integer inter2) {
        if (inter1 == null) {
            return null;
        }
        if (inter2 == null) {
            return inter1 * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    public static String civilianTargeting(String eventType, Integer inter2) {
        boolean civilians = "Violence against civilians".equals(eventType) || Integer.valueOf(7).equals(inter2);
        return civilians ? "Civilian targeting" : null;
    }
}
