package org.rasad.core.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.rasad.core.dict.TsvReader;

/**
 * ACLED's country columns for an ISO 3166-1 alpha-2 code: the name and region as ACLED spells them
 * (from the bundled {@code countries.tsv} that extraction also reads), the alpha-3 code that
 * prefixes {@code event_id_cnty}, and the numeric code of ACLED's {@code iso} column.
 * Loaded once; immutable; thread-safe.
 *
 * @param iso2    alpha-2 code, upper case
 * @param iso3    alpha-3 code, or "" when Java does not know the code
 * @param numeric ISO numeric code, or null when not in {@link #NUMERIC}
 * @param name    ACLED's country name (the code itself for a country Rasad does not list)
 * @param region  ACLED's region, or "" when unknown
 */
public record Country(String iso2, String iso3, Integer numeric, String name, String region) {

    /** ISO 3166-1 numeric codes of the countries in countries.tsv; Java's Locale has no numeric codes. */
    private static final String NUMERIC =
            "DZ 12 BH 48 KM 174 DJ 262 EG 818 IQ 368 JO 400 KW 414 LB 422 LY 434 MR 478 MA 504 OM 512 PS 275 QA 634 "
            + "SA 682 SO 706 SD 729 SY 760 TN 788 AE 784 YE 887 TD 148 NE 562 ML 466 BF 854 NG 566 CM 120 SN 686 "
            + "BJ 204 TG 768 CI 384 GH 288 GN 324 ET 231 ER 232 KE 404 UG 800 TZ 834 SS 728 CF 140 CD 180 MZ 508 "
            + "IL 376 IR 364 TR 792 AF 4 PK 586 CN 156 RU 643 UA 804 FR 250 GB 826 IT 380 DE 276 US 840";

    private static final Map<String, Country> KNOWN = load();

    /** The country of an ISO2 code, or null for a null or blank code. */
    public static Country of(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return null;
        }
        String code = iso2.strip().toUpperCase(Locale.ROOT);
        Country c = KNOWN.get(code);
        return c != null ? c : new Country(code, iso3(code), null, code, "");
    }

    private static Map<String, Country> load() {
        Map<String, Integer> numeric = new HashMap<>();
        String[] parts = NUMERIC.split(" ");
        for (int i = 0; i < parts.length; i += 2) {
            numeric.put(parts[i], Integer.valueOf(parts[i + 1]));
        }
        Map<String, Country> out = new HashMap<>();
        for (TsvReader.Row row : TsvReader.resource("org/rasad/core/dict/countries.tsv", 3)) {
            String iso2 = row.cell(0);
            out.put(iso2, new Country(iso2, iso3(iso2), numeric.get(iso2), row.cell(1), row.cell(2)));
        }
        return Map.copyOf(out);
    }

    private static String iso3(String iso2) {
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }
}
