package org.rasad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.geo.GeocoderTest.in;
import static org.rasad.core.geo.GeocoderTest.offset;

import org.junit.jupiter.api.Test;
import org.rasad.core.model.Location;

/** Provinces named without a town are placed at their seat, with precision 3, and only where the seat is known. */
class ProvincesTest {

    static final Place BAQUBAH = new Place(21, "Baqubah", "بعقوبة", 33.75, 44.61, 'P', "PPLA", "IQ", "10", "Diyala", 150000);
    /** A namesake of the seat that is no seat: the seat of the province is the one GeoNames marks so. */
    static final Place BAQUBAH_VILLAGE = new Place(22, "Baqubah", "بعقوبة", 34.90, 43.10, 'P', "PPL", "IQ", "03", "Salah ad Din", 900);
    static final Place GAZA = new Place(23, "Gaza", "غزة", 31.50, 34.47, 'P', "PPLA", "PS", "GZ", "Gaza Strip", 410000);

    final Geocoder geocoder = new Geocoder(InMemoryGazetteer.of(BAQUBAH, BAQUBAH_VILLAGE, GAZA));

    private Location geocode(String text, String country, Location loc) {
        return geocoder.geocode(loc, geocoder.context(country, java.util.List.of(loc), text));
    }

    @Test
    void aProvinceIsPlacedAtItsSeatWithPrecisionThree() {
        Location l = geocode("قتل ثلاثة جنود في هجوم في محافظة ديالى.", "IQ", in("ديالى"));
        assertThat(l.lat()).isEqualTo(BAQUBAH.lat());
        assertThat(l.lon()).isEqualTo(BAQUBAH.lon());
        assertThat(l.geoPrecision()).isEqualTo(3);
        assertThat(l.name()).isEqualTo("Diyala");
        assertThat(l.admin1()).isEqualTo("Diyala");
        assertThat(l.country()).isEqualTo("IQ");
    }

    @Test
    void aSideOfAProvinceIsNoNearerThanTheProvince() {
        String text = "معارك في جنوب قطاع غزة.";
        Location l = geocode(text, "PS", offset("قطاع غزة", "قطاع غزة", 180, null, text));
        assertThat(l.lat()).isEqualTo(GAZA.lat());
        assertThat(l.geoPrecision()).isEqualTo(3);
        assertThat(l.name()).isEqualTo("Gaza Strip");
    }

    @Test
    void aProvinceWhoseSeatTheGazetteerLacksIsNotPlaced() {
        // Helmand's seat, Lashkar Gah, is not in this gazetteer: no province coordinates are made up, and the place
        // falls back to the country, as any place the gazetteer lacks
        Location l = geocode("قتل ثلاثة جنود في هجوم في إقليم هلمند.", "AF", in("هلمند"));
        assertThat(l.name()).isNotEqualTo("Helmand");
        assertThat(l.admin1()).isNull();
    }

    @Test
    void aNameWithAnotherCommonReadingIsAProvinceOnlyAfterItsGenericWord() {
        assertThat(Provinces.isProvince("ديالى", "IQ")).isTrue();
        assertThat(Provinces.isProvince("ديالى", null)).isTrue();
        // «بحجة»: by the pretext; «محافظة حجة» is found by its generic word, not as a bare name
        assertThat(Provinces.isProvince("حجة", "YE")).isFalse();
        assertThat(Provinces.isProvince("مسيلة", "DZ")).isFalse();
        // a province of another country than the article's is no bare name: «جنين» is Jenin in news of Palestine
        assertThat(Provinces.isProvince("ديالى", "SY")).isFalse();
    }
}
