package org.rasad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rasad.core.extract.Extractor;
import org.rasad.core.geo.DocumentGeocoder;
import org.rasad.core.geo.GazetteerFormatException;
import org.rasad.core.geo.GeoNamesIndex;
import org.rasad.core.geo.Geocoder;
import org.rasad.core.geo.SupplementaryPlaces;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;

/**
 * Plugs the geocoder in after extraction: every event's place gets coordinates, country and admin1,
 * in the context of its article. Without an index (set-up not run yet) events pass through unplaced,
 * with one note on stderr, so that extraction never depends on the gazetteer.
 */
final class GeocodingStep {

    private final DocumentGeocoder geocoder;

    private GeocodingStep(DocumentGeocoder geocoder) {
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
            // the bundled supplement adds small places (oases, border posts) that cities500 leaves out
            return new GeocodingStep(DocumentGeocoder.standard(index));
        } catch (IOException | GazetteerFormatException e) {
            System.err.println("rasad: cannot use the gazetteer: " + e.getMessage() + "; events get no coordinates");
            return new GeocodingStep(null);
        }
    }

    /** The extractor reading bare town names the gazetteer knows («في بغداد»); unchanged without one. */
    Extractor extractor(Extractor extractor) {
        return geocoder == null ? extractor : extractor.withKnownPlaces(geocoder.knownPlaces());
    }

    DocumentResult apply(Article article, DocumentResult r) {
        return geocoder == null ? r : geocoder.apply(article, r);
    }

    /** The geocoder for a {@link org.rasad.core.pipeline.Pipeline}, or null without an index. */
    DocumentGeocoder geocoder() {
        return geocoder;
    }
}
