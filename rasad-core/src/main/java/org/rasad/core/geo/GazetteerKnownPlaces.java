package org.rasad.core.geo;

import java.util.concurrent.ConcurrentHashMap;
import org.rasad.core.extract.KnownPlaces;

/**
 * The gazetteer's towns and cities as {@link KnownPlaces}. Many town names are also common words
 * («خمس» five, Al Khums; «الحصار» the siege, Hisar; «بمنزلة» as, Al Manzalah), so a bare name counts
 * only as a populated place (GeoNames class P) of the article's own country with at least
 * {@value #MIN_POPULATION} inhabitants, or anywhere as a national capital or a city of at least
 * {@value #GREAT_CITY} («في بغداد» in an article about Syria), or a province of that country ({@link Provinces}:
 * «في ديالى», «بهلمند»). Answers are cached (a bounded map,
 * cleared when full), so a corpus asks the index once per name and country.
 */
final class GazetteerKnownPlaces implements KnownPlaces {

    static final long MIN_POPULATION = 20_000;
    static final long GREAT_CITY = 1_000_000;
    private static final int CACHE_LIMIT = 200_000;

    private final Gazetteer gazetteer;
    /** What a name is, by name and country: {@link #NONE}, {@link #TOWN} or {@link #PROVINCE}. */
    private final ConcurrentHashMap<String, Byte> cache = new ConcurrentHashMap<>();
    private static final byte NONE = 0;
    private static final byte TOWN = 1;
    private static final byte PROVINCE = 2;
    /** The country of a capital or great city, by name; {@link #NO_CITY} for a name that is none. */
    private final ConcurrentHashMap<String, String> cities = new ConcurrentHashMap<>();
    private static final String NO_CITY = "";

    GazetteerKnownPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public boolean isPlace(String written, String country) {
        return kind(written, country) != NONE;
    }

    @Override
    public boolean isProvinceOnly(String written, String country) {
        return kind(written, country) == PROVINCE;
    }

    @Override
    public String countryOfCity(String written) {
        String known = cities.get(written);
        if (known == null) {
            // every article asks for its dateline: the index is asked once per name
            known = gazetteer.find(written).stream()
                    .filter(p -> p.featureClass() == 'P'
                            && ("PPLC".equals(p.featureCode()) || p.population() >= GREAT_CITY))
                    .max(java.util.Comparator.comparingLong(Place::population)).map(Place::country).orElse(NO_CITY);
            if (cities.size() >= CACHE_LIMIT) {
                cities.clear();
            }
            cities.put(written, known);
        }
        return known.equals(NO_CITY) ? null : known;
    }

    private byte kind(String written, String country) {
        String key = country == null ? written : written + '|' + country;
        Byte known = cache.get(key);
        if (known == null) {
            // a province of the bundled list («ديالى», «هلمند») is named bare as often as a city
            known = gazetteer.find(written).stream().anyMatch(p -> isWellKnown(p, country)) ? TOWN
                    : Provinces.isProvince(written, country) ? PROVINCE : NONE;
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, known);
        }
        return known;
    }

    private static boolean isWellKnown(Place p, String country) {
        if (p.featureClass() != 'P') {
            return false;
        }
        return p.population() >= GREAT_CITY || "PPLC".equals(p.featureCode())
                || (p.country().equals(country) && p.population() >= MIN_POPULATION);
    }
}
