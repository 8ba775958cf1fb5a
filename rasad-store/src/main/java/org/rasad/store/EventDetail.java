package org.rasad.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.consolidate.ConsolidatedEvent;

/**
 * One incident with everything behind it: the consolidated event (its reports carry evidence, its
 * claims carry sources), the articles it came from (without text) and the analyst's actions on any
 * of its reports, oldest first.
 */
public record EventDetail(ConsolidatedEvent event, List<StoredArticle> articles, List<ReviewAction> review) {
    public EventDetail {
        articles = List.copyOf(articles);
        review = List.copyOf(review);
    }

    /** The analyst's current value per corrected field (later corrections win; reverted ones are dropped). */
    public Map<String, String> corrections() {
        java.util.Set<Long> reverted = new java.util.HashSet<>();
        review.stream().filter(a -> "revert".equals(a.action())).forEach(a -> reverted.add(a.revertsActionId()));
        Map<String, String> out = new LinkedHashMap<>();
        for (ReviewAction a : review) {
            if ("correct".equals(a.action()) && !reverted.contains(a.actionId())) {
                out.put(a.field(), a.newValue());
            }
        }
        return out;
    }
}
