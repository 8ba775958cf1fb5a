package org.rasad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.ConsolidationState;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;

/**
 * The store's consolidated events kept equal to what {@link ConsolidationState} makes of the stored
 * articles, which is what {@code rasad events} prints for them.
 *
 * <p>Loading replays every stored article's events into a fresh state (order does not matter to
 * it). Each {@link #write} then rewrites only the events that changed since the last write: new
 * documents touch few incidents, and unchanged incidents are the very same objects in the state.
 * The first write after loading compares fingerprints with the database instead, which also repairs
 * events written by another version of the consolidation. Single-threaded.
 */
final class StoredConsolidation {

    private final ConsolidationState state = new ConsolidationState();
    /** What the database holds, as of the last successful write: event id to event (or null when only its fingerprint is known). */
    private Map<String, ConsolidatedEvent> written = new HashMap<>();
    private Map<String, String> fingerprints;

    /** Stored content hash by document id: decides duplicates and id clashes. */
    final Map<String, String> hashes = new HashMap<>();

    static StoredConsolidation load(Connection c) throws SQLException {
        StoredConsolidation s = new StoredConsolidation();
        Map<String, List<Event>> events = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, event_index, body FROM document_events");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Event> list = events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                int i = rs.getInt(2);
                while (list.size() <= i) {
                    list.add(null);
                }
                list.set(i, StoredJson.event(rs.getString(3)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, content_hash, source, reference_date FROM articles");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String doc = rs.getString(1);
                s.hashes.put(doc, rs.getString(2));
                String date = rs.getString(4);
                s.state.add(new DocumentResult(doc, date == null ? null : LocalDate.parse(date),
                        events.getOrDefault(doc, List.of()), null), rs.getString(3));
            }
        }
        s.fingerprints = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, fingerprint FROM events");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                s.fingerprints.put(rs.getString(1), rs.getString(2));
            }
        }
        return s;
    }

    void add(DocumentResult doc, String source) {
        state.add(doc, source);
    }

    /** Writes the events that differ from the database; call inside the batch's transaction. */
    List<ConsolidatedEvent> write(Connection c, long now) throws SQLException {
        List<ConsolidatedEvent> current = state.events();
        List<EventRows.Serialised> changed = new ArrayList<>();
        Set<String> stale = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (ConsolidatedEvent e : current) {
            ids.add(e.eventId());
            if (fingerprints != null) {
                EventRows.Serialised s = EventRows.Serialised.of(e);
                String old = fingerprints.get(e.eventId());
                if (!s.fingerprint().equals(old)) {
                    changed.add(s);
                    if (old != null) {
                        stale.add(e.eventId());
                    }
                }
            } else {
                ConsolidatedEvent old = written.get(e.eventId());
                if (old != e && !e.equals(old)) {
                    changed.add(EventRows.Serialised.of(e));
                    if (old != null) {
                        stale.add(e.eventId());
                    }
                }
            }
        }
        for (String id : fingerprints != null ? fingerprints.keySet() : written.keySet()) {
            if (!ids.contains(id)) {
                stale.add(id);
            }
        }
        EventRows.delete(c, stale);
        EventRows.insert(c, changed, now);
        return current;
    }

    /** Call after the transaction of {@link #write} committed. */
    void committed(List<ConsolidatedEvent> current) {
        Map<String, ConsolidatedEvent> next = new HashMap<>(current.size() * 2);
        current.forEach(e -> next.put(e.eventId(), e));
        written = next;
        fingerprints = null;
    }

    int events() {
        return written.size();
    }
}
