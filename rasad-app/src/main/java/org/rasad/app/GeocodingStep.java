package org.rasad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasad.core.geo.GazetteerFormatException;
import org.rasad.core.geo.GeoContext;
import org.rasad.core.geo.GeoNamesIndex;
import org.rasad.core.geo.Geocoder;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;

/**
 * Plugs the geocoder in after extraction: every event's place gets coordinates, country and admin1,
 * in the context of its article. Without an index (set-up not run yet) events pass through unplaced,
 * with one note on stderr, so that extraction never depends on the gazetteer.
 */
final class GeocodingStep {

    private final Geocoder geocoder;

    private GeocodingStep(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** The step with the default index ({@link GazetteerHome}), or a pass-through when there is none. */
    static GeocodingStep load() {
        Path index = GazetteerHome.index();
        if (!Files.isRegularFile(index)) {
            System.err.println("rasad: no gazetteer at " + index + ": events get no coordinates"
                    + " (run scripts/fetch-gazetteer.sh; see README, Gazetteer)");
            return new GeocodingStep(null);
        }
        try {
            return new GeocodingStep(new Geocoder(GeoNamesIndex.open(index)));
        } catch (IOException | GazetteerFormatException e) {
            System.err.println("rasad: cannot use the gazetteer: " + e.getMessage() + "; events get no coordinates");
            return new GeocodingStep(null);
        }
    }

    DocumentResult apply(Article article, DocumentResult r) {
        if (geocoder == null || r.events().isEmpty()) {
            return r;
        }
        List<Location> places = r.events().stream().map(Event::location).toList();
        String country = places.stream().filter(l -> l != null && l.country() != null).map(Location::country)
                .findFirst().orElse(null);
        GeoContext ctx = geocoder.context(country, places, article.text());
        List<Event> events = new ArrayList<>(r.events().size());
        for (Event e : r.events()) {
            events.add(new Event(e.eventType(), e.subEventType(), e.date(), e.timePrecision(), e.actor1(), e.actor2(),
                    geocoder.geocode(e.location(), ctx), e.fatalities(), e.injured(), e.casualties(), e.claims(),
                    e.evidence()));
        }
        return new DocumentResult(r.doc(), r.published(), events, r.error());
    }
}
