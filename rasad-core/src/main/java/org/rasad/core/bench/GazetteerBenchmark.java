package org.rasad.core.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasad.core.geo.Gazetteer;
import org.rasad.core.geo.GazetteerEntry;
import org.rasad.core.geo.GeoNamesIndex;
import org.rasad.core.geo.Place;
import org.rasad.core.geo.SupplementaryPlaces;

/**
 * Gazetteer index figures: time to open the index, time to open it and answer a first lookup (which
 * also pays for loading the normaliser's tables and the bundled supplement), and name lookups per second on one
 * thread over a mix of the index's own names (hits) and invented ones (misses), through the gazetteer the
 * geocoder uses (the index with {@link SupplementaryPlaces} beside it).
 */
public final class GazetteerBenchmark {

    /** The figures of one run. */
    public record Result(int places, double openMillis, double loadMillis, double lookupsPerSecond, long hits) {
    }

    private GazetteerBenchmark() {
    }

    public static Result run(Path index, double seconds) throws IOException {
        long t0 = System.nanoTime();
        GeoNamesIndex gz = GeoNamesIndex.open(index);
        double openMillis = (System.nanoTime() - t0) / 1e6;
        Gazetteer g = SupplementaryPlaces.over(gz);
        g.find("طرابلس");
        double loadMillis = (System.nanoTime() - t0) / 1e6;

        List<String> names = new ArrayList<>();
        List<GazetteerEntry> entries = gz.entries();
        for (int i = 0; i < entries.size(); i += Math.max(1, entries.size() / 20_000)) {
            Place p = entries.get(i).place();
            names.add(p.nameAr() != null ? p.nameAr() : p.name());
            names.add("قرية" + i);  // a miss
        }
        if (names.isEmpty()) {
            return new Result(0, openMillis, loadMillis, 0, 0);
        }
        for (int i = 0; i < 200_000; i++) {
            g.find(names.get(i % names.size()));  // warm-up
        }
        long hits = 0;
        long n = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++, n++) {
                hits += g.find(names.get((int) (n % names.size()))).isEmpty() ? 0 : 1;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(gz.size(), openMillis, loadMillis, n / elapsed, hits);
    }
}
