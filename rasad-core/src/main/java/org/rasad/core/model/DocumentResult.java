package org.rasad.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What extraction made of one document: its events, or the error that stopped it.
 *
 * @param doc       document id
 * @param published the reference date used (metadata, else the article's own dateline), or null
 * @param events    the events reported, in order of first mention
 * @param error     null on success; otherwise a one-line description naming the problem
 */
public record DocumentResult(String doc, LocalDate published, List<Event> events, String error) {
    public DocumentResult {
        events = List.copyOf(events);
    }

    public static DocumentResult failed(String doc, String error) {
        return new DocumentResult(doc, null, List.of(), error);
    }
}
