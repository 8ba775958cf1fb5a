package org.rasad.core.geo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.model.Location;
import org.rasad.core.text.Normalizer;

/** The passes of {@link Geocoder}, one method each, in the order the geocoder applies them. */
final class RelativePlacement {

    /** Generic words before a name that GeoNames does not write («حي القلعة» → «القلعة»). */
    private static final Set<String> PLACE_WORDS = Set.of("حي", "منطقه", "مدينه", "بلده", "قريه", "بلديه", "محافظه");
    /** How far an offset place found by name may lie from its anchor beyond the stated distance. */
    private static final double OFFSET_SLACK_KM = 100;
    private static final double DEFAULT_REGION_KM = 250;

    private final Gazetteer gazetteer;
    private final Geocoder geocoder;
    private final SentenceAnchors anchors;

    RelativePlacement(Gazetteer gazetteer, Geocoder geocoder) {
        this.gazetteer = gazetteer;
        this.geocoder = geocoder;
        this.anchors = new SentenceAnchors(gazetteer);
    }

    Optional<Geocoder.Placement> region(Location loc, GeoContext ctx) {
        if (!"region".equals(loc.relation())) {
            return Optional.empty();
        }
        Set<String> named = CountryCentres.mentionedIn(loc.nameAr());
        String iso = !named.isEmpty() ? named.iterator().next() : Geocoder.countryOf(loc, ctx);
        CountryCentres.Centre c = CountryCentres.of(iso);
        if (c == null) {
            return Optional.empty();
        }
        Integer bearing = loc.bearing();
        if (bearing == null || bearing < 0) {
            return Optional.of(new Geocoder.Placement(c.lat(), c.lon(), 3, loc.name(), iso, null));
        }
        double km = gazetteer.bounds(iso).map(b -> edgeKm(c, b, bearing) / 2).orElse(DEFAULT_REGION_KM);
        double[] p = Geo.destination(c.lat(), c.lon(), bearing, km);
        return Optional.of(point(p, 3, loc.name(), iso));
    }

    Optional<Geocoder.Placement> between(Location loc, GeoContext ctx) {
        if (!"between".equals(loc.relation())) {
            return Optional.empty();
        }
        Optional<Place> a = geocoder.resolve(loc.nameAr(), loc, ctx);
        Optional<Place> b = geocoder.resolve(loc.anchorAr(), loc, ctx);
        if (a.isPresent() && b.isPresent()) {
            double[] m = Geo.midpoint(a.get().lat(), a.get().lon(), b.get().lat(), b.get().lon());
            return Optional.of(point(m, 2, loc.name(), a.get().country()));
        }
        return a.or(() -> b).map(p -> at(p, 2));
    }

    Optional<Geocoder.Placement> offset(Location loc, GeoContext ctx) {
        if (!"offset".equals(loc.relation())) {
            return Optional.empty();
        }
        Optional<Place> anchor = geocoder.resolve(loc.anchorAr(), loc, ctx);
        boolean anchorItself = Normalizer.normalize(loc.nameAr()).equals(Normalizer.normalize(String.valueOf(loc.anchorAr())));
        Optional<Place> self = anchorItself ? Optional.empty() : geocoder.resolve(loc.nameAr(), loc, ctx);
        double reach = (loc.distanceKm() == null ? 0 : loc.distanceKm()) + OFFSET_SLACK_KM;
        if (self.isPresent() && (anchor.isEmpty() || Geo.distanceKm(self.get().lat(), self.get().lon(),
                anchor.get().lat(), anchor.get().lon()) <= reach)) {
            return Optional.of(at(self.get(), loc.geoPrecision()));
        }
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        Place y = anchor.get();
        if (loc.bearing() == null || loc.bearing() < 0 || loc.distanceKm() == null) {
            // «جنوب بيروت» with no distance is coded at the town, under the town's name, as ACLED codes it; «جبل النسر
            // جنوبي القطرون» keeps the name of the place the text gives
            int precision = "ADM1".equals(y.featureCode()) ? 3 : 2;  // «جنوب قطاع غزة»: a part of a province is no nearer
            return Optional.of(new Geocoder.Placement(y.lat(), y.lon(), precision, anchorItself ? y.name() : loc.name(),
                    y.country(), y.admin1()));
        }
        double[] p = Geo.destination(y.lat(), y.lon(), loc.bearing(), loc.distanceKm());
        return Optional.of(point(p, 2, loc.name(), y.country()));
    }

    Optional<Geocoder.Placement> named(Location loc, GeoContext ctx) {
        return geocoder.resolve(loc.nameAr(), loc, ctx).map(p -> {
            boolean large = p.featureCode().equals("ADM1") || p.featureCode().startsWith("PCL");
            int precision = large ? 3 : "near".equals(loc.relation()) ? 2 : loc.geoPrecision();
            return at(p, precision);
        });
    }

    /** «ساحة الحبوبي بالناصرية»: a place the gazetteer lacks, inside the town named with it, is at that town. */
    Optional<Geocoder.Placement> within(Location loc, GeoContext ctx) {
        if (!"in".equals(loc.relation()) || loc.anchorAr() == null) {
            return Optional.empty();
        }
        return geocoder.resolve(loc.anchorAr(), loc, ctx)
                .map(t -> new Geocoder.Placement(t.lat(), t.lon(), 2, loc.name(), t.country(), t.admin1()));
    }

    Optional<Geocoder.Placement> sameSentence(Location loc, GeoContext ctx) {
        return anchors.nearest(loc, ctx, countryOfUnknown(loc, ctx)).map(p -> new Geocoder.Placement(p.lat(), p.lon(), 2,
                loc.name(), p.country(), p.admin1()));
    }

    Optional<Geocoder.Placement> countryOnly(Location loc, GeoContext ctx) {
        String iso = countryOfUnknown(loc, ctx);
        CountryCentres.Centre c = CountryCentres.of(iso);
        return c == null ? Optional.empty() : Optional.of(new Geocoder.Placement(c.lat(), c.lon(), 3, loc.name(), iso, null));
    }

    /** The country of a place the gazetteer lacks: its sentence's, else the article's. */
    private static String countryOfUnknown(Location loc, GeoContext ctx) {
        return SentenceCountry.of(loc, ctx).orElseGet(() -> Geocoder.countryOf(loc, ctx));
    }

    Set<String> countriesNamedAround(Location loc, GeoContext ctx) {
        if (loc.evidence() == null || ctx.text().isEmpty()) {
            return Set.of();
        }
        int[] s = Sentences.around(ctx.text(), loc.evidence().start(), loc.evidence().end());
        return CountryCentres.mentionedIn(ctx.text().substring(s[0], s[1]));
    }

    static String withoutPlaceWord(String written) {
        String n = Normalizer.normalize(written).strip();
        int space = n.indexOf(' ');
        return space > 0 && PLACE_WORDS.contains(n.substring(0, space)) ? n.substring(space + 1) : n;
    }

    private static Geocoder.Placement at(Place p, int precision) {
        return new Geocoder.Placement(p.lat(), p.lon(), precision, p.name(), p.country(), p.admin1());
    }

    private Geocoder.Placement point(double[] p, int precision, String name, String country) {
        String admin1 = gazetteer.nearest(p[0], p[1], country).map(Place::admin1).orElse(null);
        // five decimals (about a metre) is all a computed point can claim
        return new Geocoder.Placement(Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5, precision, name, country,
                admin1);
    }

    /** Kilometres from the centre to the edge of the country's box along a bearing. */
    private static double edgeKm(CountryCentres.Centre c, Gazetteer.Bounds b, int bearing) {
        double north = Math.cos(Math.toRadians(bearing));
        double east = Math.sin(Math.toRadians(bearing));
        double kmPerLon = 111.32 * Math.cos(Math.toRadians(c.lat()));
        double limit = Double.MAX_VALUE;
        if (Math.abs(north) > 1e-6) {
            limit = Math.min(limit, (north > 0 ? b.maxLat() - c.lat() : c.lat() - b.minLat()) * 111.32 / Math.abs(north));
        }
        if (Math.abs(east) > 1e-6) {
            limit = Math.min(limit, (east > 0 ? b.maxLon() - c.lon() : c.lon() - b.minLon()) * kmPerLon / Math.abs(east));
        }
        return limit == Double.MAX_VALUE || limit <= 0 ? 2 * DEFAULT_REGION_KM : limit;
    }
}
