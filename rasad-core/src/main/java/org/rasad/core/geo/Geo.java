package org.rasad.core.geo;

/** Great-circle arithmetic on a spherical Earth: plenty for ACLED's kilometre-scale precision. */
public final class Geo {

    static final double EARTH_RADIUS_KM = 6371.0;

    private Geo() {
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The point {@code km} from a start along a compass bearing (degrees clockwise from north). */
    public static double[] destination(double lat, double lon, double bearing, double km) {
        double d = km / EARTH_RADIUS_KM;
        double b = Math.toRadians(bearing);
        double p1 = Math.toRadians(lat);
        double l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        double lonDeg = (Math.toDegrees(l2) + 540) % 360 - 180;
        return new double[] {Math.toDegrees(p2), lonDeg};
    }

    /** The midpoint of two points (they are never far apart in a news report, so the plain average serves). */
    public static double[] midpoint(double lat1, double lon1, double lat2, double lon2) {
        return new double[] {(lat1 + lat2) / 2, (lon1 + lon2) / 2};
    }
}
