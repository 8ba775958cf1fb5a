package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.consolidate.Fixtures.ARMY;
import static org.rasad.core.consolidate.Fixtures.POLICE;
import static org.rasad.core.consolidate.Fixtures.REBELS;
import static org.rasad.core.consolidate.Fixtures.battle;
import static org.rasad.core.consolidate.Fixtures.doc;
import static org.rasad.core.consolidate.Fixtures.event;
import static org.rasad.core.consolidate.Fixtures.killed;
import static org.rasad.core.consolidate.Fixtures.place;
import static org.rasad.core.consolidate.Fixtures.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/** Rival claimants inside one article, and one figure an article gives to two incidents. */
class RivalClaimsTest {

    /** The per-document figure of an article quoting rivals is its lowest, as extraction codes it. */
    private static Event strike(Claim... claims) {
        Event e = event("Explosions/Remote violence", "Air/drone strike", null, ARMY, REBELS, place("زندا"), claims);
        long low = List.of(claims).stream().mapToLong(Claim::value).min().orElseThrow();
        return new Event(e.eventType(), e.subEventType(), e.date(), e.timePrecision(), e.actor1(), e.actor2(), e.location(),
                (int) low, null, List.of(), e.claims(), e.evidence());
    }

    @Test
    void rivalClaimantsInOneArticleAreADispute() {
        List<ConsolidatedEvent> events = Fixtures.consolidate(
                doc("a", "2023-03-05", strike(said("وزارة الدفاع", 8, null), said("المجلس المحلي", 3, null))));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.event().fatalities()).isEqualTo(3);
            assertThat(e.fatalitiesLow()).isEqualTo(3);
            assertThat(e.fatalitiesHigh()).isEqualTo(8);
            assertThat(e.disputed()).isTrue();
        });
    }

    @Test
    void oneClaimantRepeatingItselfIsNoDispute() {
        List<ConsolidatedEvent> events = Fixtures.consolidate(
                doc("a", "2023-03-05", strike(said("وزارة الدفاع", 8, null), said("الوزارة", 8, null))));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalitiesHigh()).isEqualTo(8);
            assertThat(e.disputed()).isFalse();
        });
    }

    @Test
    void aTotalAgainstOneSidesFigureIsNoDispute() {
        Event e = battle("2023-03-04", REBELS, POLICE, place("زندا"),
                said("وزارة الداخلية", 3, POLICE), said("وزارة الداخلية", 4, REBELS), said("الوزارة", 3, null));
        Event coded = new Event(e.eventType(), e.subEventType(), e.date(), e.timePrecision(), e.actor1(), e.actor2(),
                e.location(), 7, null, List.of(), e.claims(), e.evidence());
        ConsolidatedEvent c = Fixtures.consolidate(doc("a", "2023-03-05", coded)).get(0);
        assertThat(c.event().fatalities()).isEqualTo(7);
        assertThat(c.disputed()).isFalse();
    }

    @Test
    void aFigureTheArticleGivesTwoIncidentsCountsWhereAnotherSourceConfirmsIt() {
        // b tells the attack (4 soldiers) and, in the same sentence, the army's reply (23 rebels) as one event
        List<ConsolidatedEvent> events = Fixtures.consolidate(
                doc("a", "2023-03-07",
                        battle("2023-03-05", REBELS, ARMY, place("زندا"), killed(3, ARMY), killed(4, REBELS)),
                        battle("2023-03-06", ARMY, REBELS, place("تلة الغراب"), killed(23, REBELS))),
                doc("b", null,
                        battle(null, REBELS, ARMY, place("زندا"), killed(4, ARMY), killed(23, REBELS)),
                        battle(null, ARMY, REBELS, place("تلة الغراب"), killed(23, REBELS))));
        assertThat(Fixtures.groups(events)).containsExactly("[a#0, b#0]", "[a#1, b#1]");
        ConsolidatedEvent attack = events.get(0);
        assertThat(attack.fatalitiesLow()).isEqualTo(7);
        assertThat(attack.fatalitiesHigh()).isEqualTo(8);
        assertThat(events.get(1).event().fatalities()).isEqualTo(23);
    }

    @Test
    void anUnconfirmedFigureStaysWithItsReport() {
        List<ConsolidatedEvent> events = Fixtures.consolidate(
                doc("a", "2023-03-07",
                        battle("2023-03-05", REBELS, ARMY, place("زندا"), killed(3, ARMY), killed(4, REBELS))),
                doc("b", null,
                        battle(null, REBELS, ARMY, place("زندا"), killed(4, ARMY), killed(23, REBELS)),
                        battle(null, ARMY, REBELS, place("تلة الغراب"), killed(23, REBELS))));
        ConsolidatedEvent attack = events.stream().filter(e -> e.mentions().contains(new MentionRef("a", 0))).findFirst().orElseThrow();
        assertThat(attack.fatalitiesHigh()).isEqualTo(27);
        assertThat(attack.disputed()).isTrue();
    }
}
