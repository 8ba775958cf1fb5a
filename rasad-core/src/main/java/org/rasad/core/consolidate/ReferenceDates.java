package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;

/**
 * Reference dates for documents that have none (no metadata, no dateline), read off the reporting
 * they corroborate: an article is published on or after the incidents it reports, so once its
 * events have joined incidents that other documents date to the day, the latest of those days is
 * the nearest date its relative expressions («18 يناير الجاري», «الشهر الماضي») can be resolved
 * against. Only days that other documents give count, never the document's own. Stateless and
 * thread-safe.
 */
public final class ReferenceDates {

    private ReferenceDates() {
    }

    /** Inferred reference dates by document id, for the undated documents among {@code docs} that have one. */
    public static Map<String, LocalDate> infer(List<DocumentResult> docs, List<ConsolidatedEvent> incidents) {
        Map<String, LocalDate> out = new HashMap<>();
        Map<String, DocumentResult> undated = new HashMap<>();
        docs.stream().filter(d -> d.published() == null).forEach(d -> undated.put(d.doc(), d));
        for (ConsolidatedEvent incident : incidents) {
            for (MentionRef m : incident.mentions()) {
                if (!undated.containsKey(m.doc())) {
                    continue;
                }
                LocalDate day = dayFromOthers(incident, m.doc());
                if (day != null) {
                    out.merge(m.doc(), day, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return out;
    }

    /**
     * Fills the events of {@code original} that have no date with the dates {@code redated} (the same
     * article extracted again against an inferred reference) gives them; null when the two do not
     * line up event for event, so mentions keep pointing at the same events.
     */
    public static DocumentResult fillDates(DocumentResult original, DocumentResult redated) {
        if (redated.events().size() != original.events().size()) {
            return null;
        }
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < original.events().size(); i++) {
            Event e = original.events().get(i);
            Event r = redated.events().get(i);
            if (e.date() != null || r.date() == null || !java.util.Objects.equals(e.subEventType(), r.subEventType())) {
                out.add(e);
            } else {
                out.add(new Event(e.eventType(), e.subEventType(), r.date(), r.timePrecision(), e.actor1(), e.actor2(),
                        e.location(), e.fatalities(), e.injured(), e.casualties(), e.claims(), e.evidence()));
            }
        }
        return new DocumentResult(original.doc(), original.published(), out, original.error());
    }

    /** The latest exact day another document gives the incident, or null. */
    private static LocalDate dayFromOthers(ConsolidatedEvent incident, String doc) {
        LocalDate best = null;
        for (Report r : incident.reports()) {
            Event e = r.event();
            if (!r.doc().equals(doc) && e.date() != null && PairScorer.precision(e) == 1
                    && (best == null || e.date().isAfter(best))) {
                best = e.date();
            }
        }
        return best;
    }
}
