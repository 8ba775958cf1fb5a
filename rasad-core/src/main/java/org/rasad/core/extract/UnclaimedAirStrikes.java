package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;

/**
 * «واشار الموقع الى مقتل مدنيين اثنين في غارة جوية في محافظة الحديدة»: an air strike whose doer the sentence does not
 * name, in an article that names one air force as the doer of its other air strikes («بغارة لطيران التحالف العربي»),
 * is that air force's. Only states and foreign forces fly, so an unnamed doer of an air strike is no «unidentified
 * armed group»; with two air forces named as doers (Russian and Syrian jets), the strike stays unattributed.
 */
final class UnclaimedAirStrikes {

    private static final String AIR_STRIKE = "Air/drone strike";

    private UnclaimedAirStrikes() {
    }

    static List<Event> attribute(List<Event> events) {
        ActorRef airForce = null;
        for (Event e : events) {
            if (e.subEventType().equals(AIR_STRIKE) && isAirForce(e.actor1())) {
                if (airForce != null && !airForce.name().equals(e.actor1().name())) {
                    return events;  // two air forces strike in this article: no guessing whose a strike was
                }
                airForce = e.actor1();
            }
        }
        if (airForce == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean unclaimed = e.subEventType().equals(AIR_STRIKE)
                    && (e.actor1() == null || e.actor1().name().startsWith("Unidentified Armed Group"));
            out.add(unclaimed && !sameActor(e.actor2(), airForce) ? withActor1(e, airForce) : e);
        }
        return out;
    }

    /** State forces (ACLED inter 1) and foreign or international forces (8) are the ones with aircraft. */
    private static boolean isAirForce(ActorRef a) {
        return a != null && a.inter() != null && (a.inter() == 1 || a.inter() == 8);
    }

    private static boolean sameActor(ActorRef a, ActorRef b) {
        return a != null && a.name().equals(b.name());
    }

    private static Event withActor1(Event e, ActorRef actor1) {
        return new Event(e.eventType(), e.subEventType(), e.date(), e.timePrecision(), actor1, e.actor2(), e.location(),
                e.fatalities(), e.injured(), e.casualties(), e.claims(), e.evidence());
    }
}
