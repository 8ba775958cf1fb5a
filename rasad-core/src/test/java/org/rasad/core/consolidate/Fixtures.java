package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Claim;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;

/** Fictional per-document events for consolidation tests (a made-up conflict in Ruritania, «RU»). */
final class Fixtures {

    static final ActorRef REBELS = new ActorRef("Northern Front (Ruritania)", "الجبهة الشمالية", 2, "RU");
    static final ActorRef ARMY = new ActorRef("Military Forces of Ruritania", "الجيش", 1, "RU");
    static final ActorRef POLICE = new ActorRef("Police Forces of Ruritania", "الشرطة", 1, "RU");
    static final ActorRef GUNMEN = new ActorRef("Unidentified Armed Group (Ruritania)", "مسلحون", 3, "RU");

    private Fixtures() {
    }

    static Location place(String nameAr) {
        return new Location(nameAr, nameAr, null, null, "RU", null, 1, "in", null, null, null, null);
    }

    static Location near(String nameAr, String anchorAr) {
        return new Location(nameAr, nameAr, null, null, "RU", null, 2, "offset", anchorAr, 270, 30.0, null);
    }

    static Location at(String nameAr, double lat, double lon) {
        return new Location(nameAr, nameAr, lat, lon, "RU", null, 1, "in", null, null, null, null);
    }

    static Claim killed(long n, ActorRef side) {
        return new Claim("killed", n, null, "exact", side == null ? null : side.name(), false, new Evidence(0, 5, "قتل " + n));
    }

    /** A figure the article attributes to {@code claimant}. */
    static Claim said(String claimant, long n, ActorRef side) {
        return new Claim("killed", n, null, "exact", side == null ? null : side.name(), false,
                new Evidence(0, 5, "قتل " + n), claimant);
    }

    static Claim toll(long n, ActorRef side) {
        return new Claim("killed", n, null, "exact", side == null ? null : side.name(), true, new Evidence(0, 5, "ارتفعت " + n));
    }

    static Event battle(String date, ActorRef a1, ActorRef a2, Location where, Claim... claims) {
        return event("Battles", "Armed clash", date, a1, a2, where, claims);
    }

    static Event event(String type, String sub, String date, ActorRef a1, ActorRef a2, Location where, Claim... claims) {
        Integer total = null;
        for (Claim c : claims) {
            total = (total == null ? 0 : total) + c.value().intValue();
        }
        // a running toll replaces the article's earlier figures for the same side
        List<Claim> list = List.of(claims);
        if (list.stream().anyMatch(Claim::update)) {
            total = list.stream().filter(Claim::update).mapToInt(c -> c.value().intValue()).max().orElseThrow();
        }
        return new Event(type, sub, date == null ? null : LocalDate.parse(date), date == null ? null : 1, a1, a2, where,
                total, null, List.of(), list, List.of(new Evidence(0, 10, "اشتباكات " + (where == null ? "" : where.nameAr()))));
    }

    static DocumentResult doc(String id, String published, Event... events) {
        return new DocumentResult(id, published == null ? null : LocalDate.parse(published), List.of(events), null);
    }

    static List<ConsolidatedEvent> consolidate(DocumentResult... docs) {
        return new Consolidator().consolidate(new ArrayList<>(List.of(docs)));
    }

    /** Each event as the sorted list of its mentions, e.g. "[a#0, b#1]". */
    static List<String> groups(List<ConsolidatedEvent> events) {
        return events.stream().map(e -> e.mentions().toString()).toList();
    }
}
