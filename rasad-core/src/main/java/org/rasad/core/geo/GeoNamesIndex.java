package org.rasad.core.geo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The on-disk gazetteer ({@link IndexLayout}), memory-mapped: opening it costs a map and a header
 * check, and the operating system pages in only what lookups touch. Immutable and thread-safe (only
 * absolute reads of the mapped buffer). The mapping stays valid when an import replaces the file,
 * because the import moves a new file into place instead of writing over this one.
 */
public final class GeoNamesIndex implements Gazetteer {

    private final ByteBuffer buf;
    private final int places;
    private final int keys;
    private final int countries;
    private final int keysAt;
    private final int postingsAt;
    private final int countriesAt;
    private final int stringsAt;

    private GeoNamesIndex(ByteBuffer buf, String file) {
        this.buf = buf;
        byte[] magic = new byte[IndexLayout.MAGIC.length];
        if (buf.capacity() < IndexLayout.HEADER || !Arrays.equals(magic(buf, magic), IndexLayout.MAGIC)) {
            throw damaged(file);
        }
        places = buf.getInt(8);
        keys = buf.getInt(12);
        countries = buf.getInt(16);
        keysAt = buf.getInt(20);
        postingsAt = buf.getInt(24);
        countriesAt = buf.getInt(28);
        stringsAt = buf.getInt(32);
        if (places < 0 || keys < 0 || countries < 0 || keysAt != IndexLayout.HEADER + (long) places * IndexLayout.PLACE
                || postingsAt != keysAt + (long) keys * IndexLayout.KEY || countriesAt < postingsAt
                || stringsAt != countriesAt + (long) countries * IndexLayout.COUNTRY || stringsAt > buf.capacity()) {
            throw damaged(file);
        }
    }

    private static byte[] magic(ByteBuffer buf, byte[] into) {
        buf.get(0, into);
        return into;
    }

    public static GeoNamesIndex open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw damaged(file.toString());
            }
            return new GeoNamesIndex(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()), file.toString());
        }
    }

    private static GazetteerFormatException damaged(String file) {
        return new GazetteerFormatException(file + " is not a Rasad gazetteer index or is damaged;"
                + " rebuild it with 'rasad gazetteer import FILE...' (see README, Gazetteer)");
    }

    @Override
    public List<Place> lookup(String key) {
        byte[] q = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = keys - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(q, buf.getInt(keysAt + mid * IndexLayout.KEY));
            if (c == 0) {
                return postings(buf.getInt(keysAt + mid * IndexLayout.KEY + 4));
            } else if (c < 0) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return List.of();
    }

    @Override
    public int size() {
        return places;
    }

    @Override
    public Optional<Place> nearest(double lat, double lon, String country) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        double cos = Math.cos(Math.toRadians(lat));
        for (int i = 0; i < places; i++) {
            int at = IndexLayout.HEADER + i * IndexLayout.PLACE;
            if (buf.get(at + 46) != 'P' || buf.get(at + 44) != country.charAt(0) || buf.get(at + 45) != country.charAt(1)) {
                continue;
            }
            double dy = buf.getFloat(at + 8) - lat;
            double dx = (buf.getFloat(at + 12) - lon) * cos;
            double d = dx * dx + dy * dy;  // equirectangular: ranks neighbours correctly at these distances
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(place(best));
    }

    @Override
    public Optional<Bounds> bounds(String country) {
        for (int i = 0; i < countries; i++) {
            int at = countriesAt + i * IndexLayout.COUNTRY;
            if (buf.get(at) == country.charAt(0) && buf.get(at + 1) == country.charAt(1)) {
                return Optional.of(new Bounds(buf.getFloat(at + 2), buf.getFloat(at + 6), buf.getFloat(at + 10),
                        buf.getFloat(at + 14)));
            }
        }
        return Optional.empty();
    }

    /** Every place with its keys, to rebuild the index with more dumps added. */
    public List<GazetteerEntry> entries() {
        Map<Integer, Set<String>> byPlace = new HashMap<>();
        for (int k = 0; k < keys; k++) {
            String key = string(buf.getInt(keysAt + k * IndexLayout.KEY));
            int at = postingsAt + buf.getInt(keysAt + k * IndexLayout.KEY + 4);
            for (int j = 0, n = buf.getInt(at); j < n; j++) {
                byPlace.computeIfAbsent(buf.getInt(at + 4 + 4 * j), x -> new HashSet<>()).add(key);
            }
        }
        List<GazetteerEntry> out = new ArrayList<>(places);
        for (int i = 0; i < places; i++) {
            out.add(new GazetteerEntry(place(i), byPlace.getOrDefault(i, Set.of())));
        }
        return out;
    }

    private List<Place> postings(int ref) {
        int at = postingsAt + ref;
        int n = buf.getInt(at);
        List<Place> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(place(buf.getInt(at + 4 + 4 * j)));
        }
        return out;
    }

    private Place place(int i) {
        int at = IndexLayout.HEADER + i * IndexLayout.PLACE;
        String cc = new String(new byte[] {buf.get(at + 44), buf.get(at + 45)}, StandardCharsets.US_ASCII).strip();
        return new Place(buf.getLong(at), string(buf.getInt(at + 24)), string(buf.getInt(at + 28)), degrees(buf.getFloat(at + 8)),
                degrees(buf.getFloat(at + 12)), (char) buf.get(at + 46), string(buf.getInt(at + 32)), cc,
                string(buf.getInt(at + 36)), string(buf.getInt(at + 40)), buf.getLong(at + 16));
    }

    /** Floats keep about a metre; rounding to five decimals hides the binary noise of the widening. */
    private static double degrees(float f) {
        return Math.round(f * 1e5) / 1e5;
    }

    private String string(int ref) {
        if (ref < 0) {
            return null;
        }
        int at = stringsAt + ref;
        int len = buf.getShort(at) & 0xFFFF;
        byte[] b = new byte[len];
        buf.get(at + 2, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Unsigned byte order, the order the writer sorted the keys in. */
    private int compare(byte[] q, int ref) {
        int at = stringsAt + ref;
        int len = buf.getShort(at) & 0xFFFF;
        for (int i = 0, n = Math.min(q.length, len); i < n; i++) {
            int c = Integer.compare(q[i] & 0xFF, buf.get(at + 2 + i) & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(q.length, len);
    }
}
