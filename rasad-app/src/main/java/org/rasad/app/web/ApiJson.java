package org.rasad.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Function;
import org.rasad.app.EventJson;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.Article;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;
import org.rasad.core.review.ReviewedEvent;

/**
 * The API's JSON shapes. An event's detail is {@code rasad events}' line (../shared/eval/CONTRACT.md)
 * plus the review state and every report with its article's metadata; list items are a light
 * summary of the same names, so a page of 100 stays small.
 */
final class ApiJson {

    private ApiJson() {
    }

    static ObjectNode summary(ReviewedEvent r) {
        ConsolidatedEvent c = r.event();
        Event e = c.event();
        ObjectNode o = EventJson.JSON.createObjectNode();
        o.put("event_id", c.eventId());
        o.put("event_type", e.eventType());
        o.put("sub_event_type", e.subEventType());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("actor1", e.actor1() == null ? null : e.actor1().name());
        o.put("actor2", e.actor2() == null ? null : e.actor2().name());
        Location l = e.location();
        o.put("location", l == null ? null : l.name());
        o.put("country", l == null ? null : l.country());
        o.put("admin1", l == null ? null : l.admin1());
        o.put("lat", l == null ? null : l.lat());
        o.put("lon", l == null ? null : l.lon());
        o.put("fatalities", e.fatalities());
        o.put("fatalities_low", c.fatalitiesLow());
        o.put("fatalities_high", c.fatalitiesHigh());
        o.put("disputed", c.disputed());
        o.put("reports", c.reports().size());
        o.put("confirmed", r.confirmed());
        return o;
    }

    static ObjectNode detail(ReviewedEvent r, Function<String, Optional<Article>> articles) {
        ObjectNode o = EventJson.consolidated(r.event());
        o.put("confirmed", r.confirmed());
        ArrayNode corrected = o.putArray("corrected");
        r.corrected().stream().sorted().forEach(corrected::add);
        ArrayNode reports = o.putArray("reports");
        for (Report rep : r.event().reports()) {
            ObjectNode n = reports.addObject();
            n.put("doc", rep.doc());
            n.put("event_index", rep.eventIndex());
            n.put("source", rep.source());
            n.put("published", rep.published() == null ? null : rep.published().toString());
            articles.apply(rep.doc()).ifPresent(a -> n.put("title", a.title()).put("url", a.url()));
            n.set("event", EventJson.event(rep.event()));
        }
        return o;
    }

    static ObjectNode articleSummary(Article a) {
        ObjectNode o = EventJson.JSON.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("source", a.source());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("url", a.url());
        return o;
    }

    static ObjectNode article(Article a) {
        return articleSummary(a).put("text", a.text());
    }

    static ObjectNode audit(AuditEntry a) {
        ObjectNode o = EventJson.JSON.createObjectNode();
        o.put("seq", a.seq());
        o.put("at", a.at().toString());
        o.put("analyst", a.analyst());
        o.put("event_id", a.eventId());
        o.put("anchor", a.anchor());
        o.put("action", a.action());
        o.put("field", a.field());
        o.put("old_value", a.oldValue());
        o.put("new_value", a.newValue());
        o.put("note", a.note());
        return o;
    }

    /** A GeoJSON point feature with the summary as properties; null for an event with no coordinates. */
    static ObjectNode feature(ReviewedEvent r) {
        Location l = r.event().event().location();
        if (l == null || l.lat() == null || l.lon() == null) {
            return null;
        }
        ObjectNode f = EventJson.JSON.createObjectNode();
        f.put("type", "Feature");
        f.put("id", r.eventId());
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(l.lon()).add(l.lat());
        f.set("properties", summary(r));
        return f;
    }
}
