package org.rasad.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.rasad.app.EventJson;
import org.rasad.core.model.Article;

/**
 * Reads the body of {@code POST /api/articles}: one article object, or an array of them, in the
 * JSON Lines input shape ({@code id}, {@code text}, {@code published}, {@code source}, {@code url},
 * {@code title}). The whole body is checked before anything is ingested; the first problem is a 400
 * that names the article and the field.
 */
final class ArticleRequest {

    static final int MAX_BATCH = 1000;
    private static final Set<String> FIELDS = Set.of("id", "text", "published", "source", "url", "title");

    private ArticleRequest() {
    }

    static List<Article> parse(String body) {
        JsonNode root;
        try {
            root = EventJson.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw ApiException.badRequest("body must be an article object or an array of them");
        }
        List<Article> out = new ArrayList<>();
        if (root.isObject()) {
            out.add(article(root, 0));
        } else {
            if (root.size() == 0 || root.size() > MAX_BATCH) {
                throw ApiException.badRequest("a batch holds 1 to " + MAX_BATCH + " articles, got " + root.size());
            }
            for (int i = 0; i < root.size(); i++) {
                out.add(article(root.get(i), i));
            }
        }
        return out;
    }

    private static Article article(JsonNode n, int index) {
        String where = "article " + index;
        if (!n.isObject()) {
            throw ApiException.badRequest(where + ": not a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.badRequest(where + ": unknown field «" + f + "»; fields: " + FIELDS.stream().sorted().toList());
            }
        }
        String id = text(n, "id", where, true);
        if (id.length() > 200 || id.contains("/") || id.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest(where + ": id must be at most 200 characters, without «/» or control characters");
        }
        where = "article «" + id + "»";
        String published = text(n, "published", where, false);
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(where + ": published «" + published + "» is not a date in the form YYYY-MM-DD");
            }
        }
        return new Article(id, text(n, "text", where, true), date, text(n, "source", where, false),
                text(n, "url", where, false), text(n, "title", where, false));
    }

    private static String text(JsonNode n, String field, String where, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.badRequest(where + ": «" + field + "» is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(where + ": «" + field + "» must be a string");
        }
        if (required && v.asText().isBlank()) {
            throw ApiException.badRequest(where + ": «" + field + "» is empty");
        }
        return v.asText();
    }
}
