package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.rasad.core.bench.SyntheticEvents;
import org.rasad.core.model.DocumentResult;

/**
 * Consolidation depends only on the set of documents: any order, in one batch or one document at a
 * time with the events read in between, gives the same incidents, ids and figures.
 */
class OrderIndependencePropertiesTest {

    private static final SyntheticEvents.Corpus CORPUS = new SyntheticEvents(11).generate(1500);
    private static final Map<String, String> SOURCES = sources(CORPUS);
    private static final List<ConsolidatedEvent> REFERENCE = new Consolidator().consolidate(CORPUS.documents(), SOURCES);

    private static Map<String, String> sources(SyntheticEvents.Corpus corpus) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < corpus.documents().size(); i++) {
            out.put(corpus.documents().get(i).doc(), corpus.sources().get(i));
        }
        return out;
    }

    @Property(tries = 20)
    void anyOrderGivesTheSameEvents(@ForAll Random random) {
        List<DocumentResult> docs = new ArrayList<>(CORPUS.documents());
        Collections.shuffle(docs, random);
        assertThat(new Consolidator().consolidate(docs, SOURCES)).isEqualTo(REFERENCE);
    }

    @Property(tries = 10)
    void addingDocumentsInBatchesGivesTheSameEvents(@ForAll Random random, @ForAll @IntRange(min = 1, max = 400) int batch) {
        List<DocumentResult> docs = new ArrayList<>(CORPUS.documents());
        Collections.shuffle(docs, random);
        ConsolidationState state = new ConsolidationState();
        for (int i = 0; i < docs.size(); i++) {
            state.add(docs.get(i), SOURCES.get(docs.get(i).doc()));
            if (i % batch == 0) {
                state.events();  // reading in between must not change the final result
            }
        }
        assertThat(state.events()).isEqualTo(REFERENCE);
    }

    @Property(tries = 10)
    void theHandMadeCorpusInAnyOrder(@ForAll Random random) {
        List<DocumentResult> docs = new ArrayList<>(OrderIndependenceTest.corpus());
        Collections.shuffle(docs, random);
        ConsolidationState state = new ConsolidationState();
        docs.forEach(state::add);
        assertThat(state.events()).isEqualTo(new Consolidator().consolidate(OrderIndependenceTest.corpus()));
    }

    @Property(tries = 1)
    void theSyntheticCorpusHasMergesAndDisputes(@ForAll @IntRange(min = 0, max = 0) int unused) {
        // the properties above are only meaningful if the corpus exercises merging and reconciling
        assertThat(REFERENCE).anyMatch(e -> e.reports().size() >= 3).anyMatch(ConsolidatedEvent::disputed);
    }
}
