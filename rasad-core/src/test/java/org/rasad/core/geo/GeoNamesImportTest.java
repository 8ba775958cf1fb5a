package org.rasad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import of small GeoNames dumps written by the tests themselves (never the network). */
class GeoNamesImportTest {

    static final String QATRUN = row(2219739, "Al Qaţrūn", "Al Qatrun", "Al Gatrun,El Gatrun,القطرون,Катрун",
            24.95139, 14.64861, "PPL", "LY", "73", 4500);
    static final String MURZUQ = row(2214603, "Murzuq", "Murzuq", "Marzuq,مرزق", 25.91552, 13.91839, "PPLA", "LY", "73", 43732);
    static final String ZAWIYA_SY = row(900001, "Az Zawiyah", "Az Zawiyah", "الزاوية", 35.1, 36.5, "PPL", "SY", "12", 3000);

    @TempDir
    Path dir;

    @Test
    void mainTableIsIndexedUnderEveryArabicAndLatinName() throws IOException {
        GeoNamesIndex gz = importLines("cities500.txt", QATRUN, MURZUQ, ZAWIYA_SY);
        assertThat(gz.size()).isEqualTo(3);
        Place q = only(gz.find("القطرون"));
        assertThat(q.name()).isEqualTo("Al Qaţrūn");
        assertThat(q.nameAr()).isEqualTo("القطرون");
        assertThat(q.lat()).isEqualTo(24.95139);
        assertThat(q.country()).isEqualTo("LY");
        assertThat(q.population()).isEqualTo(4500);
        assertThat(only(gz.find("Al Qatrun")).geonameid()).isEqualTo(2219739);
        assertThat(only(gz.find("gatrun")).geonameid()).isEqualTo(2219739);
        assertThat(gz.find("Катрун")).as("Cyrillic names are not indexed").isEmpty();
        assertThat(only(gz.find("بمرزق")).name()).isEqualTo("Murzuq");
    }

    @Test
    void admin1IsTheSeatsNameWithoutACodesFileAndTheOfficialNameWithIt() throws IOException {
        assertThat(only(importLines("cities500.txt", QATRUN, MURZUQ).find("القطرون")).admin1()).isEqualTo("Murzuq");
        Path codes = write("admin1CodesASCII.txt", "LY.73\tMurzuq District\tMurzuq District\t2214604");
        GeoNamesImporter.importFiles(index(), List.of(codes), false);
        assertThat(only(GeoNamesIndex.open(index()).find("القطرون")).admin1()).isEqualTo("Murzuq District");
    }

    @Test
    void aTerritoryUnderOneCodeIsNotNamedAfterItsOnlySeat() throws IOException {
        // cities500 has one seat in the West Bank's single code: Jericho must not name Jenin's division
        String jericho = row(282457, "Jericho", "Jericho", "أريحا", 31.86667, 35.45, "PPLA", "PS", "WE", 19783);
        String jenin = row(293842, "Jenin", "Jenin", "جنين", 32.46087, 35.29613, "PPL", "PS", "WE", 34730);
        assertThat(only(importLines("cities500.txt", jericho, jenin).find("جنين")).admin1()).isEqualTo("West Bank");
    }

    @Test
    void importAddsToTheExistingIndex() throws IOException {
        importLines("cities500.txt", QATRUN);
        Path ly = write("LY.txt", MURZUQ);
        GeoNamesImporter.importFiles(index(), List.of(ly), false);
        GeoNamesIndex gz = GeoNamesIndex.open(index());
        assertThat(gz.size()).isEqualTo(2);
        assertThat(gz.find("القطرون")).hasSize(1);
        assertThat(gz.find("مرزق")).hasSize(1);
    }

    @Test
    void alternateNamesAddArabicNames() throws IOException {
        importLines("cities500.txt", row(2210247, "Tripoli", "Tripoli", "", 32.88743, 13.18733, "PPLC", "LY", "77", 1150989));
        Path alt = write("alternateNamesV2.txt", "1\t2210247\tar\tطرابلس\t1\t\t\t\t\t", "2\t2210247\tlink\thttps://x\t\t\t\t\t\t");
        GeoNamesImporter.importFiles(index(), List.of(alt), false);
        Place t = only(GeoNamesIndex.open(index()).find("طرابلس"));
        assertThat(t.nameAr()).isEqualTo("طرابلس");
    }

    @Test
    void zippedCountryFileIsRead() throws IOException {
        Path zip = dir.resolve("LY.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("about".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("LY.txt"));
            z.write((QATRUN + "\n").getBytes(StandardCharsets.UTF_8));
        }
        GeoNamesImporter.importFiles(index(), List.of(zip), false);
        assertThat(GeoNamesIndex.open(index()).find("القطرون")).hasSize(1);
    }

    @Test
    void truncatedDumpNamesTheLineAndKeepsThePreviousIndex() throws IOException {
        importLines("cities500.txt", QATRUN);
        GeoNamesIndex before = GeoNamesIndex.open(index());
        Path bad = write("LY.txt", MURZUQ, ZAWIYA_SY.substring(0, 40));
        assertThatThrownBy(() -> GeoNamesImporter.importFiles(index(), List.of(bad), false))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("LY.txt line 2").hasMessageContaining("19 tab-separated columns, found 5");
        assertThat(GeoNamesIndex.open(index()).size()).isEqualTo(1);
        assertThat(before.find("القطرون")).hasSize(1);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void lineCutInItsLastColumnIsCaught() {
        Path bad = write("LY.txt", QATRUN, MURZUQ.substring(0, MURZUQ.length() - 4));
        assertThatThrownBy(() -> GeoNamesImporter.importFiles(index(), List.of(bad), false))
                .hasMessageContaining("LY.txt line 2: bad modification date");
    }

    @Test
    void badCoordinateIsNamed() {
        Path bad = write("LY.txt", QATRUN.replace("24.95139", "249.5139"));
        assertThatThrownBy(() -> GeoNamesImporter.importFiles(index(), List.of(bad), false))
                .hasMessageContaining("LY.txt line 1: bad latitude «249.5139»");
    }

    @Test
    void bytesThatAreNotUtf8AreNamed() throws IOException {
        Path bad = dir.resolve("LY.txt");
        try (OutputStream out = Files.newOutputStream(bad)) {
            out.write((QATRUN + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        }
        assertThatThrownBy(() -> GeoNamesImporter.importFiles(index(), List.of(bad), false))
                .hasMessageContaining("LY.txt line 2: not UTF-8");
    }

    @Test
    void damagedIndexSaysHowToRebuildIt() throws IOException {
        Files.writeString(index(), "RASADGZ1 but then nothing sensible at all, just text.....");
        assertThatThrownBy(() -> GeoNamesIndex.open(index())).isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("rasad gazetteer import");
    }

    @Test
    void indexAnswersLikeTheInMemoryGazetteer() throws IOException {
        GeoNamesIndex gz = importLines("cities500.txt", QATRUN, MURZUQ, ZAWIYA_SY);
        InMemoryGazetteer mem = new InMemoryGazetteer(gz.entries());
        for (String name : List.of("القطرون", "مرزق", "الزاوية", "zawiyah", "nowhere")) {
            assertThat(gz.find(name)).as(name).isEqualTo(mem.find(name));
        }
        assertThat(gz.bounds("LY")).isEqualTo(mem.bounds("LY").map(b -> new Gazetteer.Bounds((float) b.minLat(),
                (float) b.maxLat(), (float) b.minLon(), (float) b.maxLon())));
        assertThat(gz.nearest(25.0, 14.5, "LY").map(Place::name)).contains("Al Qaţrūn");
    }

    // ---------------------------------------------------------------- helpers

    private GeoNamesIndex importLines(String file, String... lines) throws IOException {
        GeoNamesImporter.importFiles(index(), List.of(write(file, lines)), false);
        return GeoNamesIndex.open(index());
    }

    private Path index() {
        return dir.resolve("gazetteer.idx");
    }

    private Path write(String name, String... lines) {
        try {
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Place only(List<Place> places) {
        assertThat(places).hasSize(1);
        return places.get(0);
    }

    /** A line of the GeoNames main table: 19 columns. */
    static String row(long id, String name, String ascii, String alternates, double lat, double lon, String code,
                      String cc, String admin1, long population) {
        return String.join("\t", String.valueOf(id), name, ascii, alternates, String.valueOf(lat), String.valueOf(lon), "P",
                code, cc, "", admin1, "", "", "", String.valueOf(population), "", "450", "Africa/Tripoli", "2020-06-10");
    }
}
