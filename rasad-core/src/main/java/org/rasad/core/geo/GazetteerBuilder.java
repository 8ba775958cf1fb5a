package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects places, names and admin1 names from dump files (and from an existing index, so that an
 * import adds to what is there). A later record of the same geonameid replaces the earlier one.
 * Not thread-safe: one import at a time.
 *
 * <p>The admin1 name comes from {@code admin1CodesASCII.txt} when it was imported, or from the bundled
 * {@code admin1.tsv} for the few divisions the next rules name wrongly; otherwise from the previous index; otherwise it is the name of the division's most populous seat (PPLA, or PPLC for the
 * capital's division), which names the province in most Arab countries (Murzuq, Sabha, Aleppo,
 * Baghdad) but not everywhere.
 */
public final class GazetteerBuilder {

    /** Alternate-name "languages" that are codes or links, not names. */
    private static final Set<String> NOT_NAMES = Set.of("link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc",
            "phon", "piny", "tcid", "fr_1793");

    private final Map<Long, Place> places = new LinkedHashMap<>();
    private final Map<Long, Set<String>> keys = new HashMap<>();
    private final Map<String, String> admin1Names = new HashMap<>(BundledAdmin1Names.load());

    public GazetteerBuilder addAll(Collection<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            places.put(e.place().geonameid(), e.place());
            keys.put(e.place().geonameid(), new HashSet<>(e.keys()));
        }
        return this;
    }

    /** A record of the main table with all its names (main, ASCII, alternates). */
    public void place(Place p, List<String> names) {
        Set<String> k = new HashSet<>();
        String arabic = null;
        for (String name : names) {
            if (PlaceNames.indexable(name)) {
                String key = PlaceNames.key(name);
                if (!key.isEmpty()) {
                    k.add(key);
                }
                if (arabic == null && isArabic(name)) {
                    arabic = name.strip();
                }
            }
        }
        places.put(p.geonameid(), arabic == null ? p : withArabic(p, arabic));
        keys.put(p.geonameid(), k);
    }

    /** A row of alternateNames(V2).txt; names of places not imported are skipped. */
    public void alternateName(long geonameid, String language, String name, boolean preferred, boolean historic) {
        Place p = places.get(geonameid);
        if (p == null || NOT_NAMES.contains(language) || !PlaceNames.indexable(name)) {
            return;
        }
        String key = PlaceNames.key(name);
        if (!key.isEmpty()) {
            keys.get(geonameid).add(key);
        }
        if (language.equals("ar") && !historic && (preferred || p.nameAr() == null)) {
            places.put(geonameid, withArabic(p, name.strip()));
        }
    }

    /** A row of admin1CodesASCII.txt: «LY.73» → «Murzuq». */
    public void admin1(String code, String name) {
        admin1Names.put(code, name);
    }

    public List<GazetteerEntry> build() {
        Map<String, Place> seats = new HashMap<>();
        for (Place p : places.values()) {
            if (p.isSeat()) {
                seats.merge(p.country() + "." + p.admin1Code(), p,
                        (a, b) -> Comparator.comparingLong(Place::population).compare(a, b) >= 0 ? a : b);
            }
        }
        List<GazetteerEntry> out = new ArrayList<>(places.size());
        for (Place p : places.values()) {
            String code = p.country() + "." + p.admin1Code();
            String admin1 = admin1Names.get(code);
            if (admin1 == null) {
                admin1 = p.admin1() != null ? p.admin1() : seats.containsKey(code) ? seats.get(code).name() : null;
            }
            out.add(new GazetteerEntry(p.admin1Code().isEmpty() ? p : p.withAdmin1(admin1), keys.get(p.geonameid())));
        }
        return out;
    }

    private static Place withArabic(Place p, String arabic) {
        return new Place(p.geonameid(), p.name(), arabic, p.lat(), p.lon(), p.featureClass(), p.featureCode(), p.country(),
                p.admin1Code(), p.admin1(), p.population());
    }

    private static boolean isArabic(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }
}
