package org.rasad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which towns the extractor may read bare, and which cities name their country in a dateline. */
class GazetteerKnownPlacesTest {

    private static final Place AMMAN = new Place(1, "Amman", "عمان", 31.95, 35.93, 'P', "PPLC", "JO", "11", "Amman", 1_275_000);
    private static final Place SMALL = new Place(2, "Marte", "مارتي", 12.36, 13.83, 'P', "PPL", "NG", "05", "Borno", 8_000);

    @Test
    void aCapitalOrAGreatCityNamesItsCountryAndATownDoesNot() {
        GazetteerKnownPlaces known = new GazetteerKnownPlaces(InMemoryGazetteer.of(AMMAN, SMALL));
        assertThat(known.countryOfCity("عمان")).isEqualTo("JO");
        assertThat(known.countryOfCity("مارتي")).isNull();
        assertThat(known.countryOfCity("طرابلس")).isNull();
    }
}
