package org.rasad.core.geo;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@link IndexLayout} file. It writes a temporary file beside the target and moves it
 * into place atomically, so a reader never sees half an index and a failed import leaves the
 * previous one as it was.
 */
public final class GeoNamesIndexWriter {

    private final Map<String, Integer> strings = new HashMap<>();
    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();

    private GeoNamesIndexWriter() {
    }

    public static void write(List<GazetteerEntry> entries, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                new GeoNamesIndexWriter().writeTo(entries, out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeTo(List<GazetteerEntry> entries, DataOutputStream out) throws IOException {
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<String, Gazetteer.Bounds> countries = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Place p = entries.get(i).place();
            for (String key : entries.get(i).keys()) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            if (p.country().length() == 2) {
                countries.merge(p.country(), Gazetteer.Bounds.of(p.lat(), p.lon()), (a, b) -> a.include(b.minLat(), b.minLon()));
            }
        }
        byte[][] keys = postings.keySet().stream().map(k -> k.getBytes(StandardCharsets.UTF_8))
                .sorted(Arrays::compareUnsigned).toArray(byte[][]::new);

        ByteArrayOutputStream placeBytes = new ByteArrayOutputStream(entries.size() * IndexLayout.PLACE);
        DataOutputStream places = new DataOutputStream(placeBytes);
        for (GazetteerEntry e : entries) {
            Place p = e.place();
            places.writeLong(p.geonameid());
            places.writeFloat((float) p.lat());
            places.writeFloat((float) p.lon());
            places.writeLong(p.population());
            for (String s : new String[] {p.name(), p.nameAr(), p.featureCode(), p.admin1Code(), p.admin1()}) {
                places.writeInt(string(s));
            }
            String cc = p.country().length() == 2 ? p.country() : "  ";
            places.writeByte(cc.charAt(0));
            places.writeByte(cc.charAt(1));
            places.writeByte(p.featureClass());
            places.writeByte(0);
        }
        ByteArrayOutputStream keyBytes = new ByteArrayOutputStream(keys.length * IndexLayout.KEY);
        ByteArrayOutputStream postingBytes = new ByteArrayOutputStream();
        DataOutputStream k = new DataOutputStream(keyBytes);
        DataOutputStream post = new DataOutputStream(postingBytes);
        for (byte[] key : keys) {
            List<Integer> list = postings.get(new String(key, StandardCharsets.UTF_8));
            k.writeInt(string(new String(key, StandardCharsets.UTF_8)));
            k.writeInt(post.size());
            post.writeInt(list.size());
            for (int i : list) {
                post.writeInt(i);
            }
        }
        int keysAt = IndexLayout.HEADER + placeBytes.size();
        int postingsAt = keysAt + keyBytes.size();
        int countriesAt = postingsAt + postingBytes.size();
        long stringsAt = (long) countriesAt + (long) countries.size() * IndexLayout.COUNTRY;
        if (stringsAt + pool.size() > Integer.MAX_VALUE) {
            throw new IOException("the gazetteer index would exceed 2 GB; import country files (LY.txt...) or cities500.txt"
                    + " instead of allCountries.txt");
        }
        out.write(IndexLayout.MAGIC);
        for (int v : new int[] {entries.size(), keys.length, countries.size(), keysAt, postingsAt, countriesAt, (int) stringsAt}) {
            out.writeInt(v);
        }
        placeBytes.writeTo(out);
        keyBytes.writeTo(out);
        postingBytes.writeTo(out);
        for (Map.Entry<String, Gazetteer.Bounds> c : countries.entrySet()) {
            out.writeByte(c.getKey().charAt(0));
            out.writeByte(c.getKey().charAt(1));
            Gazetteer.Bounds b = c.getValue();
            for (double v : new double[] {b.minLat(), b.maxLat(), b.minLon(), b.maxLon()}) {
                out.writeFloat((float) v);
            }
        }
        pool.writeTo(out);
    }

    private int string(String s) {
        if (s == null) {
            return -1;
        }
        return strings.computeIfAbsent(s, x -> {
            byte[] b = x.getBytes(StandardCharsets.UTF_8);
            if (b.length > 0xFFFF) {
                throw new GazetteerFormatException("a name is longer than 64 KB: «" + x.substring(0, 40) + "…»");
            }
            int at = pool.size();
            pool.write(b.length >>> 8);
            pool.write(b.length & 0xFF);
            pool.writeBytes(b);
            return at;
        });
    }
}
