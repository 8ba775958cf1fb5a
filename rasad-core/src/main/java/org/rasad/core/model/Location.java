package org.rasad.core.model;

/**
 * Where an event happened.
 *
 * @param name         canonical (gazetteer) name when known, else the Arabic name
 * @param nameAr       the place name as the article writes it
 * @param lat          latitude in degrees, null until geocoded
 * @param lon          longitude in degrees, null until geocoded
 * @param country      ISO2 code, or null
 * @param admin1       first-level administrative division, or null
 * @param geoPrecision ACLED geo precision: 1 the place itself, 2 near it or part of a region, 3 a larger region
 * @param relation     how the article places the event relative to the name: "in", "near", "between", "offset", "region"
 * @param anchorAr     for "offset" and "between": the other named place («غرب القطرون» → «القطرون»), else null
 * @param bearing      for "offset" and "region": compass bearing in degrees from the anchor (or the country's
 *                     centre), -1 for «وسط», null when none is given
 * @param distanceKm   for "offset": the distance from the anchor when the text gives it, else null
 * @param evidence     the words that name the place
 */
public record Location(String name, String nameAr, Double lat, Double lon, String country, String admin1,
                       int geoPrecision, String relation, String anchorAr, Integer bearing, Double distanceKm,
                       Evidence evidence) {
    public Location {
        if (geoPrecision < 1 || geoPrecision > 3) {
            throw new IllegalArgumentException("geo precision must be 1, 2 or 3, was " + geoPrecision + " for " + nameAr);
        }
    }
}
