package org.rasad.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Set;
import org.rasad.app.EventJson;
import org.rasad.app.web.EventCatalog.ArticlePage;
import org.rasad.app.web.EventCatalog.IngestResult;
import org.rasad.app.web.EventCatalog.IngestedArticle;
import org.rasad.core.model.Article;

/** Articles: the list with Arabic full-text search, one article's text, and ingest (a write). */
final class ArticleRoutes {

    private final EventCatalog catalog;
    private final WriteAccess access;

    ArticleRoutes(EventCatalog catalog, WriteAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    void register(Javalin app) {
        app.get("/api/articles", this::list);
        app.get("/api/articles/{id}", this::one);
        app.post("/api/articles", this::ingest);
    }

    private void list(Context ctx) {
        for (String k : ctx.queryParamMap().keySet()) {
            if (!k.isEmpty() && !Set.of("q", "offset", "limit").contains(k)) {
                throw ApiException.badRequest("unknown parameter «" + k + "»; parameters: q, offset, limit");
            }
        }
        QueryParams p = new QueryParams(ctx.queryParamMap());
        int offset = p.integer("offset", 0);
        int limit = p.integer("limit", EventRoutes.PAGE);
        if (offset < 0 || limit < 1 || limit > EventRoutes.MAX_PAGE) {
            throw ApiException.badRequest("offset must be 0 or more and limit 1 to " + EventRoutes.MAX_PAGE);
        }
        ArticlePage page = catalog.articles(p.string("q"), offset, limit);
        ObjectNode o = EventJson.JSON.createObjectNode();
        o.put("total", page.total()).put("offset", offset).put("limit", limit);
        ArrayNode items = o.putArray("items");
        page.items().forEach(a -> items.add(ApiJson.articleSummary(a)));
        Json.ok(ctx, o);
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = catalog.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        Json.ok(ctx, ApiJson.article(a));
    }

    private void ingest(Context ctx) {
        access.check(ctx);
        IngestResult r = catalog.ingest(ArticleRequest.parse(ctx.body()));
        ObjectNode o = EventJson.JSON.createObjectNode();
        o.put("ingested", r.results().size());
        ArrayNode items = o.putArray("results");
        for (IngestedArticle a : r.results()) {
            items.addObject().put("id", a.id()).put("events", a.events()).put("error", a.error());
        }
        Json.send(ctx, 201, o);
    }
}
