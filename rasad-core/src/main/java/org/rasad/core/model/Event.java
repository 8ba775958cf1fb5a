package org.rasad.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One event as one article reports it, coded in ACLED's terms.
 *
 * @param eventType     ACLED event type («Battles»)
 * @param subEventType  ACLED sub-event type («Armed clash»)
 * @param date          event date, or null when the text gives none that can be resolved
 * @param timePrecision ACLED time precision 1/2/3, or null with no date
 * @param actor1        the side that acted (attacker, protesters), or null
 * @param actor2        the other side, or null
 * @param location      the place, or null
 * @param fatalities    deaths of all sides as the article reports them, or null when it gives no figure
 * @param injured       injuries of all sides, or null
 * @param casualties    per-side figures
 * @param claims        every figure with its evidence
 * @param evidence      the sentences that report the event
 */
public record Event(String eventType, String subEventType, LocalDate date, Integer timePrecision,
                   ActorRef actor1, ActorRef actor2, Location location, Integer fatalities, Integer injured,
                   List<Casualty> casualties, List<Claim> claims, List<Evidence> evidence) {
    public Event {
        casualties = List.copyOf(casualties);
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
    }
}
