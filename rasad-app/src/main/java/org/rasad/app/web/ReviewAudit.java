package org.rasad.app.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewAction.Correct;
import org.rasad.core.review.ReviewAction.Merge;
import org.rasad.core.review.ReviewOverlay;
import org.rasad.core.review.ReviewedEvent;

/** Writes the audit line of a review action, with the state it changes from. */
final class ReviewAudit {

    private ReviewAudit() {
    }

    /**
     * @param target  the event the action is about, before it
     * @param current all events before it (to name the other event of a merge)
     */
    static AuditEntry entry(long seq, ReviewAction a, ReviewedEvent target, List<ReviewedEvent> current) {
        String field = null;
        String oldValue = null;
        String newValue = null;
        if (a instanceof Correct c) {
            field = c.field().apiName();
            oldValue = c.field().read(target.event().event());
            newValue = c.value();
        } else if (a instanceof Merge m) {
            int j = ReviewOverlay.indexOf(current, m.other());
            oldValue = j < 0 ? null : current.get(j).eventId();
            newValue = m.other().toString();
        } else if (a instanceof ReviewAction.Split s) {
            newValue = s.anchor().toString();
        }
        return new AuditEntry(seq, a.meta().at(), a.meta().analyst(), target.eventId(), a.anchor().toString(), a.kind(),
                field, oldValue, newValue, a.meta().note());
    }

    /** The event's reports as the audit trail names them. */
    static Set<String> mentionKeys(ConsolidatedEvent e) {
        return e.mentions().stream().map(Object::toString).collect(Collectors.toSet());
    }
}
