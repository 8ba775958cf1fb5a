package org.rasad.core.review;

import java.util.Objects;
import java.util.Set;
import org.rasad.core.consolidate.ConsolidatedEvent;

/**
 * A consolidated event after the analysts' decisions.
 *
 * @param event     the incident with corrections, merges and splits applied
 * @param confirmed true when an analyst confirmed it (and no later merge changed it)
 * @param corrected API names of the fields an analyst set
 */
public record ReviewedEvent(ConsolidatedEvent event, boolean confirmed, Set<String> corrected) {
    public ReviewedEvent {
        Objects.requireNonNull(event, "event");
        corrected = Set.copyOf(corrected);
    }

    public String eventId() {
        return event.eventId();
    }

    public static ReviewedEvent unreviewed(ConsolidatedEvent e) {
        return new ReviewedEvent(e, false, Set.of());
    }
}
