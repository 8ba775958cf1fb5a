package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A main gazetteer with a small one beside it ({@link SupplementaryPlaces}). A lookup returns the main
 * places and those of the small one that the main one does not already hold: a supplementary place with the
 * same name as a main place of its country within {@value #SAME_PLACE_KM} km is the same place, and the main
 * one (richer: population, admin codes) is kept. Immutable and thread-safe when both parts are.
 */
final class LayeredGazetteer implements Gazetteer {

    static final double SAME_PLACE_KM = 25;

    private final Gazetteer main;
    private final Gazetteer extra;

    LayeredGazetteer(Gazetteer main, Gazetteer extra) {
        this.main = main;
        this.extra = extra;
    }

    @Override
    public List<Place> lookup(String key) {
        List<Place> out = new ArrayList<>(main.lookup(key));
        List<Place> fromMain = List.copyOf(out);
        for (Place p : extra.lookup(key)) {
            if (fromMain.stream().noneMatch(q -> same(p, q))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean same(Place a, Place b) {
        return a.country().equals(b.country()) && Geo.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_PLACE_KM;
    }

    @Override
    public int size() {
        return main.size() + extra.size();
    }

    @Override
    public Optional<Place> nearest(double lat, double lon, String country) {
        return Stream.of(main.nearest(lat, lon, country), extra.nearest(lat, lon, country)).flatMap(Optional::stream)
                .min(Comparator.comparingDouble(p -> Geo.distanceKm(lat, lon, p.lat(), p.lon())));
    }

    @Override
    public Optional<Bounds> bounds(String country) {
        Optional<Bounds> a = main.bounds(country);
        Optional<Bounds> b = extra.bounds(country);
        if (a.isPresent() && b.isPresent()) {
            Bounds x = b.get();
            return Optional.of(a.get().include(x.minLat(), x.minLon()).include(x.maxLat(), x.maxLon()));
        }
        return a.or(() -> b);
    }
}
