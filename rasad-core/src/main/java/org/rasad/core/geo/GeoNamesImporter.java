package org.rasad.core.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds or extends the gazetteer index from GeoNames dump files.
 *
 * <p>Order matters: main tables first (they create the places), then alternate names (they only add
 * names to places already there), then admin1 codes (names of divisions, applied when the index is
 * written). An existing index is read back first, so that {@code import LY.txt} adds Libya's villages
 * to cities500 rather than replacing it. Nothing is written until every file has been read without
 * error, and then atomically: a bad dump leaves the previous index usable.
 */
public final class GeoNamesImporter {

    private GeoNamesImporter() {
    }

    /** Imports the files into the index at {@code index}; returns the number of places it then holds. */
    public static int importFiles(Path index, List<Path> files, boolean replace) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IOException("no such file: " + f + " (a GeoNames dump such as cities500.txt, LY.txt or LY.zip)");
            }
        }
        GazetteerBuilder builder = new GazetteerBuilder();
        if (!replace && Files.exists(index)) {
            builder.addAll(GeoNamesIndex.open(index).entries());
        }
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt(GeoNamesImporter::rank));
        for (Path f : ordered) {
            GeoNamesDump.read(f, builder);
        }
        List<GazetteerEntry> entries = builder.build();
        GeoNamesIndexWriter.write(entries, index);
        return entries.size();
    }

    private static int rank(Path f) {
        String name = f.getFileName().toString();
        return name.startsWith("alternateNames") ? 1 : name.startsWith("admin1Codes") ? 2 : 0;
    }
}
