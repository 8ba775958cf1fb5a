package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasad.core.dict.TsvReader;

/**
 * The bundled {@code supplement.tsv}: small places that conflict reports name but that the default GeoNames
 * data (cities500) leaves out, each with the public source of its coordinates. Loaded once, as a
 * {@link InMemoryGazetteer}; a bad row fails loudly with its line.
 *
 * <p>Their ids are negative, so they never collide with a GeoNames id.
 */
public final class SupplementaryPlaces {

    static final String RESOURCE = "org/rasad/core/geo/supplement.tsv";

    private static final class Holder {
        static final InMemoryGazetteer GAZETTEER = new InMemoryGazetteer(read(TsvReader.resource(RESOURCE, 8)));
    }

    private SupplementaryPlaces() {
    }

    /** The bundled places. */
    public static Gazetteer bundled() {
        return Holder.GAZETTEER;
    }

    /** The GeoNames index with the bundled places beside it. */
    public static Gazetteer over(Gazetteer index) {
        return new LayeredGazetteer(index, bundled());
    }

    static List<GazetteerEntry> read(List<TsvReader.Row> rows) {
        List<GazetteerEntry> out = new ArrayList<>();
        long id = -1;
        for (TsvReader.Row row : rows) {
            List<String> ar = TsvReader.values(row.cell(0));
            List<String> en = TsvReader.values(row.cell(1));
            if (ar.isEmpty() || en.isEmpty() || row.cell(4).length() != 2 || row.cell(6).length() != 1
                    || row.cell(7).isEmpty()) {
                throw row.error("a place needs Arabic and Latin names, an ISO2 country, a feature class and a source");
            }
            Place p;
            try {
                // optional columns 9 and 10: GeoNames' population and feature code, for a town GeoNames has without
                // its Arabic name (its size and seat make it a place the text may name bare, «في الفاشر»)
                long population = row.cell(8).isEmpty() ? 0 : Long.parseLong(row.cell(8));
                p = new Place(id--, en.get(0), ar.get(0), Double.parseDouble(row.cell(2)), Double.parseDouble(row.cell(3)),
                        row.cell(6).charAt(0), row.cell(9), row.cell(4), "", row.cell(5).isEmpty() ? null : row.cell(5),
                        population);
            } catch (IllegalArgumentException e) {
                throw row.error("bad coordinates or population «" + row.cell(2) + "», «" + row.cell(3) + "», «" + row.cell(8)
                        + "»: " + e.getMessage());
            }
            Set<String> keys = new HashSet<>();
            for (String n : ar) {
                keys.add(PlaceNames.key(n));
            }
            for (String n : en) {
                keys.add(PlaceNames.key(n));
            }
            keys.remove("");
            out.add(new GazetteerEntry(p, keys));
        }
        return out;
    }
}
