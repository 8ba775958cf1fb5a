package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasad.core.dict.TsvReader;

/**
 * First-order divisions named without a town («في محافظة ديالى», «بولاية بورنو», «في قطاع غزة»), from the bundled
 * {@code provinces.tsv}. GeoNames' cities500 holds towns, not provinces; ACLED places an event known only by its
 * province at the province's seat with precision 3, so each division is found at its seat's coordinates, looked up
 * in the gazetteer when first asked. A division whose seat the gazetteer lacks is not placed: no coordinates are
 * made up. Thread-safe.
 */
final class Provinces {

    static final String RESOURCE = "org/rasad/core/geo/provinces.tsv";

    /** One row: a division, its country, the name of its seat, and whether its name may stand without «محافظة». */
    private record Division(String nameAr, String nameEn, String country, String seat, boolean bare) {
    }

    private static final class Bundled {
        static final Map<String, List<Division>> BY_KEY = read(TsvReader.resource(RESOURCE, 4));
    }

    /** Seats are towns of note: a seat found among namesakes is the one GeoNames marks so, else the largest. */
    private static final Set<String> SEAT_CODES = Set.of("PPLC", "PPLA", "PPLA2");

    /** Ids of divisions: negative, and apart from the supplement's (small negatives) and GeoNames' (positive). */
    private static final long ID_BASE = -2_000_000_000L;

    private final Gazetteer gazetteer;
    private final Map<Division, Optional<Place>> placed = new ConcurrentHashMap<>();

    Provinces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether a name as written («ديالى», «شبيلي الوسطى») is a division of the bundled list that may be named with no
     * generic word before it («حجة» is also a pretext: only «محافظة حجة» names the division), in the article's
     * country when it is known («جنين» is Jenin in news of Palestine, a foetus elsewhere).
     */
    static boolean isProvince(String written, String country) {
        return Bundled.BY_KEY.getOrDefault(PlaceNames.key(written), List.of()).stream()
                .anyMatch(d -> d.bare() && (country == null || d.country().equals(country)));
    }

    /**
     * The division a name means, placed at its seat: the one of {@code country} when several countries have a
     * division of that name, else the only one.
     */
    Optional<Place> find(String written, String country) {
        List<Division> found = Bundled.BY_KEY.getOrDefault(PlaceNames.key(written), List.of());
        Division d = found.stream().filter(x -> x.country().equals(country)).findFirst()
                .orElse(found.size() == 1 ? found.get(0) : null);
        return d == null ? Optional.empty() : placed.computeIfAbsent(d, this::atSeat);
    }

    private Optional<Place> atSeat(Division d) {
        return gazetteer.find(d.seat()).stream().filter(p -> p.country().equals(d.country()) && p.featureClass() == 'P')
                .max(Comparator.comparing((Place p) -> SEAT_CODES.contains(p.featureCode())).thenComparingLong(Place::population))
                .map(s -> new Place(ID_BASE - Math.abs(s.geonameid()), d.nameEn(), d.nameAr(), s.lat(), s.lon(), 'A', "ADM1", d.country(),
                        s.admin1Code(), d.nameEn(), 0));
    }

    static Map<String, List<Division>> read(List<TsvReader.Row> rows) {
        Map<String, List<Division>> out = new HashMap<>();
        for (TsvReader.Row row : rows) {
            List<String> ar = TsvReader.values(row.cell(0));
            if (ar.isEmpty() || row.cell(1).isEmpty() || row.cell(2).length() != 2 || row.cell(3).isEmpty()) {
                throw row.error("a division needs Arabic names, an English name, an ISO2 country and its seat");
            }
            if (!row.cell(5).isEmpty() && !row.cell(5).equals("word")) {
                throw row.error("the last column is «word» or empty, not «" + row.cell(5) + "»");
            }
            Division d = new Division(ar.get(0), row.cell(1), row.cell(2), row.cell(3), row.cell(5).isEmpty());
            for (String n : ar) {
                out.computeIfAbsent(PlaceNames.key(n), k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }
}
