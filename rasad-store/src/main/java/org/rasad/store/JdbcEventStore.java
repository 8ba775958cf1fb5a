package org.rasad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.pipeline.Pipeline;

/** {@link EventStore} over plain JDBC, the same SQL for SQLite and PostgreSQL. Thread-safe (a connection per call). */
public final class JdbcEventStore implements EventStore {

    private static final String ARTICLE_COLUMNS = "doc_id, source, url, title, published, reference_date, event_count,"
            + " extract_error, ingested_at";

    private final Database db;

    public JdbcEventStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    @Override
    public Ingestor ingest(Pipeline pipeline, String inputs, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        return new Ingestor(db, pipeline, batchSize, inputs);
    }

    @Override
    public Page<ConsolidatedEvent> events(EventQuery q) {
        EventQuerySql sql = new EventQuerySql(q);
        List<ConsolidatedEvent> items = new ArrayList<>();
        long total = query("SELECT COUNT(*) FROM events" + sql.where, sql.params, rs -> rs.getLong(1)).get(0);
        List<Object> params = new ArrayList<>(sql.params);
        params.add(q.limit());
        params.add(q.offset());
        query("SELECT body FROM events" + sql.where + sql.orderBy + " LIMIT ? OFFSET ?", params,
                rs -> items.add(StoredJson.consolidated(rs.getString(1))));
        return new Page<>(items, total, q.offset(), q.limit());
    }

    @Override
    public void forEachEvent(EventQuery q, Consumer<ConsolidatedEvent> sink) {
        EventQuerySql sql = new EventQuerySql(q);
        query("SELECT body FROM events" + sql.where + sql.orderBy, sql.params, rs -> {
            sink.accept(StoredJson.consolidated(rs.getString(1)));
            return null;
        });
    }

    @Override
    public Optional<EventDetail> event(String eventId) {
        List<ConsolidatedEvent> found = query("SELECT body FROM events WHERE event_id = ?", List.of(eventId),
                rs -> StoredJson.consolidated(rs.getString(1)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConsolidatedEvent e = found.get(0);
        List<StoredArticle> articles = new ArrayList<>();
        for (String doc : e.mentions().stream().map(MentionRef::doc).distinct().toList()) {
            article(doc, false).ifPresent(articles::add);
        }
        List<ReviewAction> review = new ArrayList<>();
        for (MentionRef m : e.mentions()) {
            review.addAll(query("SELECT * FROM review_actions WHERE anchor_doc = ? AND anchor_event_index = ?",
                    List.of(m.doc(), m.eventIndex()), JdbcEventStore::reviewAction));
        }
        review.sort(java.util.Comparator.comparing(ReviewAction::actionId));
        return Optional.of(new EventDetail(e, articles, review));
    }

    @Override
    public Page<StoredArticle> articles(String text, int offset, int limit) {
        String where = "";
        List<Object> params = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where = " WHERE body LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\'";
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        long total = query("SELECT COUNT(*) FROM articles" + where, params, rs -> rs.getLong(1)).get(0);
        params.add(limit);
        params.add(offset);
        List<StoredArticle> items = query("SELECT " + ARTICLE_COLUMNS + " FROM articles" + where
                + " ORDER BY ingested_at DESC, doc_id LIMIT ? OFFSET ?", params, rs -> article(rs, null));
        return new Page<>(items, total, offset, limit);
    }

    @Override
    public Optional<StoredArticle> article(String docId) {
        return article(docId, true);
    }

    private Optional<StoredArticle> article(String docId, boolean withText) {
        return query("SELECT " + ARTICLE_COLUMNS + ", body FROM articles WHERE doc_id = ?", List.of(docId),
                rs -> article(rs, withText ? rs.getString("body") : null)).stream().findFirst();
    }

    @Override
    public List<IngestLogEntry> ingestLog(String runId) {
        String run = runId != null ? runId : query("SELECT run_id FROM ingest_runs ORDER BY started_at DESC, run_id",
                List.of(), rs -> rs.getString(1)).stream().findFirst().orElse(null);
        if (run == null) {
            return List.of();
        }
        return query("SELECT * FROM ingest_log WHERE run_id = ? ORDER BY seq", List.of(run), rs -> new IngestLogEntry(
                rs.getString("run_id"), rs.getLong("seq"), rs.getString("doc_id"), rs.getString("content_hash"),
                IngestStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("error"),
                Sql.integer(rs, "event_count"), rs.getLong("logged_at")));
    }

    @Override
    public ReviewAction review(ReviewAction a) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO review_actions (action, anchor_doc, anchor_event_index,"
                     + " event_id, field, old_value, new_value, other_doc, other_event_index, reverts_action_id, analyst,"
                     + " note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Sql.setAll(ps, a.action(), a.anchorDoc(), a.anchorEventIndex(), a.eventId(), a.field(), a.oldValue(),
                    a.newValue(), a.otherDoc(), a.otherEventIndex(), a.revertsActionId(), a.analyst(), a.note(), a.createdAt());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new ReviewAction(keys.getLong(1), a.action(), a.anchorDoc(), a.anchorEventIndex(), a.eventId(),
                        a.field(), a.oldValue(), a.newValue(), a.otherDoc(), a.otherEventIndex(), a.revertsActionId(),
                        a.analyst(), a.note(), a.createdAt());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record review action in " + db + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long lastUpdated() {
        List<Long> t = query("SELECT MAX(updated_at) FROM events", List.of(), rs -> rs.getLong(1));
        return t.isEmpty() ? 0 : t.get(0);
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<?> params, RowReader<T> reader) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.setAll(ps, params.toArray());
            ps.setFetchSize(500);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    T v = reader.read(rs);
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query on " + db + " failed: " + e.getMessage(), e);
        }
    }

    private static StoredArticle article(ResultSet rs, String text) throws SQLException {
        return new StoredArticle(rs.getString("doc_id"), rs.getString("source"), rs.getString("url"), rs.getString("title"),
                date(rs.getString("published")), date(rs.getString("reference_date")), rs.getInt("event_count"),
                rs.getString("extract_error"), rs.getLong("ingested_at"), text);
    }

    private static ReviewAction reviewAction(ResultSet rs) throws SQLException {
        Integer other = Sql.integer(rs, "other_event_index");
        long reverts = rs.getLong("reverts_action_id");
        Long revertsId = rs.wasNull() ? null : reverts;
        return new ReviewAction(rs.getLong("action_id"), rs.getString("action"), rs.getString("anchor_doc"),
                rs.getInt("anchor_event_index"), rs.getString("event_id"), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("other_doc"), other, revertsId, rs.getString("analyst"),
                rs.getString("note"), rs.getLong("created_at"));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
