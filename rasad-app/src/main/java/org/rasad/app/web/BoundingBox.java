package org.rasad.app.web;

/** A longitude/latitude box, west-south-east-north as GeoJSON and Leaflet's toBBoxString write it. */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw ApiException.badRequest("bbox: latitudes must satisfy -90 <= south <= north <= 90, got south="
                    + south + " north=" + north);
        }
        if (!(west >= -180 && east <= 180 && west <= east)) {
            throw ApiException.badRequest("bbox: longitudes must satisfy -180 <= west <= east <= 180, got west="
                    + west + " east=" + east);
        }
    }

    /** Parses «west,south,east,north». */
    public static BoundingBox parse(String s) {
        String[] p = s.split(",");
        if (p.length != 4) {
            throw ApiException.badRequest("bbox: expected west,south,east,north (four numbers), got «" + s + "»");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(p[i].strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("bbox: «" + p[i] + "» is not a number");
            }
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
}
