package org.rasad.store;

import java.util.Objects;

/**
 * One analyst action on an incident, as kept in the append-only {@code review_actions} table. The
 * incident is named by one of its reports ({@code anchorDoc}, {@code anchorEventIndex}) so that the
 * action still applies after re-consolidation changes event ids.
 *
 * @param actionId  assigned by the store; null before it is recorded
 * @param action    "correct", "confirm", "merge", "split" or "revert"
 * @param eventId   the incident's id when the action was taken (for the audit trail)
 * @param field     for "correct": the field («fatalities», «location», «actor1»...)
 * @param oldValue  for "correct": the value before
 * @param newValue  for "correct": the analyst's value
 * @param otherDoc  for "merge": a report of the other incident
 * @param revertsActionId for "revert": the action undone
 * @param createdAt Unix milliseconds
 */
public record ReviewAction(Long actionId, String action, String anchorDoc, int anchorEventIndex, String eventId,
                           String field, String oldValue, String newValue, String otherDoc, Integer otherEventIndex,
                           Long revertsActionId, String analyst, String note, long createdAt) {

    private static final java.util.Set<String> ACTIONS = java.util.Set.of("correct", "confirm", "merge", "split", "revert");

    public ReviewAction {
        Objects.requireNonNull(anchorDoc, "anchor document");
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("review action must be one of " + ACTIONS + ", got " + action);
        }
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("a review action needs the analyst's name");
        }
        if ("correct".equals(action) && (field == null || field.isBlank())) {
            throw new IllegalArgumentException("a correction needs the field it corrects");
        }
        if ("merge".equals(action) && (otherDoc == null || otherEventIndex == null)) {
            throw new IllegalArgumentException("a merge needs a report of the other incident");
        }
    }

    public static ReviewAction correction(String anchorDoc, int anchorEventIndex, String eventId, String field,
                                          String oldValue, String newValue, String analyst, String note) {
        return new ReviewAction(null, "correct", anchorDoc, anchorEventIndex, eventId, field, oldValue, newValue, null,
                null, null, analyst, note, System.currentTimeMillis());
    }

    public static ReviewAction confirmation(String anchorDoc, int anchorEventIndex, String eventId, String analyst, String note) {
        return new ReviewAction(null, "confirm", anchorDoc, anchorEventIndex, eventId, null, null, null, null, null, null,
                analyst, note, System.currentTimeMillis());
    }
}
