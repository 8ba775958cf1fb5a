package org.rasad.core.review;

import org.rasad.core.model.Location;

/**
 * Puts a corrected place field into a location. A place the analyst names or pins is the place
 * itself (geo precision 1), whatever the article's relative phrase said.
 */
final class PlaceCorrection {

    private PlaceCorrection() {
    }

    static Location apply(CorrectableField field, Location l, String v) {
        Location base = l != null ? l
                : new Location(v, null, null, null, null, null, 1, "in", null, null, null, null);
        return switch (field) {
            case LOCATION -> new Location(v, base.nameAr(), base.lat(), base.lon(), base.country(), base.admin1(), 1,
                    "in", null, null, null, base.evidence());
            case ADMIN1 -> new Location(base.name(), base.nameAr(), base.lat(), base.lon(), base.country(), v,
                    base.geoPrecision(), base.relation(), base.anchorAr(), base.bearing(), base.distanceKm(), base.evidence());
            case COUNTRY -> new Location(base.name(), base.nameAr(), base.lat(), base.lon(), v, base.admin1(),
                    base.geoPrecision(), base.relation(), base.anchorAr(), base.bearing(), base.distanceKm(), base.evidence());
            case LATITUDE -> new Location(base.name(), base.nameAr(), Double.valueOf(v), base.lon(), base.country(),
                    base.admin1(), 1, "in", null, null, null, base.evidence());
            case LONGITUDE -> new Location(base.name(), base.nameAr(), base.lat(), Double.valueOf(v), base.country(),
                    base.admin1(), 1, "in", null, null, null, base.evidence());
            default -> throw new IllegalArgumentException(field.apiName() + " is not a place field");
        };
    }
}
