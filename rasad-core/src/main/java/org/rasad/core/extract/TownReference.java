package org.rasad.core.extract;

/**
 * «المدينة», «البلدة», «القرية» with the article, in a clause that names no place: the town the article named
 * last before it. Used by {@link MentionBuilder} for a clause that counts dead or wounded.
 */
final class TownReference {

    private TownReference() {
    }

    /**
     * «… أفادت بمقتل 23 مدنيا في غارة على سوق المدينة»: «المدينة», «البلدة», «القرية» with the article point back
     * to the town the article named last before the clause. Returns that town, or null when the clause names
     * no such word or no town was named before it.
     */
    static PlaceMention of(Annotations a, int from, int to) {
        boolean refers = false;
        for (int i = from; i < to && !refers; i++) {
            PlaceWord w = a.placeWord[i];
            refers = w != null && w.kind() == PlaceWord.Kind.SETTLEMENT && a.ix.word(i).startsWith("ال")
                    && (i + 1 >= to || a.placeWord[i + 1] == null) && !isNamedAfter(a, i, to);
        }
        if (!refers) {
            return null;
        }
        PlaceMention last = null;
        for (PlaceMention p : PlaceFinder.find(a, 0, from)) {
            if (p.kind() == PlaceMention.Kind.SETTLEMENT || p.kind() == PlaceMention.Kind.NAMED && "in".equals(p.relation())) {
                last = p;
            }
        }
        return last;
    }

    /** «البلدة "س"»: the word with the article is followed by a quoted name of its own. */
    private static boolean isNamedAfter(Annotations a, int i, int to) {
        int next = a.placeWordEnd[i];
        return next < to && a.ix.isQuote(next);
    }
}
