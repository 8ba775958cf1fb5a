package org.rasad.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {

    private static String geojson(ConsolidatedEvent... events) throws IOException {
        StringWriter s = new StringWriter();
        GeoJsonWriter w = new GeoJsonWriter(s);
        for (ConsolidatedEvent e : events) {
            w.write(e, 1L);
        }
        w.finish();
        return s.toString();
    }

    @Test
    void emptyExportIsAnEmptyFeatureCollection() throws IOException {
        assertThat(geojson().replaceAll("\\s", "")).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    @Test
    void pointIsLongitudeThenLatitude() throws IOException {
        assertThat(geojson(ExportFixtures.disputedStrike()))
                .contains("\"geometry\":{\"type\":\"Point\",\"coordinates\":[13.9184,25.9155]}");
    }

    @Test
    void quotesInPropertiesAreEscaped() throws IOException {
        assertThat(geojson(ExportFixtures.disputedStrike())).contains("Murzuq council \\\"statement\\\"");
    }

    @Test
    void eventWithoutCoordinatesKeepsItsFeatureWithNullGeometry() throws IOException {
        ConsolidatedEvent c = ExportFixtures.disputedStrike();
        ConsolidatedEvent unplaced = new ConsolidatedEvent(c.eventId(), new org.rasad.core.model.Event(
                c.event().eventType(), c.event().subEventType(), c.event().date(), 1, null, null, null, 3, null,
                List.of(), List.of(), List.of()), 3, 8, true, c.reports());
        assertThat(geojson(unplaced)).contains("\"geometry\":null").contains("\"disputed\":true");
    }
}
