package org.rasad.core.pipeline;

import java.util.Objects;
import org.rasad.core.extract.Extractor;
import org.rasad.core.geo.DocumentGeocoder;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;

/**
 * The per-article path every front end shares (CLI, store ingest, HTTP, Spark): extraction, then
 * geocoding when a gazetteer is at hand. Thread-safe when its parts are (both are read-only after
 * construction), so one instance serves a whole process or Spark executor.
 */
public final class Pipeline {

    private final Extractor extractor;
    private final DocumentGeocoder geocoder;

    /** @param geocoder null to leave events unplaced (no gazetteer installed) */
    public Pipeline(Extractor extractor, DocumentGeocoder geocoder) {
        Objects.requireNonNull(extractor, "extractor");
        // with a gazetteer, extraction also reads the bare names of towns it knows («في بغداد»)
        this.extractor = geocoder == null ? extractor : extractor.withKnownPlaces(geocoder.knownPlaces());
        this.geocoder = geocoder;
    }

    public DocumentResult process(Article article) {
        DocumentResult r = extractor.extract(article);
        return geocoder == null ? r : geocoder.apply(article, r);
    }

    public Extractor extractor() {
        return extractor;
    }

    public boolean placesEvents() {
        return geocoder != null;
    }
}
