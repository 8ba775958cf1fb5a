package org.rasad.core.geo;

import java.util.List;
import org.rasad.core.model.ActorRef;

/**
 * Once an event is placed, the actors named after a country take the country where it happened.
 *
 * <p>Rules (ACLED's naming):
 * <ul>
 *   <li>civilians, protesters, rioters and unidentified armed groups are named by where they are
 *       («Civilians (Iraq)» for a Turkish strike in Sinjar, though the article speaks mostly of Turkey);</li>
 *   <li>a state's forces keep their state; acting in another country they are external forces (inter 8);
 *       forces of no state the article names («قوات الأمن» in an article that names no country) are those
 *       of the country they act in.</li>
 * </ul>
 * Pure functions; thread-safe.
 */
final class LocalActors {

    /** ACLED's generic actors, which take the country of the event: «Civilians (Iraq)». */
    private static final List<String> BY_PLACE = List.of("Civilians", "Protesters", "Rioters", "Unidentified Armed Group");
    /** A state's forces the article named without saying which state's: those of the country they act in. */
    private static final List<String> FORCES = List.of("Police Forces", "Military Forces");

    private static final int STATE_FORCES = 1;
    private static final int EXTERNAL_FORCES = 8;

    private LocalActors() {
    }

    /**
     * @param iso2 the country the event was placed in, or null when it was not placed
     */
    static ActorRef at(ActorRef a, String iso2) {
        if (a == null || iso2 == null || iso2.equals(a.country())) {
            return a;
        }
        CountryCentres.Centre here = CountryCentres.of(iso2);
        if (here == null) {
            return a;
        }
        if (a.country() == null && FORCES.contains(a.name())) {
            return new ActorRef(a.name() + " of " + here.name(), a.text(), a.inter(), iso2);  // «قوات الأمن» in Aden
        }
        if (a.inter() != null && a.inter() == STATE_FORCES && a.country() != null) {
            return new ActorRef(a.name(), a.text(), EXTERNAL_FORCES, a.country());
        }
        CountryCentres.Centre named = a.country() == null ? null : CountryCentres.of(a.country());
        for (String base : BY_PLACE) {
            boolean generic = a.name().equals(base) || named != null && a.name().equals(base + " (" + named.name() + ")");
            if (generic) {
                return new ActorRef(base + " (" + here.name() + ")", a.text(), a.inter(), iso2);
            }
        }
        return a;
    }
}
