package org.rasad.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.Report;
import org.rasad.core.consolidate.SourcedClaim;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/**
 * The {@code notes} of an ACLED row: what happened in one sentence, the sources, who claimed how many
 * deaths, and, when the event is disputed, the range and which figure was coded. ACLED's own notes
 * name the conflicting claims the same way ("the local council reported 3 bodies; AFRICOM said 8").
 * Plain text on one line; English labels with the article's own names.
 */
public final class AcledNotes {

    private AcledNotes() {
    }

    public static String of(ConsolidatedEvent c) {
        StringBuilder s = new StringBuilder(summary(c.event()));
        s.append(" Sources: ").append(String.join("; ", sourcesWithDocs(c))).append('.');
        Map<String, List<String>> claims = deathClaimsBySource(c);
        if (!claims.isEmpty()) {
            s.append(" Death claims:");
            String sep = " ";
            for (Map.Entry<String, List<String>> e : claims.entrySet()) {
                s.append(sep).append(e.getKey()).append(": ").append(String.join(", ", e.getValue()));
                sep = "; ";
            }
            s.append('.');
        }
        if (c.disputed()) {
            s.append(" Disputed: sources report ").append(c.fatalitiesLow()).append(" to ").append(c.fatalitiesHigh())
                    .append(" killed; the lowest credible figure is coded.");
        }
        return s.toString();
    }

    /** The source names of an event, each once, in report order; a document without an outlet stands for itself. */
    public static List<String> sources(ConsolidatedEvent c) {
        Set<String> out = new LinkedHashSet<>();
        for (Report r : c.reports()) {
            out.add(speaker(r.source(), r.doc()));
        }
        return new ArrayList<>(out);
    }

    private static String summary(Event e) {
        StringBuilder s = new StringBuilder();
        s.append(e.date() == null ? "Undated" : "On " + e.date()).append(", ");
        s.append(e.subEventType() != null ? e.subEventType() : e.eventType() != null ? e.eventType() : "event");
        if (e.location() != null) {
            s.append(" at ").append(e.location().name());
        }
        if (e.actor1() != null) {
            s.append(" by ").append(e.actor1().name());
        }
        if (e.actor2() != null) {
            s.append(" against ").append(e.actor2().name());
        }
        return s.append('.').toString();
    }

    private static List<String> sourcesWithDocs(ConsolidatedEvent c) {
        Map<String, Set<String>> docs = new LinkedHashMap<>();
        for (Report r : c.reports()) {
            docs.computeIfAbsent(speaker(r.source(), r.doc()), k -> new LinkedHashSet<>()).add(r.doc());
        }
        List<String> out = new ArrayList<>();
        docs.forEach((source, ids) -> out.add(source.equals(ids.iterator().next()) && ids.size() == 1
                ? source : source + " (" + String.join(", ", ids) + ")"));
        return out;
    }

    private static Map<String, List<String>> deathClaimsBySource(ConsolidatedEvent c) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SourcedClaim sc : c.claims()) {
            Claim k = sc.claim();
            if ("killed".equals(k.kind())) {
                out.computeIfAbsent(speaker(sc.source(), sc.doc()), x -> new ArrayList<>()).add(describe(k));
            }
        }
        return out;
    }

    private static String describe(Claim k) {
        StringBuilder s = new StringBuilder();
        if (k.qualifier() != null && !"exact".equals(k.qualifier())) {
            s.append(k.qualifier().replace('_', ' ')).append(' ');
        }
        s.append(k.value() != null ? k.value().toString() : k.vague() == null ? "?" : k.vague().toLowerCase(java.util.Locale.ROOT));
        s.append(" killed");
        if (k.actor() != null) {
            s.append(" (").append(k.actor()).append(')');
        }
        if (k.update()) {
            s.append(" [running toll]");
        }
        return s.toString();
    }

    private static String speaker(String source, String doc) {
        return source != null && !source.isBlank() ? source : doc;
    }
}
