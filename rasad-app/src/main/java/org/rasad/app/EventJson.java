package org.rasad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
final class EventJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    static ObjectNode document(DocumentResult r) {
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

    static ObjectNode event(Event e) {
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
        for (Claim c : e.claims()) {
            ObjectNode n = claims.addObject();
            n.put("kind", c.kind());
            n.put("value", c.value());
            if (c.vague() != null) {
                n.put("vague", c.vague());
            }
            n.put("qualifier", c.qualifier());
            n.put("actor", c.actor());
            n.put("update", c.update());
            n.set("evidence", evidence(c.evidence()));
        }
        return o;
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

    static ObjectNode evidence(Evidence e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("text", e.text());
        return o;
    }
}
