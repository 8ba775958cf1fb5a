package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places by name. Two implementations: {@link InMemoryGazetteer} for tests and small lists, and
 * {@link GeoNamesIndex}, the memory-mapped index built from GeoNames dumps. Both are immutable and
 * safe to share between threads.
 */
public interface Gazetteer {

    /** The places indexed under one key ({@link PlaceNames#key}); empty when none. */
    List<Place> lookup(String key);

    /** Every place with at least one entry. */
    int size();

    /** The populated place nearest to a point within one country, used to name the admin1 of a computed point. */
    Optional<Place> nearest(double lat, double lon, String country);

    /** The extent of a country's places, when the gazetteer has any. */
    Optional<Bounds> bounds(String country);

    /** The places a name as written in an article may refer to: every reading of {@link PlaceNames#lookupKeys}. */
    default List<Place> find(String written) {
        List<Place> out = new ArrayList<>();
        for (String key : PlaceNames.lookupKeys(written)) {
            for (Place p : lookup(key)) {
                if (out.stream().noneMatch(q -> q.geonameid() == p.geonameid())) {
                    out.add(p);
                }
            }
            if (!out.isEmpty()) {
                return out;  // the longer reading wins: «بنغازي» is not «ب» + «نغازي»
            }
        }
        return out;
    }

    /** A latitude/longitude box. */
    record Bounds(double minLat, double maxLat, double minLon, double maxLon) {
        Bounds include(double lat, double lon) {
            return new Bounds(Math.min(minLat, lat), Math.max(maxLat, lat), Math.min(minLon, lon), Math.max(maxLon, lon));
        }

        static Bounds of(double lat, double lon) {
            return new Bounds(lat, lat, lon, lon);
        }
    }
}
