package org.rasad.core.geo;

import java.util.Set;

/**
 * A place with every key it is indexed under.
 *
 * @param place the place
 * @param keys  its names in {@link PlaceNames#key} form
 */
public record GazetteerEntry(Place place, Set<String> keys) {
    public GazetteerEntry {
        keys = Set.copyOf(keys);
    }
}
