package org.rasad.core.geo;

/**
 * One gazetteer entry as GeoNames describes it.
 *
 * @param geonameid    GeoNames id
 * @param name         the GeoNames main name (Latin script)
 * @param nameAr       an Arabic name from the alternate names, or null when GeoNames has none
 * @param lat          latitude in degrees
 * @param lon          longitude in degrees
 * @param featureClass GeoNames feature class: P populated place, A administrative area, T terrain, H water...
 * @param featureCode  GeoNames feature code (PPL, PPLA, PPLC, MT...), or "" when absent
 * @param country      ISO2 country code, or "" when absent
 * @param admin1Code   GeoNames admin1 code, or ""
 * @param admin1       the admin1 division's name, or null when unknown
 * @param population   inhabitants, 0 when unknown
 */
public record Place(long geonameid, String name, String nameAr, double lat, double lon, char featureClass,
                    String featureCode, String country, String admin1Code, String admin1, long population) {
    public Place {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("place " + geonameid + " (" + name + ") has coordinates out of range: "
                    + lat + ", " + lon);
        }
        if (population < 0) {
            throw new IllegalArgumentException("place " + geonameid + " (" + name + ") has a negative population");
        }
    }

    /** The same place with its admin1 division named. */
    public Place withAdmin1(String admin1Name) {
        return new Place(geonameid, name, nameAr, lat, lon, featureClass, featureCode, country, admin1Code, admin1Name,
                population);
    }

    /** A seat of government: capital, or seat of a first-order division. */
    public boolean isSeat() {
        return featureCode.equals("PPLC") || featureCode.equals("PPLA");
    }
}
