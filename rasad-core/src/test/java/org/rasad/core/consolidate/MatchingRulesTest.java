package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.consolidate.Fixtures.ARMY;
import static org.rasad.core.consolidate.Fixtures.GUNMEN;
import static org.rasad.core.consolidate.Fixtures.POLICE;
import static org.rasad.core.consolidate.Fixtures.REBELS;
import static org.rasad.core.consolidate.Fixtures.at;
import static org.rasad.core.consolidate.Fixtures.battle;
import static org.rasad.core.consolidate.Fixtures.consolidate;
import static org.rasad.core.consolidate.Fixtures.doc;
import static org.rasad.core.consolidate.Fixtures.event;
import static org.rasad.core.consolidate.Fixtures.groups;
import static org.rasad.core.consolidate.Fixtures.killed;
import static org.rasad.core.consolidate.Fixtures.near;
import static org.rasad.core.consolidate.Fixtures.place;

import org.junit.jupiter.api.Test;

/** One test per matching rule of {@link PairScorer}, {@link Places} and {@link Actors}. */
class MatchingRulesTest {

    @Test
    void sameIncidentFromThreeSourcesIsOneEvent() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(5, ARMY))),
                doc("b", "2023-03-05", battle("2023-03-04", GUNMEN, ARMY, place("مدينة زندا"), killed(6, ARMY))),
                doc("c", "2023-03-06", battle("2023-03-04", REBELS, POLICE, place("زندا"), killed(9, null))));
        assertThat(groups(events)).containsExactly("[a#0, b#0, c#0]");
    }

    @Test
    void incidentsOnDifferentDaysAtTheSamePlaceStayApart() {
        var events = consolidate(
                doc("a", "2023-03-09", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(2, ARMY))),
                doc("b", "2023-03-09", battle("2023-03-06", REBELS, ARMY, place("زندا"), killed(2, ARMY))),
                doc("c", "2023-03-09", battle("2023-03-07", REBELS, ARMY, near("تلة الغراب", "زندا"))));
        assertThat(groups(events)).containsExactly("[a#0]", "[b#0]", "[c#0]");
    }

    @Test
    void anUndatedReportMeetsOnlyTheMonthBeforeItsPublication() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(5, ARMY))),
                doc("b", "2022-06-02", battle("2022-06-01", REBELS, ARMY, place("زندا"), killed(5, ARMY))),
                doc("c", "2023-03-06", battle(null, REBELS, ARMY, place("زندا"), killed(5, ARMY))));
        assertThat(groups(events)).containsExactly("[b#0]", "[a#0, c#0]");
    }

    @Test
    void anUndatedUnpublishedReportMeetsItsPlaceAtAnyTime() {
        var events = consolidate(
                doc("b", "2022-06-02", battle("2022-06-01", REBELS, ARMY, place("زندا"), killed(5, ARMY))),
                doc("c", null, battle(null, REBELS, ARMY, place("زندا"), killed(5, ARMY))));
        assertThat(groups(events)).containsExactly("[b#0, c#0]");
    }

    @Test
    void differentPlacesOnTheSameDayStayApart() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("ستريلساو"))));
        assertThat(groups(events)).containsExactly("[a#0]", "[b#0]");
    }

    @Test
    void eventsOfOneDocumentNeverMerge() {
        var events = consolidate(doc("a", "2023-03-05",
                battle("2023-03-04", REBELS, ARMY, place("زندا")), battle("2023-03-04", REBELS, ARMY, place("زندا"))));
        assertThat(events).hasSize(2);
    }

    @Test
    void anUndatedReportJoinsTheDatedIncident() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"), killed(4, ARMY))),
                doc("b", null, battle(null, REBELS, ARMY, place("زندا"), killed(4, ARMY))));
        assertThat(groups(events)).containsExactly("[a#0, b#0]");
        assertThat(events.get(0).event().date()).hasToString("2023-03-04");
    }

    @Test
    void twoUndatedReportsAtTheSamePlaceMatch() {
        var events = consolidate(doc("a", null, battle(null, REBELS, null, place("زندا"))),
                doc("b", null, battle(null, null, ARMY, place("زندا"))));
        assertThat(groups(events)).containsExactly("[a#0, b#0]");
    }

    @Test
    void undatedUnplacedReportsDoNotMergeOnTypeAndActorsAlone() {
        var events = consolidate(doc("a", null, battle(null, REBELS, ARMY, null)), doc("b", null, battle(null, REBELS, ARMY, null)));
        assertThat(events).hasSize(2);
    }

    @Test
    void aPlaceNearItsAnchorMatchesTheAnchor() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, near("تلة الغراب", "زندا"))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"))));
        assertThat(groups(events)).containsExactly("[a#0, b#0]");
    }

    @Test
    void geocodedPlacesWithinTwentyFiveKilometresMatch() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, at("زندا", 10.00, 20.00))),
                doc("b", "2023-03-05", battle("2023-03-04", REBELS, ARMY, at("ضاحية الورد", 10.10, 20.10))),
                doc("c", "2023-03-05", battle("2023-03-04", REBELS, ARMY, at("ستريلساو", 11.00, 21.00))));
        assertThat(groups(events)).containsExactly("[a#0, b#0]", "[c#0]");
    }

    @Test
    void differentEventTypesStayApartButBattleAndAttackOnCiviliansMayMerge() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"))),
                doc("b", "2023-03-05", event("Violence against civilians", "Attack", "2023-03-04", REBELS, null, place("زندا"))),
                doc("c", "2023-03-05", event("Protests", "Peaceful protest", "2023-03-04", null, null, place("زندا"))));
        assertThat(groups(events)).containsExactly("[a#0, b#0]", "[c#0]");
    }

    @Test
    void reportsNamingDifferentSidesStayApart() {
        var other = new org.rasad.core.model.ActorRef("Southern Brigades (Ruritania)", "كتائب الجنوب", 3, "RU");
        var tribe = new org.rasad.core.model.ActorRef("Hill Tribe Militia (Ruritania)", "قبيلة التلال", 4, "RU");
        var events = consolidate(doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"))),
                doc("b", "2023-03-05", battle("2023-03-04", other, tribe, place("زندا"))));
        assertThat(events).hasSize(2);
    }

    @Test
    void anArticleDatedOnItsPublicationDayMayReportThePreviousDaysFighting() {
        var events = consolidate(
                doc("a", "2023-03-05", battle("2023-03-04", REBELS, ARMY, place("زندا"))),
                doc("b", "2023-03-05", battle("2023-03-05", REBELS, ARMY, place("زندا"))));
        assertThat(groups(events)).containsExactly("[a#0, b#0]");
    }
}
