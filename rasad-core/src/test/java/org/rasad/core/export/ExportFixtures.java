package org.rasad.core.export;

import java.time.LocalDate;
import java.util.List;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;

/** A disputed air strike reported by two outlets (a fictional Murzuq-like case), built by hand. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static Event strike(Integer fatalities, Claim... claims) {
        return new Event("Explosions/Remote violence", "Air/drone strike", LocalDate.of(2019, 9, 24), 1,
                new ActorRef("Military Forces of the United States (2017-2021)", "أفريكوم", 8, "US"),
                new ActorRef("Islamic State (Libya)", "داعش", 2, "LY"),
                new Location("Murzuq", "مرزق", 25.9155, 13.9184, "LY", "Murzuq", 2, "near", null, null, null,
                        new Evidence(10, 14, "مرزق")),
                fatalities, null, List.of(), List.of(claims), List.of(new Evidence(0, 20, "غارة جوية قرب مرزق")));
    }

    static Claim killed(long n, String actor) {
        return new Claim("killed", n, null, "exact", actor, false, new Evidence(30, 40, "مقتل " + n));
    }

    static ConsolidatedEvent disputedStrike() {
        Report africom = new Report("a.txt", 0, "AFRICOM, press release", LocalDate.of(2019, 9, 26),
                strike(8, killed(8, "Islamic State (Libya)")));
        Report council = new Report("b.txt", 0, "Murzuq council \"statement\"", LocalDate.of(2019, 9, 26),
                strike(3, killed(3, null)));
        return new ConsolidatedEvent("ev-0011223344556677", strike(3), 3, 8, true, List.of(africom, council));
    }
}
