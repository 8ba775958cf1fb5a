package org.rasad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.geo.GeocoderTest.place;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;

/**
 * Places the gazetteer does not know as written: the fuller form the article gives elsewhere, a spelling
 * variant, and the country the place's own sentence names. Fictional sentences, a small gazetteer.
 */
class UnknownPlaceTest {

    static final Place UMM_KHAYL = place(11, "Umm al Khayl", "أم الخيل", 26.5, 15.2, "LY", 900);
    static final Place SABHA = place(3, "Sabha", "سبها", 27.04, 14.43, "LY", 130000);
    static final Place MARKA = place(12, "Marka", "مركة", 1.72, 44.77, "SO", 230000);
    static final Place KHAYL_SY = place(13, "Al Khayl", "الخيل", 35.0, 37.0, "SY", 700);

    final Geocoder geocoder = new Geocoder(InMemoryGazetteer.of(UMM_KHAYL, SABHA, MARKA, KHAYL_SY));

    @Test
    void shortenedNameTakesTheFullerFormTheArticleWritesElsewhere() {
        String text = "هاجم التنظيم دورية لكتيبة شهداء أم الخيل.\nوكان قد فجر عبوة في مقر بلدة الخيل.";
        Location l = geocode(text, "LY", "الخيل", text.lastIndexOf("الخيل"));
        assertThat(l.lat()).isEqualTo(UMM_KHAYL.lat());
        assertThat(l.country()).isEqualTo("LY");
        assertThat(l.geoPrecision()).isEqualTo(1);
    }

    @Test
    void shortenedNameWithoutAFullerFormStaysUnknownAndIsNeverPlacedAtAForeignNamesake() {
        String text = "فجر التنظيم عبوة في مقر بلدة الخيل.";
        Location l = geocode(text, "LY", "الخيل", text.indexOf("الخيل"));
        assertThat(l.country()).isEqualTo("LY");
        assertThat(l.geoPrecision()).isEqualTo(3);
    }

    @Test
    void finalAlefFindsTheNameGeoNamesWritesWithTehMarbuta() {
        String text = "انفجار في سوق مركا جنوب مقديشو.";
        Location l = geocode(text, "SO", "مركا", text.indexOf("مركا"));
        assertThat(l.lat()).isEqualTo(MARKA.lat());
        assertThat(l.geoPrecision()).isEqualTo(1);
    }

    @Test
    void unknownPlaceTakesTheCountryItsSentenceNames() {
        String text = "تخوض ليبيا حربا على الإرهاب.\nويخوض التنظيم معركة مع قوات سوريا الديمقراطية في منطقة غويران.";
        Location l = geocode(text, "LY", "غويران", text.indexOf("غويران"));
        assertThat(l.country()).isEqualTo("SY");
        assertThat(l.geoPrecision()).isEqualTo(3);
        assertThat(l.lon()).isGreaterThan(35.0);
    }

    @Test
    void sentenceThatAlsoNamesTheArticlesCountryKeepsIt() {
        String text = "نقل سجناء من سوريا إلى ليبيا عبر منطقة غويران.";
        assertThat(geocode(text, "LY", "غويران", text.indexOf("غويران")).country()).isEqualTo("LY");
        String adjective = "قتل جنود ليبيون في منطقة غويران بعد عودتهما من سوريا.";
        assertThat(geocode(adjective, "LY", "غويران", adjective.indexOf("غويران")).country()).isEqualTo("LY");
    }

    @Test
    void neighbourNamedAsABorderIsNotThePlacesCountry() {
        String text = "انفجرت عبوة في منطقة الدغرة القريبة من الحدود مع الجزائر.";
        assertThat(geocode(text, "TN", "الدغرة", text.indexOf("الدغرة")).country()).isEqualTo("TN");
    }

    @Test
    void nationalityAdjectiveRightAfterThePlaceNamesItsCountry() {
        String text = "غارة على بلدة كفرون اللبنانية.";
        assertThat(geocode(text, "SY", "كفرون", text.indexOf("كفرون")).country()).isEqualTo("LB");
    }

    @Test
    void nationalityAdjectiveOfPeopleElsewhereInTheSentenceIsNotThePlacesCountry() {
        String text = "قتل جنود أمريكيون في هجوم على قاعدة كفرون.";
        assertThat(geocode(text, "IQ", "كفرون", text.indexOf("كفرون")).country()).isEqualTo("IQ");
    }

    private Location geocode(String text, String country, String name, int at) {
        Location l = new Location(name, name, null, null, country, null, 1, "in", null, null, null,
                new Evidence(at, at + name.length(), name));
        GeoContext ctx = geocoder.context(country, List.of(l), text);
        return geocoder.geocode(l, ctx);
    }
}
