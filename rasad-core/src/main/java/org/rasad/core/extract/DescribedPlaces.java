package org.rasad.core.extract;

import java.util.Set;

/**
 * Whether the word after a place word describes the place rather than names it: «مناطق عسكرية», «سوق شعبي», «حي سكني»
 * are an area or a site described; «بلدة قباطية», «ناحية سنوني» are named, and so is a town with any word that is not one
 * of the common adjectives of towns (the NOT_NAME words of {@code places.tsv}).
 */
final class DescribedPlaces {

    /** Area words that an adjective in «ي» describes («سوق شعبي», «حي سكني», «شارع رئيسي»). */
    private static final Set<String> DESCRIBED_AREAS = WordLists.of("DESCRIBED_AREAS");

    /** The longest adjective in «ي» read as describing an area: «عشوائي», «ميداني» have six letters. */
    private static final int MAX_ADJECTIVE = 6;

    private DescribedPlaces() {
    }

    /** «مناطق عسكرية», «طريق زراعي»: an indefinite adjective after an indefinite place word is no name. */
    static boolean isAdjective(Annotations a, int placeWord, int from, int to) {
        TextIndex ix = a.ix;
        String w = ix.word(from);
        if (!ix.isQuote(from - 1) && PlaceFinder.isDefinite(w) && !w.startsWith("ال")) {
            return true;  // «بالتقاطع», «للمنطقة»: a preposition and the article, not the start of a name
        }
        if (to - from != 1 || ix.isQuote(from - 1) || w.startsWith("ال") || ix.word(placeWord).contains("ال")) {
            return false;
        }
        if (a.placeWord[placeWord].kind() == PlaceWord.Kind.SETTLEMENT) {
            // «بلدة قباطية», «قرية ترمسعيا»: towns are named so; «بلدة سورية» is a Syrian town, and the common
            // adjectives of towns («نائية», «حدودية», «مجاورة») are NOT_NAME words
            return ActorFinder.nisba(ix, a.lex, from) != null;
        }
        // «مناطق عسكرية», «سوق شعبي», «حي سكني», «مستشفى ميداني»: an area or a site described, not named; the units of
        // administration take names in «ي» («ناحية سنوني»), and so do quarters with long foreign names («حي ورطيغلي»):
        // the adjectives of areas are short, and the longer ones are NOT_NAME words («حي استيطاني»); a site named after
        // a town («مستشفى جامعة مايدوغوري») is no place of the event either way
        boolean site = a.placeWord[placeWord].kind() == PlaceWord.Kind.SITE;
        boolean described = site || DESCRIBED_AREAS.contains(ix.bare(placeWord));
        return w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يات")
                || described && w.endsWith("ي") && w.length() >= 4 && (site || w.length() <= MAX_ADJECTIVE);
    }
}
