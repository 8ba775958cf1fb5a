package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A gazetteer held in maps: for tests, and for building the on-disk index. Immutable once built. */
public final class InMemoryGazetteer implements Gazetteer {

    private final Map<String, List<Place>> byKey = new HashMap<>();
    private final List<Place> places = new ArrayList<>();
    private final Map<String, Bounds> bounds = new HashMap<>();

    public InMemoryGazetteer(Collection<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            places.add(e.place());
            for (String key : e.keys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e.place());
            }
            bounds.merge(e.place().country(), Bounds.of(e.place().lat(), e.place().lon()),
                    (a, b) -> a.include(b.minLat(), b.minLon()));
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
    }

    /** A small gazetteer from places, each indexed under its Latin and Arabic names. */
    public static InMemoryGazetteer of(Place... places) {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (Place p : places) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            keys.add(PlaceNames.key(p.name()));
            if (p.nameAr() != null) {
                keys.add(PlaceNames.key(p.nameAr()));
            }
            entries.add(new GazetteerEntry(p, keys));
        }
        return new InMemoryGazetteer(entries);
    }

    @Override
    public List<Place> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    @Override
    public int size() {
        return places.size();
    }

    @Override
    public Optional<Place> nearest(double lat, double lon, String country) {
        return places.stream().filter(p -> p.country().equals(country) && p.featureClass() == 'P')
                .min(Comparator.comparingDouble(p -> Geo.distanceKm(lat, lon, p.lat(), p.lon())));
    }

    @Override
    public Optional<Bounds> bounds(String country) {
        return Optional.ofNullable(bounds.get(country));
    }
}
