package org.rasad.app.web;

import java.time.Instant;

/**
 * One line of the audit trail: who changed what, when, and what it was before.
 *
 * @param seq      position in the trail, from 1
 * @param eventId  the event's id when the decision was taken
 * @param anchor   the report that identifies the event («doc#index»)
 * @param action   confirm, correct, merge or split
 * @param field    the corrected field, null for other actions
 * @param oldValue the field's value before (correct), or the other event (merge), else null
 * @param newValue the value set (correct), the other report (merge), the report split off (split)
 */
public record AuditEntry(long seq, Instant at, String analyst, String eventId, String anchor, String action,
                         String field, String oldValue, String newValue, String note) {
}
