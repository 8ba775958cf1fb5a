package org.rasad.core.extract;

import java.util.Set;

/**
 * A place between two towns: «(المنطقة) بين مجدول والقطرون», «الطريق الرابط بين مدينتي أفجوي ومقديشو», read as
 * near the first with the second as its anchor. Used by {@link PlaceFinder} on the words after a place word.
 */
final class BetweenTowns {

    /** Words between a road and the towns it joins («الطريق الرابط بين», «طريق يربط»). */
    private static final Set<String> ROAD_LINKS = WordLists.of("ROAD_LINKS");

    /**
     * What the words after a place word say.
     *
     * @param namedByNext a place word follows the road's own words and names the towns («طريق يربط مدينتي …»)
     * @param between     the place between two towns, or null
     */
    record Reading(boolean namedByNext, PlaceMention between) {
    }

    private static final Reading NOTHING = new Reading(false, null);

    private BetweenTowns() {
    }

    /** The words from {@code after} (just past a place word) up to {@code to}. */
    static Reading after(Annotations a, int after, int to) {
        TextIndex ix = a.ix;
        int linked = after;
        while (linked < to && ROAD_LINKS.contains(ix.word(linked))) {
            linked++;  // «الطريق الرابط بين …», «طريق يربط مدينتي …»
        }
        if (linked < to && ix.word(linked).equals("بين")) {
            int j = linked + 1;
            PlaceMention.Kind kind = PlaceMention.Kind.NAMED;
            if (j < to && a.placeWord[j] != null && ix.word(j).endsWith("تي")) {
                // «بين مدينتي أفجوي ومقديشو»: two towns, as precise a place as one town
                kind = a.placeWord[j].kind() == PlaceWord.Kind.SETTLEMENT ? PlaceMention.Kind.SETTLEMENT : kind;
                j = a.placeWordEnd[j];
            }
            PlaceMention between = between(a, j, to, kind);
            return between == null ? NOTHING : new Reading(false, between);
        }
        return new Reading(linked > after && linked < to && a.placeWord[linked] != null, null);
    }

    /** «مجدول والقطرون» from {@code j}: the first name, with the second as its anchor; null when there are not two. */
    private static PlaceMention between(Annotations a, int j, int to, PlaceMention.Kind kind) {
        int first = PlaceNameSpans.nameEnd(a, j, to);
        if (first <= j || first >= to || !a.ix.word(first).startsWith("و")) {
            return null;
        }
        int second = PlaceNameSpans.nameEnd(a, first, to, true);
        if (second <= first) {
            return null;
        }
        if (second == first + 1 && kind == PlaceMention.Kind.SETTLEMENT
                && (PlaceNameSpans.secondWordOfName(a, second, to) || PlaceNameSpans.indefiniteSecondWord(a, second, to))) {
            second++;  // «بين مدينتي بلدوين وبولو برتي»: the second town's name may run to two words, like any town's
        }
        return new PlaceMention(j, second, PlaceNameSpans.join(a.ix, j, first), kind, "between",
                PlaceNameSpans.stripWaw(PlaceNameSpans.join(a.ix, first, second)), -1, null, null);
    }
}
