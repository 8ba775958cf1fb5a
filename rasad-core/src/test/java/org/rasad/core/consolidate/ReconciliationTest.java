package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.consolidate.Fixtures.ARMY;
import static org.rasad.core.consolidate.Fixtures.POLICE;
import static org.rasad.core.consolidate.Fixtures.REBELS;
import static org.rasad.core.consolidate.Fixtures.battle;
import static org.rasad.core.consolidate.Fixtures.doc;
import static org.rasad.core.consolidate.Fixtures.killed;
import static org.rasad.core.consolidate.Fixtures.place;
import static org.rasad.core.consolidate.Fixtures.toll;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Tolls}: conservative figure, low/high, disputes, running tolls, sides. */
class ReconciliationTest {

    private static ConsolidatedEvent one(Map<String, String> sources, org.rasad.core.model.DocumentResult... docs) {
        List<ConsolidatedEvent> events = new Consolidator().consolidate(List.of(docs), sources);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void conflictingFiguresGiveTheLowestAndAreDisputed() {
        var e = one(Map.of("a", "Outlet A", "b", "Outlet B", "c", "Outlet C"),
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(5, ARMY))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(3, ARMY))),
                doc("c", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(8, ARMY))));
        assertThat(e.event().fatalities()).isEqualTo(3);
        assertThat(e.fatalitiesLow()).isEqualTo(3);
        assertThat(e.fatalitiesHigh()).isEqualTo(8);
        assertThat(e.disputed()).isTrue();
    }

    @Test
    void agreeingFiguresAreNotDisputed() {
        var e = one(Map.of(),
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(4, ARMY))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(4, ARMY))));
        assertThat(e.event().fatalities()).isEqualTo(4);
        assertThat(e.disputed()).isFalse();
    }

    @Test
    void runningTollOfOneSourceReplacesItsEarlierFigure() {
        var e = one(Map.of("a", "Outlet A", "b", "Outlet A"),
                doc("a", "2023-03-04", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(2, REBELS))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), toll(11, REBELS))));
        assertThat(e.event().fatalities()).isEqualTo(11);
        assertThat(e.fatalitiesLow()).isEqualTo(11);
        assertThat(e.disputed()).isFalse();
    }

    @Test
    void declaredUpdateReplacesEarlierLowerFiguresOfOtherSources() {
        var e = one(Map.of("a", "Outlet A", "b", "Outlet B"),
                doc("a", "2023-03-04", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(2, REBELS))),
                doc("b", "2023-03-06", battle("2023-03-04", REBELS, ARMY, place("زندا"), toll(11, REBELS))));
        assertThat(e.event().fatalities()).isEqualTo(11);
        assertThat(e.disputed()).isFalse();
    }

    @Test
    void aReportCountingOneSideDoesNotLowerTheTotal() {
        var e = one(Map.of(),
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, POLICE, place("زندا"), killed(3, POLICE), killed(4, REBELS))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(4, ARMY))));
        assertThat(e.event().fatalities()).isEqualTo(7);
        assertThat(e.fatalitiesLow()).isEqualTo(7);
        assertThat(e.fatalitiesHigh()).isEqualTo(8);
    }

    @Test
    void noFigureGivesNulls() {
        var e = one(Map.of(), doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"))));
        assertThat(e.event().fatalities()).isNull();
        assertThat(e.fatalitiesLow()).isNull();
        assertThat(e.fatalitiesHigh()).isNull();
        assertThat(e.disputed()).isFalse();
    }

    @Test
    void everyClaimKeepsItsDocumentAndSource() {
        var e = one(Map.of("a", "Outlet A"),
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(5, ARMY))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(3, ARMY))));
        assertThat(e.claims()).extracting(SourcedClaim::doc, SourcedClaim::source, c -> c.claim().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "Outlet A", 5L),
                        org.assertj.core.groups.Tuple.tuple("b", null, 3L));
        assertThat(e.mentions()).containsExactly(new MentionRef("a", 0), new MentionRef("b", 0));
    }

    @Test
    void theMostPreciseDateAndPlaceAreKept() {
        var vague = new org.rasad.core.model.Location("شمال روريتانيا", "شمال روريتانيا", null, null, "RU", null, 3,
                "region", null, 0, null, null);
        var e = one(Map.of(),
                doc("a", null, battle(null, REBELS, ARMY, vague, killed(4, ARMY))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(4, ARMY))));
        assertThat(e.event().date()).hasToString("2023-03-04");
        assertThat(e.event().location().nameAr()).isEqualTo("زندا");
    }
}
