package org.rasad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;

/** One test per placement rule, on fictional sentences and a small in-memory gazetteer. */
class GeocoderTest {

    static final Place QATRUN = place(1, "Al Qatrun", "القطرون", 24.95, 14.65, "LY", 4500);
    static final Place MURZUQ = place(2, "Murzuq", "مرزق", 25.92, 13.92, "LY", 43000);
    static final Place SABHA = place(3, "Sabha", "سبها", 27.04, 14.43, "LY", 130000);
    static final Place TRIPOLI = place(4, "Tripoli", "طرابلس", 32.89, 13.19, "LY", 1_150_000);
    static final Place ZAWIYA_LY = place(5, "Az Zawiyah", "الزاوية", 32.76, 12.73, "LY", 200000);
    static final Place ZAWIYA_SY = place(6, "Az Zawiyah", "الزاوية", 35.10, 36.50, "SY", 3000);
    static final Place HAMRA_SY = place(7, "Tall al Hamra", "تل الحمرا", 36.40, 40.10, "SY", 900);
    static final Place WADI_LY_NORTH = place(8, "Al Wadi", "الوادي", 32.50, 13.00, "LY", 800);
    static final Place WADI_LY_SOUTH = place(9, "Al Wadi", "الوادي", 25.80, 14.10, "LY", 600);
    static final Place JENIN = place(10, "Janin", "جنين", 32.46, 35.30, "PS", 40000);
    /** A district seat GeoNames counts no people in. */
    static final Place QAMISHLI = new Place(11, "Al Qamishli", "القامشلي", 37.05, 41.23, 'P', "PPLA2", "SY", "08", "Al Hasakah", 0);

    final Geocoder geocoder = new Geocoder(InMemoryGazetteer.of(QATRUN, MURZUQ, SABHA, TRIPOLI, ZAWIYA_LY, ZAWIYA_SY,
            HAMRA_SY, WADI_LY_NORTH, WADI_LY_SOUTH, JENIN, QAMISHLI));

    @Test
    void townNamedInTheTextIsPlacedAtItWithPrecisionOne() {
        Location l = geocode("قتل جنديان في القطرون أمس.", "LY", in("القطرون"));
        assertAt(l, QATRUN, 1);
        assertThat(l.country()).isEqualTo("LY");
        assertThat(l.name()).isEqualTo("Al Qatrun");
    }

    @Test
    void sameNameInTwoCountriesFollowsTheArticlesCountry() {
        String text = "اشتباكات في الزاوية.";
        assertAt(geocode(text, "LY", in("الزاوية")), ZAWIYA_LY, 1);
        assertAt(geocode(text, "SY", in("الزاوية")), ZAWIYA_SY, 1);
    }

    @Test
    void libyanVillageMissingFromTheGazetteerIsNeverPlacedAtASyrianNamesake() {
        Location l = geocode("هجوم على بلدة تل الحمرا في الصحراء.", "LY", in("تل الحمرا"));
        assertThat(l.country()).isEqualTo("LY");
        assertThat(l.geoPrecision()).isEqualTo(3);
        assertThat(l.lat()).isBetween(20.0, 33.0);
    }

    @Test
    void aCountryRightAfterAnUnknownPlaceIsItsCountryWhateverTheActorsNationality() {
        // the Turkish ministry's adjective does not put Metina in Turkey: «شمالي العراق» follows the place
        Location l = geocode("أعلنت وزارة الدفاع التركية تحييد 11 عنصرا في غارات جوية على منطقة متينا شمالي العراق.", "TR",
                in("متينا"));
        assertThat(l.country()).isEqualTo("IQ");
        assertThat(l.geoPrecision()).isEqualTo(3);
    }

    @Test
    void foreignPlaceIsTakenWhenTheSentenceNamesItsCountry() {
        Location l = geocode("فر سجناء من تل الحمرا في سوريا.", "LY", in("تل الحمرا"));
        assertAt(l, HAMRA_SY, 1);
        assertThat(l.country()).isEqualTo("SY");
    }

    @Test
    void theIsraeliArmyInTheWestBankIsPlacedInPalestine() {
        // the article's country comes from its actors (Israel); its town is in the territory the two share news of
        Location l = geocode("استشهد شاب برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مدينة جنين.", "IL", in("جنين"));
        assertAt(l, JENIN, 1);
        assertThat(l.country()).isEqualTo("PS");
        // a Libyan article does not reach into Palestine for a name it lacks
        assertThat(geocode("اشتباكات في جنين.", "LY", in("جنين")).geoPrecision()).isEqualTo(3);
    }

    @Test
    void namesakeNearTheArticlesOtherPlacesWins() {
        String text = "غارة على الوادي قرب مرزق.";
        Location wadi = in("الوادي", text);
        Location murzuq = near("مرزق", text);
        GeoContext ctx = geocoder.context("LY", List.of(wadi, murzuq), text);
        assertAt(geocoder.geocode(wadi, ctx), WADI_LY_SOUTH, 1);
    }

    @Test
    void nearPhraseGivesTheTownWithPrecisionTwo() {
        assertAt(geocode("اشتباكات بالقرب من القطرون.", "LY", near("القطرون")), QATRUN, 2);
    }

    @Test
    void distanceAndDirectionFromAKnownTownGiveAnOffsetPoint() {
        String text = "هجوم بالقرب من جبل النسر غرب القطرون بحوالي 80 كيلومترا.";
        Location l = geocode(text, "LY", offset("جبل النسر", "القطرون", 270, 80.0, text));
        assertThat(l.geoPrecision()).isEqualTo(2);
        assertThat(Geo.distanceKm(QATRUN.lat(), QATRUN.lon(), l.lat(), l.lon())).isBetween(79.0, 81.0);
        assertThat(l.lon()).isLessThan(QATRUN.lon());
        assertThat(l.lat()).isCloseTo(QATRUN.lat(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(l.admin1()).isNotNull();
        assertThat(l.name()).isEqualTo("جبل النسر");
    }

    @Test
    void directionWithoutDistanceGivesTheAnchorWithPrecisionTwo() {
        String text = "معارك في جبل النسر جنوبي القطرون.";
        Location l = geocode(text, "LY", offset("جبل النسر", "القطرون", 180, null, text));
        assertAt(l, QATRUN, 2);
        assertThat(l.name()).isEqualTo("جبل النسر");
        // «جنوب القطرون»: somewhere south of the town, coded at the town under its name
        String near = "معارك جنوب القطرون.";
        assertThat(geocode(near, "LY", offset("القطرون", "القطرون", 180, null, near)).name()).isEqualTo("Al Qatrun");
    }

    @Test
    void betweenTwoKnownTownsGivesTheMidpoint() {
        String text = "كمين بين مرزق والقطرون.";
        Location l = geocode(text, "LY", between("مرزق", "القطرون", text));
        assertThat(l.geoPrecision()).isEqualTo(2);
        assertThat(l.lat()).isCloseTo((MURZUQ.lat() + QATRUN.lat()) / 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(l.lon()).isCloseTo((MURZUQ.lon() + QATRUN.lon()) / 2, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void betweenAnUnknownAndAKnownTownGivesTheKnownOne() {
        String text = "كمين بين منطقتي مجدول والقطرون.";
        assertAt(geocode(text, "LY", between("مجدول", "القطرون", text)), QATRUN, 2);
    }

    @Test
    void regionOnlyGivesAPointInThatPartOfTheCountry() {
        String text = "تنشط العصابات في جنوب ليبيا.";
        Location l = geocode(text, "LY", region("جنوب ليبيا", 180, text));
        assertThat(l.geoPrecision()).isEqualTo(3);
        assertThat(l.country()).isEqualTo("LY");
        assertThat(l.lat()).isLessThan(26.3351).isGreaterThan(QATRUN.lat() - 1);
    }

    @Test
    void regionWithoutCountryUsesTheArticlesCountry() {
        String text = "تنشط الجماعات في الجنوب الغربي.";
        Location l = geocode(text, "LY", region("الجنوب الغربي", 225, text));
        assertThat(l.country()).isEqualTo("LY");
        assertThat(l.lat()).isLessThan(26.3351);
        assertThat(l.lon()).isLessThan(17.2283);
    }

    @Test
    void centreOfTheCountryForCentralRegion() {
        String text = "في وسط البلاد.";
        Location l = geocode(text, "LY", region("وسط البلاد", -1, text));
        assertThat(l.lat()).isEqualTo(26.3351);
        assertThat(l.geoPrecision()).isEqualTo(3);
    }

    @Test
    void unknownDistrictTakesTheTownNamedBesideItInTheSentence() {
        Location l = geocode("غارة استهدفت منزلا في حي القلعة بمرزق.", "LY", in("حي القلعة"));
        assertAt(l, MURZUQ, 2);
        assertThat(l.name()).isEqualTo("حي القلعة");
    }

    @Test
    void unknownPlaceNamedAgainElsewhereTakesTheAnchorOfThatMention() {
        String text = "هجوم إرهابي بجبل النسر.\nوقعت مواجهات بمنطقة جبل النسر قرب بلدة القطرون.";
        assertAt(geocode(text, "LY", in("جبل النسر", text)), QATRUN, 2);
    }

    @Test
    void unknownPlaceWithNothingAroundItGetsTheCountryCentre() {
        Location l = geocode("انفجار في بلدة الأرانب.", "LY", in("الأرانب"));
        assertThat(l.geoPrecision()).isEqualTo(3);
        assertThat(l.country()).isEqualTo("LY");
        assertThat(l.admin1()).isNull();
    }

    @Test
    void articleCountryComesFromItsPlacesWhenExtractionNamedAnotherOne() {
        String text = "أعلنت القيادة الأمريكية ضربة جوية قرب مرزق في ليبيا.";
        Location l = geocode(text, "US", near("مرزق", text));
        assertAt(l, MURZUQ, 2);
        assertThat(l.country()).isEqualTo("LY");
    }

    @Test
    void aCityOfOneCountryOnlyPlacesAnArticleThatNamesNoCountryOfItsPlaces() {
        // the article names the state that struck (extraction said the US), not the country of the city
        String text = "أعلنت القيادة الأمريكية ضربة جوية قرب سبها.";
        Location l = geocode(text, "US", near("سبها", text));
        assertAt(l, SABHA, 2);
        assertThat(l.country()).isEqualTo("LY");
        // nor is a seat with no population counted: a Turkish drone over Qamishli struck in Syria
        Location seat = geocode("غارة لطائرة مسيرة تركية على مدينة القامشلي.", "TR", in("القامشلي"));
        assertAt(seat, QAMISHLI, 1);
        assertThat(seat.country()).isEqualTo("SY");
        // a village is no such evidence: it is left to the article's country
        Location village = geocode("هجوم على بلدة تل الحمرا في الصحراء.", "LY", in("تل الحمرا"));
        assertThat(village.country()).isEqualTo("LY");
    }

    @Test
    void cliticBeforeTheNameIsIgnored() {
        assertAt(geocode("قصف بسبها.", "LY", in("بسبها")), SABHA, 1);
    }

    @Test
    void alreadyPlacedLocationIsLeftAlone() {
        Location placed = new Location("x", "x", 1.0, 2.0, "LY", null, 1, "in", null, null, null, null);
        assertThat(geocoder.geocode(placed, GeoContext.none())).isSameAs(placed);
        assertThat(geocoder.geocode(null, GeoContext.none())).isNull();
    }

    // ---------------------------------------------------------------- helpers

    private Location geocode(String text, String country, Location l) {
        Location withText = l.evidence() == null ? at(l, text) : l;
        Location stated = new Location(withText.name(), withText.nameAr(), null, null, country, null, withText.geoPrecision(),
                withText.relation(), withText.anchorAr(), withText.bearing(), withText.distanceKm(), withText.evidence());
        GeoContext ctx = geocoder.context(country, List.of(stated), text);
        return geocoder.geocode(stated, ctx);
    }

    private static Location at(Location l, String text) {
        return new Location(l.name(), l.nameAr(), null, null, l.country(), null, l.geoPrecision(), l.relation(), l.anchorAr(),
                l.bearing(), l.distanceKm(), evidence(text, l.nameAr()));
    }

    private static Evidence evidence(String text, String name) {
        int i = text.indexOf(name);
        return i < 0 ? null : new Evidence(i, i + name.length(), name);
    }

    static Location in(String name) {
        return new Location(name, name, null, null, null, null, 1, "in", null, null, null, null);
    }

    static Location in(String name, String text) {
        return at(in(name), text);
    }

    static Location near(String name) {
        return new Location(name, name, null, null, null, null, 2, "near", null, null, null, null);
    }

    static Location near(String name, String text) {
        return at(near(name), text);
    }

    static Location offset(String name, String anchor, int bearing, Double km, String text) {
        return new Location(name, name, null, null, null, null, 2, "offset", anchor, bearing, km, evidence(text, name));
    }

    static Location between(String name, String other, String text) {
        return new Location(name, name, null, null, null, null, 2, "between", other, null, null, evidence(text, name));
    }

    static Location region(String words, int bearing, String text) {
        return new Location(words, words, null, null, null, null, 3, "region", null, bearing, null, evidence(text, words));
    }

    private static void assertAt(Location l, Place p, int precision) {
        assertThat(l.lat()).as("lat of " + l.nameAr()).isEqualTo(p.lat());
        assertThat(l.lon()).as("lon of " + l.nameAr()).isEqualTo(p.lon());
        assertThat(l.geoPrecision()).as("precision of " + l.nameAr()).isEqualTo(precision);
        assertThat(l.country()).isEqualTo(p.country());
    }

    static Place place(long id, String name, String ar, double lat, double lon, String cc, long population) {
        return new Place(id, name, ar, lat, lon, 'P', "PPL", cc, "01", "Province of " + name, population);
    }

    @Test
    void aPlaceTheGazetteerLacksInsideATownNamedWithItIsAtThatTown() {
        // «في حي الضمان بسبها»: the quarter is unknown; the town that holds it places it, with precision 2
        String text = "انفجار في حي الضمان بسبها أمس.";
        Location quarter = new Location("الضمان", "الضمان", null, null, null, null, 1, "in", "سبها", null, null,
                new Evidence(text.indexOf("الضمان"), text.indexOf("الضمان") + 6, "الضمان"));
        Location l = geocode(text, "LY", quarter);
        assertAt(l, SABHA, 2);
        assertThat(l.name()).isEqualTo("الضمان");
    }

    @Test
    void aCountryNameAfterADivisionWordNamesTheDivision() {
        // «بولاية النيجر وسط نيجيريا»: Niger State; the place is in Nigeria, not in the country Niger
        String text = "قتل 12 شخصا في قرية قرب مدينة تل الحمرا بولاية النيجر وسط نيجيريا.";
        Location l = geocode(text, "NG", in("تل الحمرا", text));
        assertThat(l.country()).isEqualTo("NG");
        // a seat of another country that shares a name with a Nigerian village does not move an article that names
        // Nigeria by its name
        String seat = "قتل 12 شخصا في قرية القامشلي وسط نيجيريا.";
        assertThat(geocode(seat, "NG", in("القامشلي", seat)).country()).isEqualTo("NG");
    }

    @Test
    void withNoCountryKnownAVillageAbroadIsNotTakenOnItsNameAlone() {
        Place remich = new Place(30, "Remich", "رميش", 49.54, 6.37, 'P', "PPL", "LU", "", null, 3000);
        Geocoder g = new Geocoder(InMemoryGazetteer.of(remich, TRIPOLI));
        String text = "استشهد مواطنان في غارة على بلدة رميش.";
        Location l = in("رميش", text);
        assertThat(g.geocode(l, g.context(null, List.of(l), text)).lat()).isNull();
        // a capital or a great city still is
        String big = "انفجار في طرابلس.";
        Location t = in("طرابلس", big);
        assertThat(g.geocode(t, g.context(null, List.of(t), big)).country()).isEqualTo("LY");
    }
}
