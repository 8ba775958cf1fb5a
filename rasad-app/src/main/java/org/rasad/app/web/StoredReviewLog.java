package org.rasad.app.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.review.CorrectableField;
import org.rasad.core.review.ReviewAction;
import org.rasad.store.Database;

/**
 * Reads the store's append-only {@code review_actions} table, oldest first, into the decisions
 * the overlay replays and the audit lines the API shows. (EventStore lists actions per event only;
 * the whole log is needed to replay it, so it is read here with one fixed query.) A reverted
 * action and the revert are dropped from the replay and kept in the audit trail; an action this
 * server cannot replay (a field it does not know) is reported once on stderr and skipped.
 */
final class StoredReviewLog {

    record Loaded(List<ReviewAction> actions, List<AuditEntry> audit) {
    }

    private record Row(long id, String action, MentionRef anchor, String eventId, String field, String oldValue,
                       String newValue, MentionRef other, Long reverts, String analyst, String note, long at) {
    }

    private StoredReviewLog() {
    }

    static Loaded read(Database db) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT action_id, action, anchor_doc, anchor_event_index, event_id,"
                     + " field, old_value, new_value, other_doc, other_event_index, reverts_action_id, analyst, note,"
                     + " created_at FROM review_actions ORDER BY action_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String otherDoc = rs.getString(9);
                long reverts = rs.getLong(11);
                rows.add(new Row(rs.getLong(1), rs.getString(2), new MentionRef(rs.getString(3), rs.getInt(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        otherDoc == null ? null : new MentionRef(otherDoc, rs.getInt(10)), rs.wasNull() ? null : reverts,
                        rs.getString(12), rs.getString(13), rs.getLong(14)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the review log of " + db + ": " + e.getMessage(), e);
        }
        Set<Long> reverted = new HashSet<>();
        rows.stream().filter(r -> r.action.equals("revert") && r.reverts != null).forEach(r -> reverted.add(r.reverts));
        List<ReviewAction> actions = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (Row r : rows) {
            audit.add(new AuditEntry(r.id, Instant.ofEpochMilli(r.at), r.analyst, r.eventId, r.anchor.toString(), r.action,
                    r.field, r.oldValue, r.newValue != null ? r.newValue : r.other == null ? null : r.other.toString(),
                    r.note == null ? "" : r.note));
            if (!r.action.equals("revert") && !reverted.contains(r.id)) {
                try {
                    actions.add(decision(r));
                } catch (IllegalArgumentException e) {
                    System.err.println("rasad: review action " + r.id + " cannot be replayed: " + e.getMessage() + " (skipped)");
                }
            }
        }
        return new Loaded(actions, audit);
    }

    private static ReviewAction decision(Row r) {
        ReviewAction.Meta meta = new ReviewAction.Meta(r.analyst, Instant.ofEpochMilli(r.at), r.note);
        return switch (r.action) {
            case "confirm" -> new ReviewAction.Confirm(r.anchor, meta);
            case "correct" -> new ReviewAction.Correct(r.anchor, CorrectableField.of(r.field), r.newValue, meta);
            case "merge" -> new ReviewAction.Merge(r.anchor, r.other, meta);
            case "split" -> new ReviewAction.Split(r.anchor, meta);
            default -> throw new IllegalArgumentException("unknown action " + r.action);
        };
    }

    /** The store's record of a decision taken through the API. */
    static org.rasad.store.ReviewAction toStored(ReviewAction a, AuditEntry line) {
        MentionRef anchor = a.anchor();
        MentionRef other = a instanceof ReviewAction.Merge m ? m.other() : null;
        return new org.rasad.store.ReviewAction(null, a.kind(), anchor.doc(), anchor.eventIndex(), line.eventId(),
                line.field(), a instanceof ReviewAction.Correct ? line.oldValue() : null,
                a instanceof ReviewAction.Correct c ? c.value() : null, other == null ? null : other.doc(),
                other == null ? null : other.eventIndex(), null, a.meta().analyst(), a.meta().note(),
                a.meta().at().toEpochMilli());
    }
}
