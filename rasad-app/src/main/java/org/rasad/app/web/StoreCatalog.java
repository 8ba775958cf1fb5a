package org.rasad.app.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.model.Article;
import org.rasad.core.pipeline.Pipeline;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewedEvent;
import org.rasad.store.JdbcEventStore;
import org.rasad.store.Page;
import org.rasad.store.StoredArticle;

/**
 * The catalog over Rasad's database (SQLite or PostgreSQL): articles, consolidated events and
 * review decisions are kept there, and survive restarts. At start-up and after each ingest the
 * consolidated events are read into a {@link ReviewState} with the review log replayed over them,
 * so that filtering, analyst corrections and merges give the same answers as {@link MemoryCatalog}
 * and a list request never waits on the database; article texts go into the Lucene index for
 * Arabic search. Decisions are written to the store's review table before they take effect.
 */
public final class StoreCatalog extends ReviewedCatalog {

    private final JdbcEventStore store;
    private final Pipeline pipeline;
    private volatile int articleCount;

    public StoreCatalog(JdbcEventStore store, Pipeline pipeline) {
        this.store = store;
        this.pipeline = pipeline;
        indexArticles();
        StoredReviewLog.Loaded log = StoredReviewLog.read(store.database());
        review.restore(log.actions(), log.audit());
        reloadEvents();
    }

    private void indexArticles() {
        List<Article> batch = new ArrayList<>();
        int n = 0;
        try (Connection c = store.database().connect();
             PreparedStatement ps = c.prepareStatement("SELECT doc_id, title, body FROM articles")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Article(rs.getString(1), rs.getString(3), null, null, null, rs.getString(2)));
                    n++;
                    if (batch.size() == 5000) {
                        search.add(batch);
                        batch.clear();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the articles of " + store.database() + ": " + e.getMessage(), e);
        }
        search.add(batch);
        articleCount = n;
    }

    private void reloadEvents() {
        List<ConsolidatedEvent> all = new ArrayList<>();
        store.forEachEvent(org.rasad.store.EventQuery.all(), all::add);
        review.consolidated(all);
    }

    @Override
    public ArticlePage articles(String text, int offset, int limit) {
        if (text == null) {
            Page<StoredArticle> page = store.articles(null, offset, limit);
            return new ArticlePage((int) page.total(), page.items().stream().map(StoreCatalog::article).toList());
        }
        List<Article> items = new ArrayList<>();
        search.search(text, offset + limit).stream().skip(offset)
                .forEach(id -> store.article(id).map(StoreCatalog::article).ifPresent(items::add));
        return new ArticlePage(search.count(text), items);
    }

    @Override
    public Optional<Article> article(String id) {
        return store.article(id).map(StoreCatalog::article);
    }

    /** Lists carry no text; the API's article summary does not show it. */
    private static Article article(StoredArticle a) {
        return new Article(a.docId(), a.text() == null ? "" : a.text(), a.published(), a.source(), a.url(), a.title());
    }

    @Override
    public synchronized IngestResult ingest(List<Article> batch) {
        Set<String> seen = new HashSet<>();
        for (Article a : batch) {
            if (!seen.add(a.id()) || store.article(a.id()).isPresent()) {
                throw new ApiException(409, "article id «" + a.id() + "» is already taken; ids must be unique");
            }
        }
        store.ingest(pipeline, batch);
        List<IngestedArticle> out = new ArrayList<>();
        List<Article> stored = new ArrayList<>();
        for (Article a : batch) {
            Optional<StoredArticle> s = store.article(a.id());
            if (s.isPresent()) {
                stored.add(a);
                out.add(new IngestedArticle(a.id(), s.get().eventCount(), s.get().extractError()));
            } else {
                out.add(new IngestedArticle(a.id(), 0, "not stored: the same text is already in the database"));
            }
        }
        search.add(stored);
        articleCount += stored.size();
        reloadEvents();
        return new IngestResult(out);
    }

    @Override
    public ReviewedEvent review(ReviewAction action) {
        synchronized (review) {
            AuditEntry draft = review.auditLine(0, action);
            org.rasad.store.ReviewAction saved = store.review(StoredReviewLog.toStored(action, draft));
            AuditEntry line = new AuditEntry(saved.actionId(), draft.at(), draft.analyst(), draft.eventId(), draft.anchor(),
                    draft.action(), draft.field(), draft.oldValue(), draft.newValue(), draft.note());
            return review.apply(action, line);
        }
    }

    @Override
    public List<AuditEntry> audit(String eventId) {
        return review.audit(eventId);
    }

    @Override
    public Counts counts() {
        return new Counts(articleCount, review.snapshot().size(), review.decisions());
    }

    @Override
    public void close() {
        search.close();
    }
}
