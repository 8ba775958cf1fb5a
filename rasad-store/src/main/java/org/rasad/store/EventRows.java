package org.rasad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.consolidate.SourcedClaim;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;

/**
 * Writes consolidated events with their mentions and claims, inside the caller's transaction. A
 * changed event is deleted and inserted again: events are derived data, and rewriting a few rows
 * is simpler than patching them.
 */
final class EventRows {

    /** A consolidated event serialised once, so the body and its fingerprint agree. */
    record Serialised(ConsolidatedEvent event, String body, String fingerprint) {
        static Serialised of(ConsolidatedEvent e) {
            String body = StoredJson.write(e);
            return new Serialised(e, body, sha256(body));
        }
    }

    private EventRows() {
    }

    static void delete(Connection c, Collection<String> eventIds) throws SQLException {
        for (String table : List.of("claims", "event_mentions", "events")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE event_id = ?")) {
                for (String id : eventIds) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    static void insert(Connection c, Collection<Serialised> events, long now) throws SQLException {
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO events (event_id, event_date, year, time_precision,"
                + " event_type, sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude,"
                + " geo_precision, fatalities, fatalities_low, fatalities_high, disputed, report_count, first_doc,"
                + " first_event_index, body, fingerprint, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement m = c.prepareStatement("INSERT INTO event_mentions (event_id, doc_id, event_index) VALUES (?, ?, ?)");
             PreparedStatement cl = c.prepareStatement("INSERT INTO claims (event_id, claim_no, doc_id, event_index, source,"
                     + " kind, value, vague, qualifier, actor, is_update, evidence_start, evidence_end, evidence_text)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Serialised s : events) {
                ConsolidatedEvent c0 = s.event();
                Event e = c0.event();
                var place = e.location();
                MentionRef first = c0.mentions().get(0);
                Sql.setAll(ev, c0.eventId(), e.date() == null ? null : e.date().toString(),
                        e.date() == null ? null : e.date().getYear(), e.timePrecision(), e.eventType(), e.subEventType(),
                        e.actor1() == null ? null : e.actor1().name(), e.actor2() == null ? null : e.actor2().name(),
                        place == null ? null : place.country(), place == null ? null : place.admin1(),
                        place == null ? null : place.name(), place == null ? null : place.lat(),
                        place == null ? null : place.lon(), place == null ? null : place.geoPrecision(),
                        e.fatalities(), c0.fatalitiesLow(), c0.fatalitiesHigh(), c0.disputed(), c0.reports().size(),
                        first.doc(), first.eventIndex(), s.body(), s.fingerprint(), now);
                ev.addBatch();
                for (MentionRef ref : c0.mentions()) {
                    Sql.setAll(m, c0.eventId(), ref.doc(), ref.eventIndex());
                    m.addBatch();
                }
                int n = 0;
                for (SourcedClaim sc : c0.claims()) {
                    Evidence x = sc.claim().evidence();
                    Sql.setAll(cl, c0.eventId(), n++, sc.doc(), sc.eventIndex(), sc.source(), sc.claim().kind(),
                            sc.claim().value(), sc.claim().vague(), sc.claim().qualifier(), sc.claim().actor(),
                            sc.claim().update(), x == null ? null : x.start(), x == null ? null : x.end(),
                            x == null ? null : x.text());
                    cl.addBatch();
                }
            }
            ev.executeBatch();
            m.executeBatch();
            cl.executeBatch();
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
