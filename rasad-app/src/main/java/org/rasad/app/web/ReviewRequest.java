package org.rasad.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import org.rasad.app.EventJson;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.review.CorrectableField;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewedEvent;

/**
 * Reads the body of {@code POST /api/events/{id}/review} into a {@link ReviewAction} about that event:
 * <pre>
 * {"analyst": "…", "action": "confirm"}
 * {"analyst": "…", "action": "correct", "field": "fatalities", "value": "4"}
 * {"analyst": "…", "action": "merge", "other": "ev-…"}
 * {"analyst": "…", "action": "split", "report": "doc#index"}
 * </pre>
 * with an optional {@code note}. The action is anchored on the event's first report (see ReviewAction).
 */
final class ReviewRequest {

    private static final Set<String> FIELDS = Set.of("analyst", "action", "field", "value", "other", "report", "note");

    private ReviewRequest() {
    }

    /** @param others looks up the other event of a merge */
    static ReviewAction parse(String body, ReviewedEvent target, java.util.function.Function<String,
            java.util.Optional<ReviewedEvent>> others) {
        JsonNode n;
        try {
            n = EventJson.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("body is not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("body must be a JSON object with analyst and action");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.badRequest("unknown field «" + f + "»; fields: " + FIELDS.stream().sorted().toList());
            }
        }
        String analyst = string(n, "analyst");
        if (analyst == null || analyst.isBlank() || analyst.length() > 100) {
            throw ApiException.badRequest("analyst: your name is required (at most 100 characters)");
        }
        String note = string(n, "note");
        if (note != null && note.length() > 2000) {
            throw ApiException.badRequest("note: at most 2000 characters");
        }
        ReviewAction.Meta meta = new ReviewAction.Meta(analyst.strip(), Instant.now(), note);
        MentionRef anchor = target.event().mentions().get(0);
        String action = string(n, "action");
        try {
            return switch (action == null ? "" : action) {
                case "confirm" -> new ReviewAction.Confirm(anchor, meta);
                case "correct" -> new ReviewAction.Correct(anchor, CorrectableField.of(require(n, "field")),
                        string(n, "value"), meta);
                case "merge" -> {
                    String other = require(n, "other");
                    ReviewedEvent o = others.apply(other).orElseThrow(() -> ApiException.badRequest("other: no event " + other));
                    yield new ReviewAction.Merge(anchor, o.event().mentions().get(0), meta);
                }
                case "split" -> new ReviewAction.Split(report(target, require(n, "report")), meta);
                default -> throw ApiException.badRequest("action: «" + action + "» is not one of confirm, correct, merge, split");
            };
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static MentionRef report(ReviewedEvent target, String key) {
        MentionRef m = target.event().mentions().stream().filter(x -> x.toString().equals(key)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("report: «" + key + "» is not one of this event's reports "
                        + target.event().mentions()));
        if (target.event().mentions().size() < 2) {
            throw ApiException.badRequest("report: this event has a single report; there is nothing to split");
        }
        return m;
    }

    private static String require(JsonNode n, String field) {
        String v = string(n, field);
        if (v == null || v.isBlank()) {
            throw ApiException.badRequest(field + " is required for this action");
        }
        return v;
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw ApiException.badRequest(field + " must be a string");
        }
        return v.asText();
    }
}
