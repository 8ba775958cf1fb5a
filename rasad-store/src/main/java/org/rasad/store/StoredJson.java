package org.rasad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.model.Event;

/**
 * The JSON the store keeps in its {@code body} columns: the core records as Jackson maps them
 * (record components, ISO dates), so that what is read back equals what was written. This is a
 * storage format, not the CLI's output shape (that is {@code EventJson} in rasad-app). Thread-safe.
 */
final class StoredJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static Event event(String json) {
        return read(json, Event.class);
    }

    static ConsolidatedEvent consolidated(String json) {
        return read(json, ConsolidatedEvent.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " is not readable (" + e.getOriginalMessage()
                    + "); the database was written by an incompatible version", e);
        }
    }
}
