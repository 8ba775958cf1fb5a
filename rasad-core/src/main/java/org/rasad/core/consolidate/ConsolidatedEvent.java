package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/**
 * One real-world incident and every per-document report of it.
 *
 * @param eventId        stable id: derived from the earliest mention (by document id, then index), so it
 *                       does not depend on input order
 * @param event          the coded fields (type, date, actors, place: the most precise supported) with
 *                       {@code fatalities} the most conservative credible figure
 * @param fatalitiesLow  lowest credible figure, or null when no report gives one
 * @param fatalitiesHigh highest credible figure, or null
 * @param disputed       true when credible figures of different sources conflict
 * @param reports        the merged per-document events, in {@link Report#ORDER}
 */
public record ConsolidatedEvent(String eventId, Event event, Integer fatalitiesLow, Integer fatalitiesHigh,
                                boolean disputed, List<Report> reports) {
    public ConsolidatedEvent {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(event, "event of " + eventId);
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("consolidated event " + eventId + " has no reports");
        }
    }

    public List<MentionRef> mentions() {
        return reports.stream().map(Report::mention).toList();
    }

    /** Every claim of every report, with its document and source. */
    public List<SourcedClaim> claims() {
        List<SourcedClaim> out = new ArrayList<>();
        for (Report r : reports) {
            for (Claim c : r.event().claims()) {
                out.add(new SourcedClaim(r.doc(), r.eventIndex(), r.source(), c));
            }
        }
        return out;
    }
}
