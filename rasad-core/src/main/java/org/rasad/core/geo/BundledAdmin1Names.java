package org.rasad.core.geo;

import java.util.HashMap;
import java.util.Map;
import org.rasad.core.dict.TsvReader;

/**
 * The bundled {@code admin1.tsv}: names of first-order divisions that the seat rule of {@link GazetteerBuilder}
 * would get wrong («PS.WE» is the West Bank, not Jericho, its only seat in cities500). A bad row fails loudly with
 * its line.
 */
final class BundledAdmin1Names {

    static final String RESOURCE = "org/rasad/core/geo/admin1.tsv";

    private BundledAdmin1Names() {
    }

    /** «PS.WE» → «West Bank». */
    static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (TsvReader.Row row : TsvReader.resource(RESOURCE, 2)) {
            if (!row.cell(0).matches("[A-Z]{2}\\.[0-9A-Z]+") || row.cell(1).isEmpty()) {
                throw row.error("expected a GeoNames admin1 code («PS.WE») and its name");
            }
            names.put(row.cell(0), row.cell(1));
        }
        return names;
    }
}
