package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.consolidate.Fixtures.ARMY;
import static org.rasad.core.consolidate.Fixtures.REBELS;
import static org.rasad.core.consolidate.Fixtures.battle;
import static org.rasad.core.consolidate.Fixtures.doc;
import static org.rasad.core.consolidate.Fixtures.killed;
import static org.rasad.core.consolidate.Fixtures.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.DocumentResult;

/** An undated article borrows its reference date from the days other outlets give its incidents. */
class ReferenceDatesTest {

    private static final DocumentResult UNDATED = doc("u", null,
            battle(null, REBELS, ARMY, place("زندا"), killed(4, ARMY)),
            battle(null, ARMY, REBELS, place("ستريلساو"), killed(9, REBELS)),
            battle(null, REBELS, ARMY, place("تلة الغراب")));

    @Test
    void theLatestDayOtherOutletsGiveItsIncidents() {
        List<DocumentResult> docs = List.of(UNDATED,
                doc("a", "2023-03-07", battle("2023-03-05", REBELS, ARMY, place("زندا"), killed(4, ARMY))),
                doc("b", "2023-03-08", battle("2023-03-07", ARMY, REBELS, place("ستريلساو"), killed(9, REBELS))));
        Map<String, LocalDate> refs = ReferenceDates.infer(docs, new Consolidator().consolidate(docs));
        assertThat(refs).containsExactly(Map.entry("u", LocalDate.parse("2023-03-07")));
    }

    @Test
    void noCorroborationNoReference() {
        List<DocumentResult> docs = List.of(UNDATED,
                doc("a", "2023-03-07", battle("2023-03-05", REBELS, ARMY, place("بلدة بعيدة"), killed(4, ARMY))));
        assertThat(ReferenceDates.infer(docs, new Consolidator().consolidate(docs))).isEmpty();
    }

    @Test
    void onlyMissingDatesAreFilledAndOnlyWhenEventsLineUp() {
        DocumentResult again = doc("u", "2023-03-07",
                battle("2023-03-05", REBELS, ARMY, place("زندا"), killed(4, ARMY)),
                battle(null, ARMY, REBELS, place("ستريلساو"), killed(9, REBELS)),
                battle("2023-02-18", REBELS, ARMY, place("تلة الغراب")));
        DocumentResult filled = ReferenceDates.fillDates(UNDATED, again);
        assertThat(filled.published()).isNull();
        assertThat(filled.events()).extracting(e -> String.valueOf(e.date())).containsExactly("2023-03-05", "null", "2023-02-18");
        assertThat(filled.events().get(0).claims()).isEqualTo(UNDATED.events().get(0).claims());
        assertThat(ReferenceDates.fillDates(UNDATED, doc("u", "2023-03-07", again.events().get(0)))).isNull();
    }
}
