package org.rasad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.consolidate.Report;
import org.rasad.core.consolidate.SourcedClaim;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Casualty;
import org.rasad.core.model.Claim;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;

/**
 * The JSON shape of ../shared/eval/CONTRACT.md: field names in snake_case, in the contract's
 * order, with the contract's nulls; Rasad's extra fields (injured, claims, inter codes) after them.
 */
public final class EventJson {

    public static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectNode document(DocumentResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", r.doc());
        o.put("published", r.published() == null ? null : r.published().toString());
        ArrayNode events = o.putArray("events");
        r.events().forEach(e -> events.add(event(e)));
        if (r.error() != null) {
            o.put("error", r.error());
        }
        return o;
    }

    /**
     * An incident as ../shared/eval/CONTRACT.md prints it: {@code event_id}, the coded fields of
     * {@link #event}, then low/high/disputed and the mentions; evidence and claims carry their document.
     */
    public static ObjectNode consolidated(ConsolidatedEvent c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event_id", c.eventId());
        o.setAll(event(c.event()));
        o.put("fatalities_low", c.fatalitiesLow());
        o.put("fatalities_high", c.fatalitiesHigh());
        o.put("disputed", c.disputed());
        ArrayNode mentions = o.putArray("mentions");
        for (MentionRef m : c.mentions()) {
            mentions.addObject().put("doc", m.doc()).put("event_index", m.eventIndex());
        }
        ArrayNode ev = o.putArray("evidence");
        for (Report r : c.reports()) {
            r.event().evidence().forEach(x -> ev.add(evidence(x).put("doc", r.doc())));
        }
        ArrayNode claims = o.putArray("claims");
        for (SourcedClaim sc : c.claims()) {
            ObjectNode n = claim(sc.claim());
            n.put("doc", sc.doc());
            n.put("event_index", sc.eventIndex());
            n.put("source", sc.source());
            claims.add(n);
        }
        return o;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event_type", e.eventType());
        o.put("sub_event_type", e.subEventType());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("time_precision", e.timePrecision());
        o.set("actor1", actor(e.actor1()));
        o.set("actor2", actor(e.actor2()));
        o.set("location", location(e.location()));
        o.put("fatalities", e.fatalities());
        ArrayNode cas = o.putArray("casualties");
        for (Casualty c : e.casualties()) {
            ObjectNode n = cas.addObject();
            n.put("actor", c.actor());
            if (c.killed() != null) {
                n.put("killed", c.killed());
            }
            if (c.injured() != null) {
                n.put("injured", c.injured());
            }
        }
        ArrayNode ev = o.putArray("evidence");
        e.evidence().forEach(x -> ev.add(evidence(x)));
        o.put("injured", e.injured());
        ArrayNode claims = o.putArray("claims");
        e.claims().forEach(c -> claims.add(claim(c)));
        return o;
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", c.kind());
        n.put("value", c.value());
        if (c.vague() != null) {
            n.put("vague", c.vague());
        }
        n.put("qualifier", c.qualifier());
        n.put("actor", c.actor());
        n.put("update", c.update());
        if (c.claimant() != null) {
            n.put("claimant", c.claimant());
        }
        n.set("evidence", evidence(c.evidence()));
        return n;
    }

    private static ObjectNode actor(ActorRef a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("name", a.name());
        o.put("text", a.text());
        o.put("inter", a.inter());
        o.put("country", a.country());
        return o;
    }

    private static ObjectNode location(Location l) {
        if (l == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("name", l.name());
        o.put("name_ar", l.nameAr());
        o.put("lat", l.lat());
        o.put("lon", l.lon());
        o.put("country", l.country());
        o.put("admin1", l.admin1());
        o.put("geo_precision", l.geoPrecision());
        o.put("relation", l.relation());
        return o;
    }

    public static ObjectNode evidence(Evidence e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("text", e.text());
        return o;
    }
}
