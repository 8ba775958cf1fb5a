package org.rasad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rasad.core.geo.GeocoderTest.place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.dict.DictionaryException;
import org.rasad.core.dict.TsvReader;

/** The bundled supplement of small places and how it sits beside the GeoNames index. */
class SupplementaryPlacesTest {

    @Test
    void bundledFileLoadsAndEveryPlaceIsFoundByItsArabicAndLatinNames() {
        Gazetteer g = SupplementaryPlaces.bundled();
        assertThat(g.size()).isGreaterThan(0);
        assertThat(g.find("تمسة")).extracting(Place::country).containsExactly("LY");
        assertThat(g.find("تمسه")).hasSize(1);
        assertThat(g.find("Tmassah")).hasSize(1);
        assertThat(g.find("أم الأرانب")).extracting(Place::name).containsExactly("Umm al Aranib");
    }

    @Test
    void aGeoNamesTownWithoutItsArabicNameIsFoundByItWithItsSizeAndSeat() {
        // cities500 has El Fasher with no Arabic name: the supplement gives it, with GeoNames' own figures
        Place fasher = SupplementaryPlaces.bundled().find("الفاشر").get(0);
        assertThat(fasher.country()).isEqualTo("SD");
        assertThat(fasher.featureCode()).isEqualTo("PPLA");
        assertThat(fasher.population()).isGreaterThan(100_000);
        // big enough to be named bare («في الفاشر») in an article about Sudan
        assertThat(new GazetteerKnownPlaces(SupplementaryPlaces.bundled()).isPlace("الفاشر", "SD")).isTrue();
    }

    @Test
    void supplementaryIdsNeverCollideWithGeoNamesIds() {
        assertThat(SupplementaryPlaces.bundled().find("تمسة").get(0).geonameid()).isNegative();
    }

    @Test
    void mainPlaceWinsOverTheSamePlaceInTheSupplement() {
        Place main = place(100, "Tmassah", "تمسة", 26.37, 15.80, "LY", 1000);
        Gazetteer layered = SupplementaryPlaces.over(InMemoryGazetteer.of(main));
        assertThat(layered.find("تمسة")).containsExactly(main);
    }

    @Test
    void namesakeFarAwayIsKeptBesideTheMainPlace() {
        Place elsewhere = place(101, "Tmassah", "تمسة", 32.0, 12.0, "LY", 1000);
        assertThat(SupplementaryPlaces.over(InMemoryGazetteer.of(elsewhere)).find("تمسة")).hasSize(2);
    }

    @TempDir
    Path dir;

    private List<TsvReader.Row> rows(String tsv) throws IOException {
        Path f = Files.writeString(dir.resolve("test.tsv"), tsv);
        return TsvReader.file(f, 7);
    }

    @Test
    void rowWithoutASourceIsRejectedWithItsLine() throws IOException {
        List<TsvReader.Row> rows = rows("# header\nقرية\tQarya\t26.0\t15.0\tLY\t\tP\t\n");
        assertThatThrownBy(() -> SupplementaryPlaces.read(rows)).isInstanceOf(DictionaryException.class)
                .hasMessageContaining("test.tsv:2");
    }

    @Test
    void rowWithCoordinatesOutOfRangeIsRejectedWithItsLine() throws IOException {
        List<TsvReader.Row> rows = rows("قرية\tQarya\t126.0\t15.0\tLY\t\tP\tsome map\n");
        assertThatThrownBy(() -> SupplementaryPlaces.read(rows)).isInstanceOf(DictionaryException.class)
                .hasMessageContaining("test.tsv:1").hasMessageContaining("126.0");
    }
}
