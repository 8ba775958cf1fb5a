package org.rasad.core.geo;

/**
 * The binary layout of a gazetteer index file, shared by {@link GeoNamesIndexWriter} and
 * {@link GeoNamesIndex}. Big-endian, as {@code DataOutputStream} writes.
 *
 * <pre>
 * header     magic "RASADGZ1", int places, int keys, int countries,
 *            int keysAt, int postingsAt, int countriesAt, int stringsAt          (36 bytes)
 * places     48 bytes each: long geonameid, float lat, float lon, long population,
 *            int name, int nameAr, int featureCode, int admin1Code, int admin1,
 *            2 ASCII bytes country, byte feature class, byte unused
 * keys       8 bytes each, sorted by their UTF-8 bytes (unsigned): int key, int postings
 * postings   per key: int count, then count ints, each a place's position in the places table
 * countries  18 bytes each: 2 ASCII bytes iso2, float minLat, maxLat, minLon, maxLon
 * strings    unsigned short length, then that many UTF-8 bytes
 * </pre>
 * String fields hold an offset from {@code stringsAt}, or -1 for null. Posting references are offsets
 * from {@code postingsAt}. A lookup is a binary search over the keys that compares raw bytes, so
 * opening the file is a memory map and nothing more.
 */
final class IndexLayout {

    static final byte[] MAGIC = {'R', 'A', 'S', 'A', 'D', 'G', 'Z', '1'};
    static final int HEADER = 36;
    static final int PLACE = 48;
    static final int KEY = 8;
    static final int COUNTRY = 18;

    private IndexLayout() {
    }
}
