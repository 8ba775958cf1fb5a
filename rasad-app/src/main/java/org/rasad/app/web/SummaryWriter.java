package org.rasad.app.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.rasad.app.EventJson;
import org.rasad.app.web.EventCatalog.EventPage;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;
import org.rasad.core.review.ReviewedEvent;

/**
 * Writes a page of the events list, {@code {"total", "offset", "limit", "items": [summary...]}}: the
 * hottest response. Summaries come pre-rendered from the catalog when it keeps them, else are
 * streamed with Jackson's generator (a fraction of the cost of building a tree first). The summary's fields are those of {@link ApiJson#summary}
 * (a test compares them).
 */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static byte[] page(EventPage page, int offset, int limit) {
        if (page.summaries() != null) {
            return joined(page, offset, limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 400 * page.items().size());
        try (JsonGenerator g = EventJson.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("total", page.total());
            g.writeNumberField("offset", offset);
            g.writeNumberField("limit", limit);
            g.writeArrayFieldStart("items");
            for (ReviewedEvent r : page.items()) {
                summary(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the events page", e);
        }
        return out.toByteArray();
    }

    /** The page from summaries the catalog rendered before: only the frame is written here. */
    private static byte[] joined(EventPage page, int offset, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 400 * page.items().size());
        out.writeBytes(("{\"total\":" + page.total() + ",\"offset\":" + offset + ",\"limit\":" + limit + ",\"items\":[")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < page.summaries().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(page.summaries().get(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One event's summary as JSON bytes. */
    static byte[] summary(ReviewedEvent r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(400);
        try (JsonGenerator g = EventJson.JSON.getFactory().createGenerator(out)) {
            summary(g, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an event summary", e);
        }
        return out.toByteArray();
    }

    static void summary(JsonGenerator g, ReviewedEvent r) throws IOException {
        ConsolidatedEvent c = r.event();
        Event e = c.event();
        Location l = e.location();
        g.writeStartObject();
        g.writeStringField("event_id", c.eventId());
        g.writeStringField("event_type", e.eventType());
        g.writeStringField("sub_event_type", e.subEventType());
        g.writeStringField("date", e.date() == null ? null : e.date().toString());
        g.writeStringField("actor1", e.actor1() == null ? null : e.actor1().name());
        g.writeStringField("actor2", e.actor2() == null ? null : e.actor2().name());
        g.writeStringField("location", l == null ? null : l.name());
        g.writeStringField("country", l == null ? null : l.country());
        g.writeStringField("admin1", l == null ? null : l.admin1());
        number(g, "lat", l == null ? null : l.lat());
        number(g, "lon", l == null ? null : l.lon());
        number(g, "fatalities", e.fatalities());
        number(g, "fatalities_low", c.fatalitiesLow());
        number(g, "fatalities_high", c.fatalitiesHigh());
        g.writeBooleanField("disputed", c.disputed());
        g.writeNumberField("reports", c.reports().size());
        g.writeBooleanField("confirmed", r.confirmed());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Number n) throws IOException {
        if (n == null) {
            g.writeNullField(name);
        } else if (n instanceof Double d) {
            g.writeNumberField(name, d);
        } else {
            g.writeNumberField(name, n.intValue());
        }
    }
}
