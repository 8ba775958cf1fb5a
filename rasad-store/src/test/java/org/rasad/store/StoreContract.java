package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.ConsolidationState;
import org.rasad.core.extract.Extractor;
import org.rasad.core.model.Article;
import org.rasad.core.pipeline.Pipeline;

/** The behaviour every store must have; run against SQLite and PostgreSQL by the subclasses. */
abstract class StoreContract {

    static final Pipeline PIPELINE = new Pipeline(new Extractor(), null);

    /** A fresh, empty store for each test. */
    abstract EventStore newStore();

    private static List<ConsolidatedEvent> all(EventStore store) {
        List<ConsolidatedEvent> out = new ArrayList<>();
        store.forEachEvent(EventQuery.all(), out::add);
        return out;
    }

    private static List<ConsolidatedEvent> consolidatedInMemory(List<Article> articles) {
        ConsolidationState state = new ConsolidationState();
        articles.forEach(a -> state.add(PIPELINE.process(a), a.source()));
        return state.events();
    }

    private static IngestSummary ingest(EventStore store, List<IngestItem> items, int batch) {
        Ingestor in = store.ingest(PIPELINE, "test", batch);
        items.forEach(in::add);
        return in.finish();
    }

    private static List<IngestItem> items(List<Article> articles) {
        return articles.stream().map(IngestItem::of).toList();
    }

    @Test
    void storedEventsEqualConsolidationOfTheSameArticlesInTheSameOrder() {
        List<Article> articles = SyntheticArticles.generate(120, 1);
        EventStore store = newStore();
        ingest(store, items(articles), 17);
        assertThat(all(store)).isEqualTo(consolidatedInMemory(articles));
    }

    @Test
    void reingestingTheSameArticlesIsANoOp() {
        List<Article> articles = SyntheticArticles.generate(40, 2);
        EventStore store = newStore();
        ingest(store, items(articles), 10);
        List<ConsolidatedEvent> before = all(store);
        IngestSummary again = ingest(store, items(articles), 10);
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(40);
        assertThat(all(store)).isEqualTo(before);
        assertThat(store.ingestLog(null)).extracting(IngestLogEntry::status).containsOnly(IngestStatus.DUPLICATE);
    }

    @Test
    void brokenArticleIsLoggedWithItsErrorAndSkipped() {
        List<IngestItem> items = new ArrayList<>(items(SyntheticArticles.generate(5, 3)));
        items.add(2, IngestItem.unreadable("feed.jsonl:3", "feed.jsonl:3: not a JSON object"));
        EventStore store = newStore();
        IngestSummary s = ingest(store, items, 4);
        assertThat(s.stored()).isEqualTo(5);
        assertThat(s.failed()).isEqualTo(1);
        IngestLogEntry failed = store.ingestLog(null).get(2);
        assertThat(failed.status()).isEqualTo(IngestStatus.FAILED);
        assertThat(failed.error()).isEqualTo("feed.jsonl:3: not a JSON object");
    }

    @Test
    void anIdTakenByDifferentContentFailsInsteadOfOverwriting() {
        Article a = SyntheticArticles.generate(1, 4).get(0);
        Article changed = new Article(a.id(), a.text() + " تحديث", a.published(), a.source(), a.url(), a.title());
        EventStore store = newStore();
        ingest(store, List.of(IngestItem.of(a)), 10);
        IngestSummary s = ingest(store, List.of(IngestItem.of(changed)), 10);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(store.ingestLog(null).get(0).error()).contains("already stored with different content");
        assertThat(store.article(a.id()).orElseThrow().text()).isEqualTo(a.text());
    }

    @Test
    void addingArticlesLaterGivesTheSameEventsAsIngestingThemTogether() {
        List<Article> articles = SyntheticArticles.generate(60, 5);
        EventStore store = newStore();
        ingest(store, items(articles.subList(30, 60)), 7);
        ingest(store, items(articles.subList(0, 30)), 7);
        assertThat(all(store)).isEqualTo(consolidatedInMemory(articles));
    }

    @Test
    void filtersSelectByDateTypeDisputeAndArticleText() {
        List<Article> articles = SyntheticArticles.generate(80, 6);
        EventStore store = newStore();
        ingest(store, items(articles), 50);
        List<ConsolidatedEvent> every = all(store);
        LocalDate from = LocalDate.of(2021, 6, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);
        Page<ConsolidatedEvent> inRange = store.events(EventQuery.all().withDates(from, to));
        assertThat(inRange.items()).isNotEmpty().allSatisfy(e -> assertThat(e.event().date()).isBetween(from, to));
        assertThat(inRange.total()).isEqualTo(every.stream().filter(e -> e.event().date() != null
                && !e.event().date().isBefore(from) && !e.event().date().isAfter(to)).count());
        Page<ConsolidatedEvent> disputed = store.events(EventQuery.all().withDisputedOnly(true));
        assertThat(disputed.total()).isEqualTo(every.stream().filter(ConsolidatedEvent::disputed).count()).isPositive();
        assertThat(store.events(EventQuery.all().withPlace("ly", null)).total()).isEqualTo(every.size());
        assertThat(store.events(EventQuery.all().withEventType("Protests")).total()).isZero();
        Page<ConsolidatedEvent> byText = store.events(EventQuery.all().withText("مرزق"));
        assertThat(byText.items()).isNotEmpty().allSatisfy(e -> assertThat(e.reports())
                .anySatisfy(r -> assertThat(store.article(r.doc()).orElseThrow().text()).contains("مرزق")));
    }

    @Test
    void pagesFollowTheOrderOfRasadEvents() {
        List<Article> articles = SyntheticArticles.generate(50, 7);
        EventStore store = newStore();
        ingest(store, items(articles), 50);
        List<ConsolidatedEvent> every = all(store);
        Page<ConsolidatedEvent> second = store.events(EventQuery.all().withPage(5, 5));
        assertThat(second.items()).isEqualTo(every.subList(5, 10));
        assertThat(second.total()).isEqualTo(every.size());
    }

    @Test
    void eventDetailListsTheArticlesBehindIt() {
        List<Article> articles = SyntheticArticles.generate(30, 8);
        EventStore store = newStore();
        ingest(store, items(articles), 50);
        ConsolidatedEvent multi = all(store).stream().filter(e -> e.reports().size() > 1).findFirst().orElseThrow();
        EventDetail d = store.event(multi.eventId()).orElseThrow();
        assertThat(d.articles()).extracting(StoredArticle::docId)
                .containsExactlyElementsOf(multi.mentions().stream().map(m -> m.doc()).distinct().toList());
        assertThat(store.event("ev-missing")).isEmpty();
    }

    @Test
    void correctionSurvivesReconsolidation() {
        List<Article> articles = SyntheticArticles.generate(40, 9);
        EventStore store = newStore();
        ingest(store, items(articles.subList(0, 20)), 50);
        ConsolidatedEvent e = all(store).get(0);
        var anchor = e.mentions().get(0);
        store.review(ReviewAction.correction(anchor.doc(), anchor.eventIndex(), e.eventId(), "fatalities",
                String.valueOf(e.event().fatalities()), "4", "analyst-a", "council figure checked"));
        ingest(store, items(articles.subList(20, 40)), 50);
        String idNow = all(store).stream().filter(x -> x.mentions().contains(anchor)).findFirst().orElseThrow().eventId();
        EventDetail d = store.event(idNow).orElseThrow();
        assertThat(d.corrections()).containsEntry("fatalities", "4");
        assertThat(d.review().get(0).analyst()).isEqualTo("analyst-a");
    }
}
