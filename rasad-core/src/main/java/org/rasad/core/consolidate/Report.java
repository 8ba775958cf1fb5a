package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;

/**
 * One per-document event with its provenance: the unit that consolidation groups.
 *
 * @param doc        document id
 * @param eventIndex index into the document's {@code events} list (as {@code rasad extract} prints it)
 * @param source     outlet name, or null when unknown (the document then counts as its own source)
 * @param published  the document's reference date, or null
 * @param event      the event as that document reports it
 */
public record Report(String doc, int eventIndex, String source, LocalDate published, Event event) {

    /** Input order never matters: everything that needs an order uses this one. */
    static final Comparator<Report> ORDER = (a, b) -> {
        int c = a.doc.compareTo(b.doc);
        return c != 0 ? c : Integer.compare(a.eventIndex, b.eventIndex);
    };

    public Report {
        Objects.requireNonNull(doc, "report doc");
        Objects.requireNonNull(event, "event of " + doc + "#" + eventIndex);
        if (eventIndex < 0) {
            throw new IllegalArgumentException("event index must be >= 0, was " + eventIndex + " in " + doc);
        }
    }

    /** The reports of one document, numbered as its events are. */
    public static List<Report> of(DocumentResult doc, String source) {
        List<Report> out = new ArrayList<>(doc.events().size());
        for (int i = 0; i < doc.events().size(); i++) {
            out.add(new Report(doc.doc(), i, source, doc.published(), doc.events().get(i)));
        }
        return out;
    }

    public MentionRef mention() {
        return new MentionRef(doc, eventIndex);
    }

    /** Who is speaking: the outlet when known, else the document itself. */
    String sourceKey() {
        return source != null ? source : doc;
    }
}
