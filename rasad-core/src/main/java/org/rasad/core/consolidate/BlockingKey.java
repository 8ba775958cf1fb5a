package org.rasad.core.consolidate;

import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;

/**
 * The shuffle key of consolidation: reports with different keys are never the same incident, so
 * blocks can be clustered independently (one Spark task per key, one map entry in
 * {@link ConsolidationState}).
 *
 * <p>The key is the country: the place's when known, else the actors' (first actor2, then actor1,
 * since the target side is usually local). Dates and places are not part of the key because
 * undated reports and relative places («غرب القطرون») must still meet the reports they match;
 * inside a block {@link CandidateIndex} keeps candidate generation near-linear by day and place.
 * Reports with no country at all share the block {@code ""}.
 */
public record BlockingKey(String country) {

    public static BlockingKey of(Report r) {
        return new BlockingKey(country(r.event()));
    }

    static String country(Event e) {
        if (e.location() != null && e.location().country() != null) {
            return e.location().country();
        }
        String c = actorCountry(e.actor2());
        if (c == null) {
            c = actorCountry(e.actor1());
        }
        return c == null ? "" : c;
    }

    private static String actorCountry(ActorRef a) {
        return a == null || a.country() == null || a.country().isBlank() ? null : a.country();
    }
}
