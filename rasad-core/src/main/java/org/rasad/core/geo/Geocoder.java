package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.model.Location;

/**
 * Puts a place as extraction read it at coordinates, with ACLED's geo precision, its country and its
 * admin1 division.
 *
 * <p>An ordered list of small passes; the first that places the location wins, so the order goes from
 * what the text says most precisely to the weakest fallback:
 * <ol>
 *   <li>{@link RelativePlacement#region}: «جنوب ليبيا», «الجنوب الغربي» → a point in that part of the
 *       country, precision 3 (its centre for «وسط» or no direction);</li>
 *   <li>{@link RelativePlacement#between}: «بين X و Y» → the midpoint, or the one that is known, precision 2;</li>
 *   <li>{@link RelativePlacement#offset}: «X غرب Y بحوالي 80 كيلومترا» → X when the gazetteer knows it near Y,
 *       else the point 80 km west of Y (Y itself without a distance), precision 2;</li>
 *   <li>{@link RelativePlacement#named}: «في X», «قرب X» → X (precision 2 for «قرب»);</li>
 *   <li>{@link RelativePlacement#sameSentence}: a place missing from the gazetteer → the nearest known place of
 *       its country in the same sentence («حي القلعة بمرزق» → Murzuq), precision 2;</li>
 *   <li>{@link RelativePlacement#countryOnly}: the country's centre, precision 3.</li>
 * </ol>
 * A name the gazetteer lacks is also tried in the fuller form the article writes elsewhere ({@link FullerNames}:
 * «الأرانب» → «أم الأرانب»). For the last two passes, "its country" is the one its own sentence names when that
 * is not the article's ({@link SentenceCountry}: «غويران» in a Libyan article about Syria's prisons).
 * Same-named candidates are ranked by {@link CandidateRanking}. Pure and thread-safe: the gazetteer is
 * immutable and every call returns a new {@link Location}.
 */
public final class Geocoder {

    /** One pass: a placement, or empty to let the next pass try. */
    @FunctionalInterface
    interface Pass {
        Optional<Placement> place(Location loc, GeoContext ctx);
    }

    /** Where a pass put a location. */
    record Placement(double lat, double lon, int precision, String name, String country, String admin1) {
    }

    private final Gazetteer gazetteer;
    private final Provinces provinces;
    private final RelativePlacement relative;
    private final List<Pass> passes;

    /** The gazetteer this geocoder looks names up in. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.provinces = new Provinces(gazetteer);
        this.relative = new RelativePlacement(gazetteer, this);
        this.passes = List.of(relative::region, relative::between, relative::offset, relative::named, relative::within,
                relative::sameSentence, relative::countryOnly);
    }

    /**
     * The context of one article. Its country is the one extraction gave, unless none of the article's
     * place names exists there while they do exist in a country the text names (an article about AFRICOM
     * strikes near Murzuq is about Libya, whatever its actors), or in the one country where one of them is a
     * city of 100,000 people or more or the seat of a province or district (a Russian strike «في ريف إدلب», a Turkish
     * drone over «القامشلي», which GeoNames counts no people in, are in Syria). Its anchors are the names that have exactly
     * one place in that country: ambiguous names would steer the ranking with a guess.
     */
    public GeoContext context(String statedCountry, List<Location> places, String text) {
        Map<String, List<Place>> found = new HashMap<>();
        for (Location l : places) {
            if (l != null && !"region".equals(l.relation())) {
                for (String n : new String[] {l.nameAr(), l.anchorAr()}) {
                    if (n != null) {
                        found.computeIfAbsent(n, gazetteer::find);
                    }
                }
            }
        }
        Map<String, Integer> votes = new HashMap<>();
        found.values().forEach(c -> c.stream().map(Place::country).distinct().forEach(x -> votes.merge(x, 1, Integer::sum)));
        Set<String> named = CountryCentres.mentionedIn(text == null ? "" : text);
        String country = statedCountry;
        String linked = country == null ? null : LINKED_TERRITORIES.get(country);
        if (linked != null && !votes.containsKey(country) && votes.containsKey(linked)) {
            // «اقتحمت قوات الاحتلال الإسرائيلي مدينة جنين»: the Israeli army in the West Bank; the article's country
            // comes from its actors, its places are in the territory the two share news of
            country = linked;
        }
        if (country == null || !votes.containsKey(country)) {
            country = votes.entrySet().stream().filter(e -> named.contains(e.getKey()))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(statedCountry);
        }
        String stated = country;
        if (country != null && !votes.containsKey(country)
                && (text == null || CountryCentres.namesIn(text).stream().noneMatch(m -> m.iso2().equals(stated)))) {
            // «غارة روسية في ريف إدلب»: the article's places are in no country it names, but one is a city
            // of one country only; a city of that size is no common word read as a name. A country the text names
            // by its name («وسط نيجيريا»), not only by an adjective, stays: «مينا» there is Minna, not a seat in Arkansas.
            country = onlyCityCountry(found.values()).orElse(country);
        }
        String home = country;
        List<Place> anchors = new ArrayList<>();
        for (List<Place> candidates : found.values()) {
            List<Place> inHome = candidates.stream().filter(p -> p.country().equals(home)).toList();
            if (inHome.size() == 1) {
                anchors.add(inHome.get(0));
            }
        }
        return new GeoContext(country, anchors, text);
    }

    private static final long CITY = 100_000;

    /** Capitals and seats of provinces and districts: towns of note whatever population GeoNames gives them. */
    private static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2");

    /** Territories whose news is told through the other's forces: Israel and Palestine, Morocco and Western Sahara. */
    private static final Map<String, String> LINKED_TERRITORIES = Map.of("IL", "PS", "PS", "IL", "MA", "EH", "EH", "MA");

    /** The one country where some place name of the article is a city of 100,000 people or more or a seat, if only one. */
    private static Optional<String> onlyCityCountry(java.util.Collection<List<Place>> found) {
        Set<String> countries = new java.util.HashSet<>();
        for (List<Place> candidates : found) {
            candidates.stream().filter(p -> p.featureClass() == 'P' && (p.population() >= CITY || SEATS.contains(p.featureCode())))
                    .map(Place::country).forEach(countries::add);
        }
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    /** The location with coordinates, country and admin1 filled, or unchanged when nothing places it. */
    public Location geocode(Location loc, GeoContext ctx) {
        if (loc == null || loc.lat() != null) {
            return loc;
        }
        for (Pass pass : passes) {
            Optional<Placement> p = pass.place(loc, ctx);
            if (p.isPresent()) {
                Placement x = p.get();
                return new Location(x.name(), loc.nameAr(), x.lat(), x.lon(), x.country(), x.admin1(), x.precision(),
                        loc.relation(), loc.anchorAr(), loc.bearing(), loc.distanceKm(), loc.evidence());
            }
        }
        return loc;
    }

    /** The place a written name most likely means in this article, if the gazetteer has it. */
    Optional<Place> resolve(String written, Location loc, GeoContext ctx) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        List<Place> candidates = gazetteer.find(written);
        if (candidates.isEmpty()) {
            candidates = gazetteer.find(RelativePlacement.withoutPlaceWord(written));
        }
        Optional<Place> best = rank(candidates, loc, ctx);
        // a shortened name («الأرانب») may match only a foreign namesake: the article's fuller form comes first
        for (String fuller : FullerNames.in(ctx.text(), RelativePlacement.withoutPlaceWord(written))) {
            if (best.isPresent()) {
                break;
            }
            best = rank(gazetteer.find(fuller), loc, ctx);
        }
        if (best.isEmpty()) {
            // «في محافظة ديالى», «بولاية بورنو»: a province the gazetteer has no row for, at its seat
            best = provinces.find(written, countryOf(loc, ctx))
                    .or(() -> provinces.find(RelativePlacement.withoutPlaceWord(written), countryOf(loc, ctx)));
        }
        return best;
    }

    private Optional<Place> rank(List<Place> candidates, Location loc, GeoContext ctx) {
        return CandidateRanking.best(candidates, countryOf(loc, ctx), relative.countriesNamedAround(loc, ctx),
                ctx.articlePlaces());
    }

    static String countryOf(Location loc, GeoContext ctx) {
        return ctx.country() != null ? ctx.country() : loc.country();
    }
}
