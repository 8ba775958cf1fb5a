package org.rasad.app.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.consolidate.ConsolidationState;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.pipeline.Pipeline;
import org.rasad.core.review.ReviewAction;
import org.rasad.core.review.ReviewedEvent;

/**
 * Events held in memory: articles given at start-up or posted later are extracted, consolidated
 * across sources like {@code rasad events} does, and overlaid with the analysts' decisions.
 * Decisions and the audit trail live as long as the process (use the store to keep them).
 */
public class MemoryCatalog extends ReviewedCatalog {

    private final Pipeline pipeline;
    private final ConsolidationState state = new ConsolidationState();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private volatile List<Article> newestFirst = List.of();

    public MemoryCatalog(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public ArticlePage articles(String text, int offset, int limit) {
        List<Article> all = newestFirst;
        if (text == null) {
            return new ArticlePage(all.size(), all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
        }
        List<String> ids = search.search(text, offset + limit);
        synchronized (this) {
            return new ArticlePage(search.count(text), ids.stream().skip(offset).map(articles::get).toList());
        }
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
    public ReviewedEvent review(ReviewAction action) {
        synchronized (review) {
            return review.apply(action, review.auditLine(review.auditSize() + 1, action));
        }
    }

    @Override
    public List<AuditEntry> audit(String eventId) {
        return review.audit(eventId);
    }

    @Override
    public Counts counts() {
        return new Counts(newestFirst.size(), review.snapshot().size(), review.decisions());
    }

    private void reconsolidate() {
        List<Article> list = new ArrayList<>(articles.values());
        Collections.reverse(list);
        newestFirst = List.copyOf(list);
        review.consolidated(state.events());
    }

    @Override
    public void close() {
        search.close();
    }
}
