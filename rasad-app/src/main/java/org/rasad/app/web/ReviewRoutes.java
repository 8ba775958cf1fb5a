package org.rasad.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.rasad.app.EventJson;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewedEvent;

/** Analyst review (a write) and the audit trail. */
final class ReviewRoutes {

    private final EventCatalog catalog;
    private final WriteAccess access;

    ReviewRoutes(EventCatalog catalog, WriteAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    void register(Javalin app) {
        app.post("/api/events/{id}/review", this::review);
        app.get("/api/events/{id}/audit", ctx -> sendAudit(ctx, catalog.audit(ctx.pathParam("id"))));
        app.get("/api/audit", ctx -> sendAudit(ctx, catalog.audit(null)));
    }

    private void review(Context ctx) {
        access.check(ctx);
        String id = ctx.pathParam("id");
        ReviewedEvent target = catalog.event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
        ReviewAction action = ReviewRequest.parse(ctx.body(), target, catalog::event);
        ReviewedEvent after = catalog.review(action);
        Json.ok(ctx, ApiJson.detail(after, catalog::article));
    }

    private static void sendAudit(Context ctx, List<AuditEntry> entries) {
        ObjectNode o = EventJson.JSON.createObjectNode();
        ArrayNode items = o.putArray("items");
        entries.forEach(a -> items.add(ApiJson.audit(a)));
        Json.ok(ctx, o);
    }
}
