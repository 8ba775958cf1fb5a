package org.rasad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE and ORDER BY of an {@link EventQuery}, with its parameters; never a value spliced into SQL. */
final class EventQuerySql {

    /** The order of {@code rasad events}: by date (undated last), then by earliest mention. */
    static final String EVENTS_ORDER = "CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date, first_doc, first_event_index";

    final String where;
    final String orderBy;
    final List<Object> params = new ArrayList<>();

    EventQuerySql(EventQuery q) {
        List<String> conditions = new ArrayList<>();
        if (q.from() != null) {
            conditions.add("event_date >= ?");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            conditions.add("event_date <= ?");
            params.add(q.to().toString());
        }
        if (q.box() != null) {
            conditions.add("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?");
            params.addAll(List.of(q.box().south(), q.box().north(), q.box().west(), q.box().east()));
        }
        if (q.country() != null) {
            conditions.add("country = ?");
            params.add(q.country().toUpperCase(Locale.ROOT));
        }
        if (q.admin1() != null) {
            conditions.add("admin1 = ?");
            params.add(q.admin1());
        }
        if (q.eventType() != null) {
            conditions.add("event_type = ?");
            params.add(q.eventType());
        }
        if (q.actor() != null) {
            conditions.add("(actor1 = ? OR actor2 = ?)");
            params.add(q.actor());
            params.add(q.actor());
        }
        if (q.disputedOnly()) {
            conditions.add("disputed = ?");
            params.add(true);
        }
        if (q.text() != null && !q.text().isBlank()) {
            conditions.add("event_id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.doc_id = m.doc_id"
                    + " WHERE a.body LIKE ? ESCAPE '\\' OR a.title LIKE ? ESCAPE '\\')");
            String like = "%" + q.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        orderBy = " ORDER BY " + switch (q.sort()) {
            case DATE -> EVENTS_ORDER;
            case DATE_DESC -> "CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date DESC, first_doc, first_event_index";
            case FATALITIES_DESC -> "CASE WHEN fatalities IS NULL THEN 1 ELSE 0 END, fatalities DESC, " + EVENTS_ORDER;
            case REPORTS_DESC -> "report_count DESC, " + EVENTS_ORDER;
        };
    }
}
