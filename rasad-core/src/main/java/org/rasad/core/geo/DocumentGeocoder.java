package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasad.core.extract.KnownPlaces;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;

/**
 * Places every event of one document, in the context of its article: the other places it names and the
 * country the extraction settled on decide among same-named candidates. Actors named after a country
 * then take the country of the place ({@link LocalActors}).
 */
public final class DocumentGeocoder {

    private final Geocoder geocoder;
    private final KnownPlaces knownPlaces;

    public DocumentGeocoder(Geocoder geocoder) {
        this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
        this.knownPlaces = new GazetteerKnownPlaces(geocoder.gazetteer());
    }

    /** The towns this geocoder's gazetteer knows well, for extraction to read bare names («في بغداد») as places. */
    public KnownPlaces knownPlaces() {
        return knownPlaces;
    }

    /**
     * The geocoder every front end uses (CLI, store, web, Spark): the GeoNames index at {@code index} with
     * the bundled supplement of places it lacks over it. One definition, so they all place events alike.
     */
    public static DocumentGeocoder standard(java.nio.file.Path index) throws java.io.IOException {
        return new DocumentGeocoder(new Geocoder(SupplementaryPlaces.over(GeoNamesIndex.open(index))));
    }

    public DocumentResult apply(Article article, DocumentResult r) {
        if (r.events().isEmpty()) {
            return r;
        }
        List<Location> places = r.events().stream().map(Event::location).toList();
        String country = places.stream().filter(l -> l != null && l.country() != null).map(Location::country)
                .findFirst().orElse(null);
        GeoContext ctx = geocoder.context(country, places, article.text());
        List<Event> events = new ArrayList<>(r.events().size());
        for (Event e : r.events()) {
            Location placed = geocoder.geocode(e.location(), ctx);
            String where = placed == null ? null : placed.country();
            events.add(new Event(e.eventType(), e.subEventType(), e.date(), e.timePrecision(),
                    LocalActors.at(e.actor1(), where), LocalActors.at(e.actor2(), where), placed, e.fatalities(),
                    e.injured(), e.casualties(), e.claims(), e.evidence()));
        }
        return new DocumentResult(r.doc(), r.published(), events, r.error());
    }
}
