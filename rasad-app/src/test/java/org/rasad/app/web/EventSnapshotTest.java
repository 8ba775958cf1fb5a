package org.rasad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;
import org.rasad.core.review.ReviewedEvent;

/**
 * The snapshot's shortcuts (columns, date slices, presorted orders) give what a plain
 * filter-sort-page with {@link EventFilter} gives, on random events and queries.
 */
class EventSnapshotTest {

    private static final String[] TYPES = {"Battles", "Protests", "Riots"};

    @RepeatedTest(20)
    void pagesEqualFilterThenSortThenPage() {
        Random rnd = new Random();
        List<ReviewedEvent> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LocalDate d = rnd.nextInt(10) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(60));
            Integer killed = rnd.nextInt(4) == 0 ? null : rnd.nextInt(20);
            Location l = rnd.nextInt(8) == 0 ? null : new Location("P" + rnd.nextInt(5), null, rnd.nextDouble() * 10,
                    rnd.nextDouble() * 10, rnd.nextBoolean() ? "LY" : "YE", rnd.nextBoolean() ? "R" + rnd.nextInt(3) : null,
                    1, "in", null, null, null, null);
            ActorRef side = rnd.nextBoolean() ? null : new ActorRef("Side " + rnd.nextInt(4), "طرف", 1, null);
            Event e = new Event(TYPES[rnd.nextInt(3)], null, d, d == null ? null : 1, side, null, l, killed, null,
                    List.of(), List.of(), List.of());
            events.add(ReviewedEvent.unreviewed(new ConsolidatedEvent(String.format("ev-%04d", i), e, killed, killed,
                    rnd.nextInt(5) == 0, List.of(new Report("d" + i, 0, null, d, e)))));
        }
        EventSnapshot snapshot = EventSnapshot.of(events);
        for (int n = 0; n < 50; n++) {
            LocalDate from = rnd.nextBoolean() ? null : LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(60));
            LocalDate to = rnd.nextBoolean() ? null : LocalDate.of(2024, 3, 1).minusDays(rnd.nextInt(60 - (from == null ? 0
                    : from.getDayOfYear() - 1)));
            EventQuery q = new EventQuery(from, to, rnd.nextBoolean() ? null : new BoundingBox(0, 0, 5, 10),
                    rnd.nextBoolean() ? null : "LY", rnd.nextInt(3) == 0 ? "r" + rnd.nextInt(3) : null,
                    rnd.nextBoolean() ? null : TYPES[rnd.nextInt(3)], rnd.nextInt(3) == 0 ? "SIDE " + rnd.nextInt(3) : null,
                    null,
                    rnd.nextInt(4) == 0, EventSort.values()[rnd.nextInt(4)], rnd.nextInt(50), 1 + rnd.nextInt(40));
            EventFilter f = new EventFilter(q, null);
            List<ReviewedEvent> expected = new ArrayList<>(events.stream().filter(f).toList());
            expected.sort(EventFilter.order(q.sort()));
            EventCatalog.EventPage page = snapshot.page(q, null);
            assertThat(page.total()).as(q.toString()).isEqualTo(expected.size());
            assertThat(page.items()).as(q.toString()).containsExactlyElementsOf(
                    expected.subList(Math.min(q.offset(), expected.size()), Math.min(q.offset() + q.limit(), expected.size())));
        }
    }
}
