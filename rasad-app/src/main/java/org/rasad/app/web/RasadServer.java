package org.rasad.app.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.rasad.app.EventJson;
import org.rasad.app.web.EventCatalog.Counts;
import org.rasad.core.review.AcledTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code rasad serve}: the JSON API under {@code /api}, its OpenAPI document, and
 * the analyst's page (with Leaflet from WebJars, so nothing comes from a CDN). Errors are mapped to
 * JSON here and only here: a user mistake is a 4xx with one line saying what to change, anything
 * else a 500 whose details stay in the server log, never in the response.
 */
public final class RasadServer {

    private static final Logger LOG = LoggerFactory.getLogger(RasadServer.class);

    private RasadServer() {
    }

    public static Javalin create(EventCatalog catalog, ServerConfig config) {
        WriteAccess access = new WriteAccess(config.token());
        byte[] openApi = resource("/web/openapi.json");
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            // requests are short and CPU-bound: a few threads per core finish them sooner than hundreds contending
            QueuedThreadPool threads = new QueuedThreadPool(8 + 4 * Runtime.getRuntime().availableProcessors(), 4);
            threads.setName("rasad-http");
            cfg.jetty.threadPool = threads;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https: http:; "
                    + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'");
        });
        app.get("/api/health", ctx -> {
            Counts c = catalog.counts();
            Json.ok(ctx, EventJson.JSON.createObjectNode().put("status", "ok").put("articles", c.articles())
                    .put("events", c.events()).put("review_actions", c.reviewActions()));
        });
        app.get("/api/config", ctx -> {
            var o = EventJson.JSON.createObjectNode();
            o.put("tile_url", config.tileUrl());
            o.put("writes_enabled", access.enabled());
            o.set("event_types", EventJson.JSON.valueToTree(AcledTypes.SUB_TYPES));
            Json.ok(ctx, o);
        });
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        new EventRoutes(catalog).register(app);
        new ArticleRoutes(catalog, access).register(app);
        new ReviewRoutes(catalog, access).register(app);
        errors(app);
        return app;
    }

    private static void errors(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), switch (e.getStatus()) {
            case 413 -> "request body too large: the limit is set with --max-body";
            case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)";
            case 405 -> "method not allowed here";
            default -> e.getMessage();
        }));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            Json.error(ctx, 500, "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !isJson(ctx.res().getContentType())) {
                Json.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)");
            }
        });
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.startsWith("application/json");
    }

    private static byte[] resource(String path) {
        try (InputStream in = RasadServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the jar; rebuild rasad");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
