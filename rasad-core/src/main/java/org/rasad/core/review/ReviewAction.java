package org.rasad.core.review;

import java.time.Instant;
import java.util.Objects;
import org.rasad.core.consolidate.MentionRef;

/**
 * One analyst decision about the consolidated events. Decisions name events by a report they
 * contain (an anchor mention), never by event id: ids and groupings are recomputed whenever new
 * articles arrive, and a decision must find its event again after that.
 *
 * <ul>
 *   <li>{@link Confirm}: the analyst checked the event and agrees with it;</li>
 *   <li>{@link Correct}: one coded field takes the analyst's value;</li>
 *   <li>{@link Merge}: two events are one incident;</li>
 *   <li>{@link Split}: one report does not belong to its event and becomes an event of its own.</li>
 * </ul>
 */
public sealed interface ReviewAction {

    /** Who decided, when, and why (the note may be empty). */
    record Meta(String analyst, Instant at, String note) {
        public Meta {
            Objects.requireNonNull(at, "time of the review action");
            if (analyst == null || analyst.isBlank()) {
                throw new IllegalArgumentException("a review action needs the analyst's name");
            }
            note = note == null ? "" : note;
        }
    }

    Meta meta();

    /** The report that identifies the event this action is about. */
    MentionRef anchor();

    /** The action's name in the API and the audit trail. */
    String kind();

    record Confirm(MentionRef anchor, Meta meta) implements ReviewAction {
        public Confirm {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(meta, "meta");
        }

        @Override
        public String kind() {
            return "confirm";
        }
    }

    /** @param value the new value as text, already checked by {@link CorrectableField#check} */
    record Correct(MentionRef anchor, CorrectableField field, String value, Meta meta) implements ReviewAction {
        public Correct {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(meta, "meta");
            value = field.check(value);
        }

        @Override
        public String kind() {
            return "correct";
        }
    }

    /** @param other a report of the event that joins the anchor's event */
    record Merge(MentionRef anchor, MentionRef other, Meta meta) implements ReviewAction {
        public Merge {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(other, "other");
            Objects.requireNonNull(meta, "meta");
            if (anchor.equals(other)) {
                throw new IllegalArgumentException("cannot merge an event with itself");
            }
        }

        @Override
        public String kind() {
            return "merge";
        }
    }

    /** @param anchor the report that leaves its event */
    record Split(MentionRef anchor, Meta meta) implements ReviewAction {
        public Split {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(meta, "meta");
        }

        @Override
        public String kind() {
            return "split";
        }
    }
}
