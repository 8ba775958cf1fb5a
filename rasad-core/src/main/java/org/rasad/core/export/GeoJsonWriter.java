package org.rasad.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import org.rasad.core.consolidate.ConsolidatedEvent;

/**
 * Writes consolidated events as one GeoJSON FeatureCollection (RFC 7946), streaming: one Feature per
 * event, a Point at [longitude, latitude] (GeoJSON's order), or a null geometry when the event has
 * no coordinates (still a valid Feature, so no event silently disappears from the export).
 *
 * <p>Properties: Rasad's {@code event_id}, every ACLED column ({@link AcledRow}), then
 * {@code fatalities_low}, {@code fatalities_high}, {@code disputed}, {@code sources} and
 * {@code mentions} («doc#index»). Call {@link #finish()} once after the last event; the caller owns the Writer.
 */
public final class GeoJsonWriter {

    private final Writer out;
    private boolean first = true;

    public GeoJsonWriter(Writer out) throws IOException {
        this.out = Objects.requireNonNull(out, "writer");
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    public void write(ConsolidatedEvent c, long timestamp) throws IOException {
        AcledRow row = AcledRow.of(c, timestamp);
        StringBuilder s = new StringBuilder(2048);
        s.append(first ? "\n" : ",\n");
        first = false;
        s.append("{\"type\":\"Feature\",\"id\":");
        JsonText.string(s, c.eventId());
        s.append(",\"geometry\":");
        Object lat = row.get("latitude");
        Object lon = row.get("longitude");
        if (lat instanceof Double y && lon instanceof Double x && Double.isFinite(x) && Double.isFinite(y)) {
            s.append("{\"type\":\"Point\",\"coordinates\":[");
            JsonText.value(s, x);
            s.append(',');
            JsonText.value(s, y);
            s.append("]}");
        } else {
            s.append("null");
        }
        s.append(",\"properties\":{\"event_id\":");
        JsonText.string(s, c.eventId());
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            property(s, e.getKey(), e.getValue());
        }
        property(s, "fatalities_low", c.fatalitiesLow());
        property(s, "fatalities_high", c.fatalitiesHigh());
        property(s, "disputed", c.disputed());
        property(s, "sources", AcledNotes.sources(c));
        property(s, "mentions", c.mentions().stream().map(Object::toString).toList());
        s.append("}}");
        out.write(s.toString());
    }

    public void finish() throws IOException {
        out.write("\n]}\n");
    }

    private static void property(StringBuilder s, String name, Object value) {
        s.append(',');
        JsonText.string(s, name);
        s.append(':');
        JsonText.value(s, value);
    }
}
