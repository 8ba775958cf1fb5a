package org.rasad.app.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.ConsolidationState;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.pipeline.Pipeline;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewOverlay;
import org.rasad.core.review.ReviewedEvent;

/**
 * Events held in memory: articles given at start-up or posted later are extracted, consolidated
 * across sources like {@code rasad events} does, and overlaid with the analysts' decisions. Reads
 * use an immutable {@link EventSnapshot} swapped in after every change, so they never wait for a
 * write. Decisions and the audit trail live as long as the process.
 */
public class MemoryCatalog implements EventCatalog {

    private final Pipeline pipeline;
    private final ConsolidationState state = new ConsolidationState();
    private final List<ConsolidatedEvent> seeded = new ArrayList<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final List<ReviewAction> actions = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final ArticleSearch search = new ArticleSearch();
    private List<ConsolidatedEvent> consolidated = List.of();
    private volatile EventSnapshot snapshot = EventSnapshot.of(List.of());
    private volatile List<Article> newestFirst = List.of();

    public MemoryCatalog(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Adds incidents consolidated elsewhere (synthetic data for benchmarks, an export read back)
     * with the articles behind them; they are not consolidated again with later articles.
     */
    public synchronized void seed(List<ConsolidatedEvent> events, List<Article> sources) {
        sources.forEach(a -> articles.put(a.id(), a));
        search.add(sources);
        seeded.addAll(events);
        reconsolidate();
    }

    @Override
    public EventPage events(EventQuery q) {
        return snapshot.page(q, textDocs(q));
    }

    @Override
    public List<DayCount> timeline(EventQuery q) {
        return snapshot.timeline(q, textDocs(q));
    }

    private Set<String> textDocs(EventQuery q) {
        return q.text() == null ? null : search.matching(q.text());
    }

    @Override
    public Optional<ReviewedEvent> event(String eventId) {
        return snapshot.byId(eventId);
    }

    @Override
    public ArticlePage articles(String text, int offset, int limit) {
        List<Article> all = newestFirst;
        if (text == null) {
            return new ArticlePage(all.size(), all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
        }
        List<String> ids = search.search(text, offset + limit);
        Map<String, Article> byId = new LinkedHashMap<>();
        synchronized (this) {
            ids.stream().skip(offset).forEach(id -> byId.put(id, articles.get(id)));
        }
        return new ArticlePage(search.matching(text).size(), List.copyOf(byId.values()));
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public IngestResult ingest(List<Article> batch) {
        requireNewIds(batch);
        // extraction is the slow part and touches no shared state, so it runs outside the lock
        List<DocumentResult> results = batch.stream().map(pipeline::process).toList();
        List<IngestedArticle> out = new ArrayList<>();
        synchronized (this) {
            requireNewIds(batch);
            for (int i = 0; i < batch.size(); i++) {
                Article a = batch.get(i);
                DocumentResult r = results.get(i);
                articles.put(a.id(), a);
                state.add(r, a.source());
                out.add(new IngestedArticle(a.id(), r.events().size(), r.error()));
            }
            search.add(batch);
            reconsolidate();
        }
        return new IngestResult(out);
    }

    private synchronized void requireNewIds(List<Article> batch) {
        Set<String> seen = new HashSet<>();
        for (Article a : batch) {
            if (articles.containsKey(a.id()) || !seen.add(a.id())) {
                throw new ApiException(409, "article id «" + a.id() + "» is already taken; ids must be unique");
            }
        }
    }

    @Override
    public synchronized ReviewedEvent review(ReviewAction action) {
        List<ReviewedEvent> current = snapshot.events();
        int i = ReviewOverlay.indexOf(current, action.anchor());
        if (i < 0) {
            throw ApiException.notFound("no event holds the report " + action.anchor());
        }
        audit.add(ReviewAudit.entry(audit.size() + 1, action, current.get(i), current));
        actions.add(action);
        rebuild();
        List<ReviewedEvent> now = snapshot.events();
        return now.get(ReviewOverlay.indexOf(now, action.anchor()));
    }

    @Override
    public synchronized List<AuditEntry> audit(String eventId) {
        if (eventId == null) {
            return List.copyOf(audit);
        }
        Set<String> mentions = snapshot.byId(eventId).map(r -> ReviewAudit.mentionKeys(r.event()))
                .orElseThrow(() -> ApiException.notFound("no event " + eventId));
        return audit.stream().filter(a -> a.eventId().equals(eventId) || mentions.contains(a.anchor())).toList();
    }

    @Override
    public Counts counts() {
        EventSnapshot s = snapshot;
        return new Counts(newestFirst.size(), s.events().size(), actions.size());
    }

    private void reconsolidate() {
        List<ConsolidatedEvent> all = new ArrayList<>(state.events());
        all.addAll(seeded);
        consolidated = all;
        List<Article> list = new ArrayList<>(articles.values());
        java.util.Collections.reverse(list);
        newestFirst = List.copyOf(list);
        rebuild();
    }

    private void rebuild() {
        snapshot = EventSnapshot.of(ReviewOverlay.apply(consolidated, actions));
    }

    @Override
    public void close() {
        search.close();
    }
}
