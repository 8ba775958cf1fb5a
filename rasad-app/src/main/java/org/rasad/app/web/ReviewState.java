package org.rasad.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewOverlay;
import org.rasad.core.review.ReviewedEvent;

/**
 * The events as the analysts see them: the latest consolidation with every review decision
 * replayed over it ({@link ReviewOverlay}), published as an immutable {@link EventSnapshot} after
 * each change, and the audit trail. Shared by the in-memory and the store-backed catalogs; they
 * decide where consolidation and decisions come from and where decisions are kept.
 * Writers synchronise on this object; readers take the current snapshot without waiting.
 */
final class ReviewState {

    private List<ConsolidatedEvent> consolidated = List.of();
    private final List<ReviewAction> actions = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private volatile EventSnapshot snapshot = EventSnapshot.of(List.of());

    EventSnapshot snapshot() {
        return snapshot;
    }

    /** Replaces the consolidated events (after an ingest) and replays every decision over them. */
    synchronized void consolidated(List<ConsolidatedEvent> events) {
        consolidated = List.copyOf(events);
        rebuild();
    }

    /** Takes decisions recorded earlier, oldest first, with their audit lines. */
    synchronized void restore(List<ReviewAction> earlier, List<AuditEntry> lines) {
        actions.addAll(earlier);
        audit.addAll(lines);
        rebuild();
    }

    /**
     * The audit line of a decision about the events as they are now.
     *
     * @throws ApiException 404 when no event holds the decision's report
     */
    synchronized AuditEntry auditLine(long seq, ReviewAction a) {
        List<ReviewedEvent> current = snapshot.all();
        int i = ReviewOverlay.indexOf(current, a.anchor());
        if (i < 0) {
            throw ApiException.notFound("no event holds the report " + a.anchor());
        }
        return ReviewAudit.entry(seq, a, current.get(i), current);
    }

    /** Applies a decision already checked by {@link #auditLine}; returns its event as it is now. */
    synchronized ReviewedEvent apply(ReviewAction a, AuditEntry line) {
        actions.add(a);
        audit.add(line);
        rebuild();
        List<ReviewedEvent> now = snapshot.all();
        return now.get(ReviewOverlay.indexOf(now, a.anchor()));
    }

    synchronized int auditSize() {
        return audit.size();
    }

    synchronized List<AuditEntry> audit(String eventId) {
        if (eventId == null) {
            return List.copyOf(audit);
        }
        Set<String> mentions = snapshot.byId(eventId).map(r -> ReviewAudit.mentionKeys(r.event()))
                .orElseThrow(() -> ApiException.notFound("no event " + eventId));
        return audit.stream().filter(a -> a.eventId().equals(eventId) || mentions.contains(a.anchor())).toList();
    }

    synchronized int decisions() {
        return actions.size();
    }

    private void rebuild() {
        snapshot = EventSnapshot.of(ReviewOverlay.apply(consolidated, actions));
    }
}
