package org.rasad.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rasad.app.EventJson;
import org.rasad.app.web.EventCatalog.DayCount;
import org.rasad.app.web.EventCatalog.EventPage;
import org.rasad.core.export.AcledCsvWriter;
import org.rasad.core.export.AcledRow;
import org.rasad.core.review.ReviewedEvent;

/** Read endpoints over events: the filtered list, one event, the timeline, GeoJSON and ACLED CSV. */
final class EventRoutes {

    static final int PAGE = 100;
    static final int MAX_PAGE = 1000;
    /** Exports page too, so a client can fetch everything in slices without one response holding it all. */
    static final int EXPORT_PAGE = 50_000;

    private final EventCatalog catalog;

    EventRoutes(EventCatalog catalog) {
        this.catalog = catalog;
    }

    void register(Javalin app) {
        app.get("/api/events", this::list);
        app.get("/api/events.geojson", this::geojson);
        app.get("/api/events.csv", this::csv);
        app.get("/api/timeline", this::timeline);
        app.get("/api/events/{id}", this::one);
    }

    private void list(Context ctx) {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), PAGE, MAX_PAGE);
        EventPage page = catalog.events(q);
        ctx.contentType("application/json; charset=utf-8").result(SummaryWriter.page(page, q.offset(), q.limit()));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        ReviewedEvent e = catalog.event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
        Json.ok(ctx, ApiJson.detail(e, catalog::article));
    }

    private void timeline(Context ctx) {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), PAGE, MAX_PAGE);
        ObjectNode o = EventJson.JSON.createObjectNode();
        ArrayNode days = o.putArray("days");
        for (DayCount d : catalog.timeline(q)) {
            days.addObject().put("date", d.date().toString()).put("type", d.type()).put("count", d.count());
        }
        Json.ok(ctx, o);
    }

    private void geojson(Context ctx) {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), EXPORT_PAGE, EXPORT_PAGE);
        EventPage page = catalog.events(q);
        ObjectNode o = EventJson.JSON.createObjectNode();
        o.put("type", "FeatureCollection");
        o.put("total", page.total());
        ArrayNode features = o.putArray("features");
        for (ReviewedEvent e : page.items()) {
            ObjectNode f = ApiJson.feature(e);
            if (f != null) {
                features.add(f);
            }
        }
        Json.send(ctx, 200, o);
        ctx.contentType("application/geo+json; charset=utf-8");
    }

    private void csv(Context ctx) throws IOException {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), EXPORT_PAGE, EXPORT_PAGE);
        EventPage page = catalog.events(q);
        long now = System.currentTimeMillis() / 1000;
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"rasad-events.csv\"");
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(buf, StandardCharsets.UTF_8)) {
            AcledCsvWriter csv = new AcledCsvWriter(w, true);
            for (ReviewedEvent e : page.items()) {
                csv.write(AcledRow.of(e.event(), now));
            }
        }
        ctx.result(buf.toByteArray());
    }
}
