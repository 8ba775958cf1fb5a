package org.rasad.core.extract;

/**
 * A place named in the text.
 *
 * @param start     first token of the name (or of the phrase for regions and countries)
 * @param end       one past the last token
 * @param name      the name in matching form
 * @param kind      what introduced it
 * @param relation  "in", "near", "between", "offset" or "region"
 * @param anchor    for «غرب القطرون» / «بين X و Y»: the other named place in matching form, else null
 * @param bearing   compass bearing from the anchor in degrees, or -1
 * @param distanceKm distance from the anchor, or null
 * @param country   the country, when the place is a country or a region of one
 */
record PlaceMention(int start, int end, String name, Kind kind, String relation, String anchor, int bearing,
                    Double distanceKm, Country country) {

    enum Kind { SETTLEMENT, AREA, SITE, NATURAL, NAMED, REGION, COUNTRY }

    /** Higher is more specific: the place a coder would choose for the event. */
    int rank() {
        return switch (kind) {
            case SETTLEMENT -> 6;
            case AREA, NATURAL -> 5;
            case SITE -> 4;
            case NAMED -> 3;
            case REGION -> 1;
            case COUNTRY -> 0;
        };
    }

    boolean isSpecific() {
        return kind != Kind.REGION && kind != Kind.COUNTRY;
    }
}
