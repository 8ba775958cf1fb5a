package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rasad.core.consolidate.Fixtures.ARMY;
import static org.rasad.core.consolidate.Fixtures.GUNMEN;
import static org.rasad.core.consolidate.Fixtures.POLICE;
import static org.rasad.core.consolidate.Fixtures.REBELS;
import static org.rasad.core.consolidate.Fixtures.battle;
import static org.rasad.core.consolidate.Fixtures.doc;
import static org.rasad.core.consolidate.Fixtures.killed;
import static org.rasad.core.consolidate.Fixtures.near;
import static org.rasad.core.consolidate.Fixtures.place;
import static org.rasad.core.consolidate.Fixtures.toll;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.DocumentResult;

/** The same documents give the same events whatever their order, at once or one at a time. */
class OrderIndependenceTest {

    /** Three outlets on three incidents near one town within three days, plus an unrelated one. */
    static List<DocumentResult> corpus() {
        return List.of(
                doc("a", "2023-03-07",
                        battle("2023-03-06", ARMY, REBELS, place("زندا"), toll(20, REBELS)),
                        battle("2023-03-05", REBELS, POLICE, near("تلة الغراب", "زندا"), killed(3, POLICE), killed(4, REBELS)),
                        battle("2023-03-03", REBELS, ARMY, place("زندا"), killed(2, ARMY))),
                doc("b", null,
                        battle(null, GUNMEN, ARMY, near("تلة الغراب", "زندا"), killed(4, ARMY)),
                        battle(null, ARMY, REBELS, place("زندا"), killed(20, REBELS))),
                doc("c", "2023-03-08",
                        battle("2023-03-05", GUNMEN, POLICE, place("تلة الغراب"), killed(3, POLICE), killed(4, REBELS)),
                        battle("2023-03-03", REBELS, ARMY, place("مدينة زندا"), killed(2, ARMY))),
                doc("d", "2023-03-08", battle("2023-03-05", REBELS, ARMY, place("ستريلساو"), killed(1, ARMY))));
    }

    @Test
    void shuffledInputsGiveIdenticalEvents() {
        List<ConsolidatedEvent> reference = new Consolidator().consolidate(corpus());
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<DocumentResult> docs = new ArrayList<>(corpus());
            Collections.shuffle(docs, random);
            assertThat(new Consolidator().consolidate(docs)).isEqualTo(reference);
        }
    }

    @Test
    void addingOneDocumentAtATimeEqualsTheBatch() {
        List<ConsolidatedEvent> batch = new Consolidator().consolidate(corpus());
        ConsolidationState state = new ConsolidationState();
        List<DocumentResult> docs = new ArrayList<>(corpus());
        Collections.reverse(docs);
        for (DocumentResult d : docs) {
            state.add(d);
        }
        assertThat(state.events()).isEqualTo(batch);
    }

    @Test
    void theCorpusConsolidatesIntoItsFourIncidents() {
        assertThat(Fixtures.groups(new Consolidator().consolidate(corpus())))
                .containsExactlyInAnyOrder("[a#2, c#1]", "[a#1, b#0, c#0]", "[a#0, b#1]", "[d#0]");
    }

    @Test
    void addingADocumentUpdatesOnlyTheIncidentsItJoins() {
        ConsolidationState state = new ConsolidationState();
        corpus().subList(0, 3).forEach(state::add);
        List<ConsolidatedEvent> before = state.events();
        state.add(doc("e", "2023-03-04", battle("2023-03-03", REBELS, ARMY, place("زندا"), killed(5, ARMY))));
        List<ConsolidatedEvent> after = state.events();
        assertThat(after).hasSameSizeAs(before);
        ConsolidatedEvent changed = after.stream().filter(e -> e.mentions().contains(new MentionRef("e", 0))).findFirst().orElseThrow();
        assertThat(changed.fatalitiesHigh()).isEqualTo(5);
        assertThat(changed.disputed()).isTrue();
        assertThat(after).filteredOn(e -> e != changed).allMatch(before::contains);
    }

    @Test
    void addingADocumentLeavesUnrelatedIncidentsUntouched() {
        ConsolidationState state = new ConsolidationState();
        corpus().forEach(state::add);
        List<ConsolidatedEvent> before = state.events();
        state.add(doc("e", "2023-03-04", battle("2023-03-03", REBELS, ARMY, place("زندا"), killed(5, ARMY))));
        List<ConsolidatedEvent> after = state.events();
        // d's incident shares no report and no document with e's: the very same object, not recomputed
        ConsolidatedEvent d = before.stream().filter(e -> e.mentions().contains(new MentionRef("d", 0))).findFirst().orElseThrow();
        assertThat(after).anyMatch(e -> e == d);
        assertThat(after).filteredOn(e -> e.mentions().contains(new MentionRef("e", 0))).singleElement()
                .satisfies(e -> assertThat(before).doesNotContain(e));
    }

    @Test
    void eventIdsDependOnlyOnTheEarliestMention() {
        List<String> ids = new Consolidator().consolidate(corpus()).stream().map(ConsolidatedEvent::eventId).toList();
        List<DocumentResult> reversed = new ArrayList<>(corpus());
        Collections.reverse(reversed);
        assertThat(new Consolidator().consolidate(reversed).stream().map(ConsolidatedEvent::eventId)).containsExactlyElementsOf(ids);
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("ev-[0-9a-f]{16}"));
    }

    @Test
    void aDocumentIdCanBeAddedOnlyOnce() {
        ConsolidationState state = new ConsolidationState();
        state.add(corpus().get(0));
        assertThatThrownBy(() -> state.add(corpus().get(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a was already added");
    }
}
