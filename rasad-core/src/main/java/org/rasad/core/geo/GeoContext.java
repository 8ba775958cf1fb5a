package org.rasad.core.geo;

import java.util.List;

/**
 * What the geocoder knows about the article around one place: the country it is about, the other
 * places it names (already resolved, to prefer candidates near them), and its text (to look at the
 * sentence around a place). Build it with {@link Geocoder#context}.
 *
 * @param country       ISO2 of the article's country, or null
 * @param articlePlaces the article's places, resolved without proximity
 * @param text          the article text (original), or "" when not at hand
 */
public record GeoContext(String country, List<Place> articlePlaces, String text) {
    public GeoContext {
        articlePlaces = List.copyOf(articlePlaces);
        text = text == null ? "" : text;
    }

    public static GeoContext none() {
        return new GeoContext(null, List.of(), "");
    }
}
