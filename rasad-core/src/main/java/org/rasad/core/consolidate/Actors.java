package org.rasad.core.consolidate;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;

/**
 * Whether the actors of two reports can be the same incident's, and how strongly they agree.
 *
 * <ul>
 *   <li>names are compared without their parenthesised qualifier, so «Military Forces of Libya» and
 *       «Military Forces of Libya (Libyan National Army)» are one actor;</li>
 *   <li>a generic actor («Unidentified Armed Group (…)») or a missing one fits anything: another
 *       outlet may have named the group;</li>
 *   <li>state forces (inter 1) of the same country are related: outlets name police, army and
 *       ministry forces interchangeably;</li>
 *   <li>two reports that each name both sides and share none are different incidents.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Actors {

    /** Canonical names are a dictionary's few thousand, so the memo stays small. */
    private static final Map<String, String> BASES = new ConcurrentHashMap<>();

    private Actors() {
    }

    static boolean compatible(Event a, Event b) {
        if (open(a) || open(b)) {
            return true;
        }
        return related(a.actor1(), b.actor1()) || related(a.actor1(), b.actor2())
                || related(a.actor2(), b.actor1()) || related(a.actor2(), b.actor2());
    }

    /** Agreement: 1 per role filled by the same actor, less for swapped roles or related state forces. */
    static double score(Event a, Event b) {
        double straight = agree(a.actor1(), b.actor1()) + agree(a.actor2(), b.actor2());
        double swapped = agree(a.actor1(), b.actor2()) + agree(a.actor2(), b.actor1());
        return Math.max(straight, 0.5 * swapped);
    }

    private static double agree(ActorRef x, ActorRef y) {
        if (same(x, y)) {
            return 1;
        }
        return related(x, y) ? 0.5 : 0;
    }

    /** True when a role is missing or generic, so the report cannot rule any actor out. */
    static boolean open(Event e) {
        return generic(e.actor1()) || generic(e.actor2());
    }

    static boolean generic(ActorRef a) {
        return a == null || a.name() == null || a.name().isBlank() || a.name().startsWith("Unidentified");
    }

    static boolean same(ActorRef x, ActorRef y) {
        return !generic(x) && !generic(y) && base(x.name()).equals(base(y.name()));
    }

    private static boolean related(ActorRef x, ActorRef y) {
        if (same(x, y)) {
            return true;
        }
        return !generic(x) && !generic(y) && Integer.valueOf(1).equals(x.inter()) && Integer.valueOf(1).equals(y.inter())
                && x.country() != null && x.country().equals(y.country());
    }

    /** The canonical name without its «(…)» qualifier, lower-cased; memoised, as pair scoring asks often. */
    static String base(String name) {
        return BASES.computeIfAbsent(name, n -> {
            int p = n.indexOf(" (");
            return (p < 0 ? n : n.substring(0, p)).trim().toLowerCase(Locale.ROOT);
        });
    }
}
