package org.rasad.core.extract;

/**
 * A word about places from {@code dict/places.tsv}.
 *
 * @param kind    SETTLEMENT, AREA, SITE, NATURAL, FRONT, NEAR, BETWEEN, DIRECTION, DISTANCE, COUNTRY_REF, or AREA_NAME (the
 *                phrase is itself the name of an area: «الضفة الغربية»)
 * @param bearing for DIRECTION, the compass bearing in degrees (-1 for «وسط», the centre); else 0
 * @param phrase  the phrase as the dictionary gives it, normalised: for AREA_NAME, the name itself, whatever
 *                clitics the text writes on it («وبالضفة الغربية»)
 */
public record PlaceWord(Kind kind, int bearing, String phrase) {

    public enum Kind { SETTLEMENT, AREA, SITE, NATURAL, FRONT, NEAR, BETWEEN, DIRECTION, DISTANCE, COUNTRY_REF, AREA_NAME }

    /** Place-type words that are followed by a name. */
    public boolean introducesName() {
        return kind == Kind.SETTLEMENT || kind == Kind.AREA || kind == Kind.SITE || kind == Kind.NATURAL
                || kind == Kind.FRONT;
    }
}
