package org.rasad.app.web;

import java.util.List;
import java.util.Optional;
import org.rasad.core.review.ReviewedEvent;

/**
 * What every catalog answers the same way, whatever keeps its articles: events, timeline and one event
 * come from the reviewed snapshot, narrowed by the Arabic article search.
 */
abstract class ReviewedCatalog implements EventCatalog {

    protected final ArticleSearch search = new ArticleSearch();
    protected final ReviewState review = new ReviewState();

    @Override
    public EventPage events(EventQuery q) {
        return review.snapshot().page(q, search.documentsFor(q));
    }

    @Override
    public List<DayCount> timeline(EventQuery q) {
        return review.snapshot().timeline(q, search.documentsFor(q));
    }

    @Override
    public Optional<ReviewedEvent> event(String eventId) {
        return review.snapshot().byId(eventId);
    }
}
