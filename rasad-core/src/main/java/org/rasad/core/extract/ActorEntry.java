package org.rasad.core.extract;

/**
 * An actor of the dictionary.
 *
 * @param canonical ACLED-style name; may contain {@code {country}} for generic actors
 * @param inter     ACLED inter code 1-8
 * @param country   ISO2 home country, or null for generic and transnational actors
 * @param parent    canonical name of the parent force, or null
 */
public record ActorEntry(String canonical, int inter, String country, String parent) {

    /** «مسلحون مجهولون»: a group the text does not name. */
    public boolean isUnidentified() {
        return canonical.startsWith("Unidentified");
    }

    public boolean isGeneric() {
        return canonical.contains("{country}");
    }

    /** The name in the context of a country (generic actors take it; named actors keep theirs). */
    public String nameIn(Country c) {
        if (!isGeneric()) {
            return canonical;
        }
        if (c == null) {  // the country is not known: «Islamic State», «Military Forces»
            return canonical.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip();
        }
        // «Military Forces of the United States», but «Civilians (United States)»: ACLED's article goes with «of»
        return canonical.replace(" of {country}", " of " + withArticle(c.name())).replace("{country}", c.name());
    }

    /** Country names that take «the» after «of» in ACLED's actor names. */
    private static String withArticle(String country) {
        return country.startsWith("United ") || country.equals("Central African Republic")
                || country.equals("Democratic Republic of Congo") ? "the " + country : country;
    }

    public boolean isCivilian() {
        return inter == 7;
    }

    public boolean isProtester() {
        return inter == 5 || inter == 6;
    }

    public boolean isStateForce() {
        return inter == 1;
    }

    public boolean isArmed() {
        return inter == 1 || inter == 2 || inter == 3 || inter == 4 || inter == 8;
    }
}
