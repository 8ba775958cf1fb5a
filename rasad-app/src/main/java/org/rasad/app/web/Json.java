package org.rasad.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import org.rasad.app.EventJson;

/** Writes a JSON response; the one place that sets the content type. */
final class Json {

    private Json() {
    }

    static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(EventJson.JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void ok(Context ctx, Object body) {
        send(ctx, 200, body);
    }

    static void error(Context ctx, int status, String message) {
        send(ctx, status, EventJson.JSON.createObjectNode().put("error", message).put("status", status));
    }
}
