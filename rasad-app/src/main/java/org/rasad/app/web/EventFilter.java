package org.rasad.app.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;
import org.rasad.core.review.ReviewedEvent;

/**
 * An {@link EventQuery}'s filters as a plain predicate over events, and its order as a comparator.
 * The order is what the snapshot presorts by; the predicate is the readable statement of what each
 * filter means, which {@link ColumnFilter} implements fast (a test holds the two to the same answers).
 * Text search is resolved beforehand into the set of matching documents.
 */
final class EventFilter implements Predicate<ReviewedEvent> {

    private final EventQuery q;
    private final Set<String> textDocs;
    private final String actor;

    /** @param textDocs documents that match {@code q.text()}, or null when the query has no text */
    EventFilter(EventQuery q, Set<String> textDocs) {
        this.q = q;
        this.textDocs = textDocs;
        this.actor = q.actor() == null ? null : q.actor().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(ReviewedEvent r) {
        Event e = r.event().event();
        LocalDate d = e.date();
        if ((q.from() != null || q.to() != null) && d == null) {
            return false;
        }
        if (q.from() != null && d.isBefore(q.from()) || q.to() != null && d.isAfter(q.to())) {
            return false;
        }
        if (q.type() != null && !q.type().equals(e.eventType()) && !q.type().equals(e.subEventType())) {
            return false;
        }
        if (q.disputedOnly() && !r.event().disputed()) {
            return false;
        }
        return placeMatches(e.location()) && actorMatches(e) && textMatches(r);
    }

    private boolean placeMatches(Location l) {
        if (q.country() == null && q.admin1() == null && q.bbox() == null) {
            return true;
        }
        if (l == null) {
            return false;
        }
        if (q.country() != null && !q.country().equals(l.country())) {
            return false;
        }
        if (q.admin1() != null && (l.admin1() == null
                || !q.admin1().toLowerCase(Locale.ROOT).equals(l.admin1().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return q.bbox() == null || l.lat() != null && l.lon() != null && q.bbox().contains(l.lat(), l.lon());
    }

    private boolean actorMatches(Event e) {
        return actor == null || mentions(e.actor1()) || mentions(e.actor2());
    }

    private boolean mentions(ActorRef a) {
        return a != null && (contains(a.name()) || contains(a.text()));
    }

    private boolean contains(String s) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(actor);
    }

    private boolean textMatches(ReviewedEvent r) {
        if (textDocs == null) {
            return true;
        }
        for (Report rep : r.event().reports()) {
            if (textDocs.contains(rep.doc())) {
                return true;
            }
        }
        return false;
    }

    /** The query's order; ties (and undated or unknown figures, always last) fall back to the event id. */
    static Comparator<ReviewedEvent> order(EventSort sort) {
        Comparator<ReviewedEvent> byId = Comparator.comparing(ReviewedEvent::eventId);
        return switch (sort) {
            case DATE -> Comparator.comparing(EventFilter::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byId);
            case DATE_DESC -> Comparator.comparing(EventFilter::date, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byId);
            case FATALITIES -> Comparator.comparing(EventFilter::fatalities, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byId);
            case FATALITIES_DESC -> Comparator.comparing(EventFilter::fatalities, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byId);
        };
    }

    private static LocalDate date(ReviewedEvent r) {
        return r.event().event().date();
    }

    private static Integer fatalities(ReviewedEvent r) {
        return r.event().event().fatalities();
    }
}
