package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;

/** One-line helpers shared by the extraction tests. */
final class Extracting {

    static final Extractor EXTRACTOR = new Extractor();

    private Extracting() {
    }

    static List<Event> events(String text, String published) {
        DocumentResult r = EXTRACTOR.extract(new Article("test.txt", text, published == null ? null : LocalDate.parse(published),
                null, null, null));
        assertThat(r.error()).as("extraction error").isNull();
        return r.events();
    }

    static List<Event> events(String text) {
        return events(text, "2024-05-16");
    }

    static Event single(String text) {
        return single(text, "2024-05-16");
    }

    static Event single(String text, String published) {
        List<Event> events = events(text, published);
        assertThat(events).as("events of «%s»", text).hasSize(1);
        return events.get(0);
    }

    static void none(String text) {
        assertThat(events(text)).as("events of «%s»", text).isEmpty();
    }

    static void none(String text, String published) {
        assertThat(events(text, published)).as("events of «%s»", text).isEmpty();
    }
}
