package org.rasad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;

/** Writes articles and their per-document events, batched, inside the caller's transaction. */
final class ArticleRows {

    /** An extracted article ready to store. */
    record Extracted(Article article, String contentHash, DocumentResult result) {
    }

    private ArticleRows() {
    }

    static void insert(Connection c, List<Extracted> batch, String runId, long now) throws SQLException {
        try (PreparedStatement a = c.prepareStatement("INSERT INTO articles (doc_id, content_hash, source, url, title,"
                + " published, reference_date, body, extract_error, event_count, run_id, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement e = c.prepareStatement("INSERT INTO document_events (doc_id, event_index, event_type,"
                     + " sub_event_type, event_date, country, admin1, fatalities, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Extracted x : batch) {
                Article art = x.article();
                DocumentResult r = x.result();
                Sql.setAll(a, art.id(), x.contentHash(), art.source(), art.url(), art.title(),
                        art.published() == null ? null : art.published().toString(),
                        r.published() == null ? null : r.published().toString(), art.text(), r.error(),
                        r.events().size(), runId, now);
                a.addBatch();
                for (int i = 0; i < r.events().size(); i++) {
                    Event ev = r.events().get(i);
                    Sql.setAll(e, art.id(), i, ev.eventType(), ev.subEventType(),
                            ev.date() == null ? null : ev.date().toString(),
                            ev.location() == null ? null : ev.location().country(),
                            ev.location() == null ? null : ev.location().admin1(), ev.fatalities(), StoredJson.write(ev));
                    e.addBatch();
                }
            }
            a.executeBatch();
            e.executeBatch();
        }
    }
}
