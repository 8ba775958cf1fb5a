package org.rasad.core.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses among places that share a name.
 *
 * <p>Rules, strongest first:
 * <ul>
 *   <li>a place in the article's country beats any place elsewhere; a place elsewhere is taken only when
 *       the sentence names its country («… في سوريا»), or when it is a national capital. Not for big cities
 *       in general: common words name some of them («مدينة» is Medina, «بارا» an Indian city's Arabic
 *       name). A Libyan village missing from the gazetteer is never placed at a Syrian village of the
 *       same name;</li>
 *   <li>when the article's country is not known, a place outside the countries Rasad covers ({@code countries.tsv})
 *       is taken only if it is a national capital or a city of a million;</li>
 *   <li>closeness to the article's other places (full weight within 100 km, none beyond 1,000 km);</li>
 *   <li>populated places (class P) over areas, areas (A) over terrain and the rest;</li>
 *   <li>more people.</li>
 * </ul>
 */
final class CandidateRanking {

    private static final long GREAT_CITY = 1_000_000;

    private CandidateRanking() {
    }

    static Optional<Place> best(List<Place> candidates, String country, Set<String> namedCountries, List<Place> near) {
        List<Place> allowed = candidates;
        if (country == null) {
            // an article whose country is unknown is news of the countries Rasad covers: «رميش» in south Lebanon is no
            // village of Luxembourg; elsewhere only a capital or a great city is taken on its name alone
            allowed = candidates.stream().filter(p -> CountryCentres.of(p.country()) != null || p.featureCode().equals("PPLC")
                    || p.population() >= GREAT_CITY).toList();
        } else {
            List<Place> home = candidates.stream().filter(p -> p.country().equals(country)).toList();
            allowed = !home.isEmpty() ? home : candidates.stream()
                    .filter(p -> namedCountries.contains(p.country()) || p.featureCode().equals("PPLC")).toList();
        }
        return allowed.stream().max(Comparator.comparingDouble(p -> score(p, near)));
    }

    private static double score(Place p, List<Place> near) {
        double score = switch (p.featureClass()) {
            case 'P' -> 10;
            case 'A' -> 6;
            default -> 0;
        };
        score += 2 * Math.log10(p.population() + 1.0);
        double closest = Double.MAX_VALUE;
        for (Place q : near) {
            closest = Math.min(closest, Geo.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()));
        }
        if (closest < Double.MAX_VALUE) {
            score += 50 * Math.min(1, Math.max(0, (1000 - closest) / 900));
        }
        return score;
    }
}
