package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.model.DocumentResult;

/**
 * The incidents of all documents added so far, updated one document at a time: adding a document
 * clusters again only the groups of reports its events join, never the whole collection.
 *
 * <p>{@link #events()} depends only on the set of documents added, not on the order they came in.
 * A document id may be added once. Not thread-safe: confine an instance to one thread or guard it.
 */
public final class ConsolidationState {

    /** By date (undated last), then by earliest mention. */
    static final Comparator<ConsolidatedEvent> ORDER = (a, b) -> {
        // spelled out rather than composed: a million events are sorted with it
        LocalDate x = a.event().date();
        LocalDate y = b.event().date();
        int c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
        return c != 0 ? c : Report.ORDER.compare(a.reports().get(0), b.reports().get(0));
    };

    private final Map<BlockingKey, Block> blocks = new HashMap<>();
    private final Set<String> docs = new HashSet<>();

    /** Adds a document whose outlet is unknown: it counts as its own source. */
    public void add(DocumentResult doc) {
        add(doc, null);
    }

    /**
     * Adds a document's events.
     *
     * @param source the outlet, or null; reports of one outlet are one voice (its later toll replaces its earlier)
     * @throws IllegalArgumentException when a document with this id was already added
     */
    public void add(DocumentResult doc, String source) {
        if (!docs.add(doc.doc())) {
            throw new IllegalArgumentException("document " + doc.doc() + " was already added; document ids must be unique");
        }
        Map<BlockingKey, List<Report>> byKey = new HashMap<>();
        for (Report r : Report.of(doc, source)) {
            byKey.computeIfAbsent(BlockingKey.of(r), k -> new ArrayList<>()).add(r);
        }
        byKey.forEach((key, reports) -> blocks.computeIfAbsent(key, k -> new Block()).add(reports));
    }

    /** The current incidents, in a fixed order: by date (undated last), then by earliest mention. */
    public List<ConsolidatedEvent> events() {
        List<ConsolidatedEvent> out = new ArrayList<>();
        blocks.values().forEach(b -> out.addAll(b.events()));
        out.sort(ORDER);
        return out;
    }

    public int documents() {
        return docs.size();
    }
}
