package org.rasad.core.consolidate;

import java.util.List;
import java.util.Map;
import org.rasad.core.model.DocumentResult;

/**
 * Groups per-document events into real-world incidents and reconciles what their sources say.
 *
 * <p>The pipeline, per {@link BlockingKey} (country) so that blocks can run apart:
 * <ol>
 *   <li>{@link CandidateIndex}: candidate pairs by day, {@link TimeWindow time window}, place key
 *       and death figure, never all pairs;</li>
 *   <li>{@link PairScorer}: hard compatibility (document, country, day, place, type, actors) and a
 *       score from day, place, type, actors, death figures and evidence wording;</li>
 *   <li>connected groups of linked reports, then {@link Clusterer}: average-linkage clustering that
 *       never puts two incompatible reports together;</li>
 *   <li>{@link Tolls} over each report's {@link Account accounts} (one per rival claimant it
 *       quotes), and {@link Representative}: figures (conservative, low, high, disputed) and coded
 *       fields (most precise date and place).</li>
 * </ol>
 * Stateless and thread-safe; {@link ConsolidationState} is the incremental, single-threaded form.
 */
public final class Consolidator {

    /** Consolidates documents whose outlets are unknown (each document is its own source). */
    public List<ConsolidatedEvent> consolidate(List<DocumentResult> docs) {
        return consolidate(docs, Map.of());
    }

    /**
     * @param sourceByDoc outlet per document id; documents missing from it count as their own source
     */
    public List<ConsolidatedEvent> consolidate(List<DocumentResult> docs, Map<String, String> sourceByDoc) {
        ConsolidationState state = new ConsolidationState();
        for (DocumentResult d : docs) {
            state.add(d, sourceByDoc.get(d.doc()));
        }
        return state.events();
    }
}
