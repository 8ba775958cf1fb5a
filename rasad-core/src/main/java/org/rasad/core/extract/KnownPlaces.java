package org.rasad.core.extract;

/**
 * Names of towns and cities well enough known to be read as a place without a word that says so:
 * «في بغداد», «ببنغازي», «قرب الموصل». A place-type word («مدينة», «بلدة») or a name-forming word
 * («أم», «بئر») introduces any name; a bare name needs this list. Backed by the gazetteer where one
 * is installed ({@link org.rasad.core.geo.DocumentGeocoder#knownPlaces}); without one, only names
 * introduced by such words are found.
 */
@FunctionalInterface
public interface KnownPlaces {

    /** No bare names: extraction without a gazetteer. */
    KnownPlaces NONE = (name, country) -> false;

    /**
     * Whether a name as written in the text (normalised, clitics included) is such a place.
     *
     * @param country the ISO code of the country the article is about, or null: a town of that country
     *                counts, elsewhere only capitals and great cities («الحصار» is a siege, not Hisar in India)
     */
    boolean isPlace(String written, String country);

    /**
     * Whether such a place is a province and no town («ديالى», «هيران»): an area, which a town named with it («بلدة بولو
     * برتي بإقليم هيران») places more precisely.
     */
    default boolean isProvinceOnly(String written, String country) {
        return false;
    }

    /**
     * The ISO code of the country whose capital or great city the name is («عمان» Amman, «الخرطوم»), or null: such a
     * city in a dateline says where the news is.
     */
    default String countryOfCity(String written) {
        return null;
    }
}
