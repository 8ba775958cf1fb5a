package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasad.core.bench.SyntheticEvents;

/**
 * Consolidation quality on the benchmark's synthetic feed, whose documents are named after the
 * incident they report («syn-INCIDENT-REPORT»): B-cubed precision and recall of the grouping.
 */
class SyntheticCorpusTest {

    @Test
    void groupsTheReportsOfEachIncidentAndNothingElse() {
        SyntheticEvents.Corpus corpus = new SyntheticEvents(3).generate(5000);
        Map<String, String> sources = new HashMap<>();
        for (int i = 0; i < corpus.documents().size(); i++) {
            sources.put(corpus.documents().get(i).doc(), corpus.sources().get(i));
        }
        List<ConsolidatedEvent> events = new Consolidator().consolidate(corpus.documents(), sources);
        Map<String, Integer> predicted = new HashMap<>();
        Map<String, Integer> truthSize = new HashMap<>();
        for (int k = 0; k < events.size(); k++) {
            for (MentionRef m : events.get(k).mentions()) {
                predicted.put(m.doc(), k);
                truthSize.merge(incident(m.doc()), 1, Integer::sum);
            }
        }
        double precision = 0;
        double recall = 0;
        for (String doc : predicted.keySet()) {
            List<String> samePredicted = predicted.keySet().stream().filter(d -> predicted.get(d).equals(predicted.get(doc))).toList();
            long both = samePredicted.stream().filter(d -> incident(d).equals(incident(doc))).count();
            precision += (double) both / samePredicted.size();
            recall += (double) both / truthSize.get(incident(doc));
        }
        precision /= predicted.size();
        recall /= predicted.size();
        assertThat(precision).as("B-cubed precision").isGreaterThan(0.97);
        assertThat(recall).as("B-cubed recall").isGreaterThan(0.85);
    }

    private static String incident(String doc) {
        return doc.substring(0, doc.lastIndexOf('-'));
    }
}
