package org.rasad.core.extract;

import java.util.Set;
import org.rasad.core.text.Token;

/**
 * Town names read without a place word, where the gazetteer knows the town ({@link KnownPlaces}):
 * after a preposition of place («في بغداد», «قرب الموصل»), with «ب» written on («ببنغازي»), after
 * «العاصمة» or after parts of a town («أحياء من تعز»). A noun governing the next word («في إطار
 * التعاون») and words that follow «ب» as function words («بأنه», «بشأن») are never towns.
 */
final class KnownTownNames {

    private KnownTownNames() {
    }

    /**
     * «في بغداد», «ببنغازي», «قرب الموصل», «في الدار البيضاء»: a town the gazetteer knows well, named bare
     * after a preposition of place; two words are tried before one. Returns the end of the name, or −1.
     */
    static int end(Annotations a, int i, int from, int to) {
        TextIndex ix = a.ix;
        if (a.knownPlaces == KnownPlaces.NONE || !isNameWord(a, i)) {
            return -1;
        }
        String w = ix.word(i);
        boolean afterPreposition = i > from && (PlaceFinder.isInto(ix.word(i - 1))
                // «العاصمة الليبية طرابلس», «أحياء من تعز»: the capital, or parts of a town, named before it
                || ix.word(i - 1).equals("العاصمه")
                || i - 1 > from && ix.word(i - 2).equals("العاصمه") && ix.word(i - 1).startsWith("ال") && ix.word(i - 1).endsWith("يه")
                || i - 1 > from && ix.word(i - 1).equals("من") && PARTS_OF_TOWNS.contains(ix.bare(i - 2))
                // «في كل من الرباط والدار البيضاء», «بكل من»: a list of towns follows
                || i - 1 > from && ix.word(i - 1).equals("من") && EACH.contains(ix.bare(i - 2)));
        boolean clitic = w.startsWith("ب") && w.length() > 3 && !NOT_AFTER_BA.contains(w.substring(1));
        if (!afterPreposition && !clitic) {
            return -1;
        }
        String country = a.country == null ? null : a.country.iso2();
        if (twoWordTown(a, i, to, w, country) || clitic && twoWordTown(a, i, to, w.substring(1), country)) {
            return i + 2;  // «في الخرطوم بحري», «بالخرطوم بحري»
        }
        if (i + 1 < to && !w.startsWith("ال") && !w.startsWith("بال") && ix.word(i + 1).startsWith("ال")
                && !QUALIFIERS.contains(ix.word(i + 1)) && !EventReference.RELATIVE_PRONOUNS.contains(ix.word(i + 1))) {
            // «في إطار التعاون», «في ظل الأوضاع»: a noun governing the next, not a town; «في بغداد التي …» is one
            return -1;
        }
        // «ببغداد», «بالرباط»: the gazetteer may know the name only without the «ب» written on
        return a.knownPlaces.isPlace(w, country) || clitic && a.knownPlaces.isPlace(w.substring(1), country) ? i + 1 : -1;
    }

    /**
     * «في بغداد والبصرة والناصرية», «في الرباط، والدار البيضاء»: a town the gazetteer knows, joined by «و» (or set off by a
     * comma) to the town just named; another town of the same list. Returns the end of the name, or −1.
     *
     * @param last the place named just before, or null
     */
    static int listedAfter(Annotations a, int i, int to, PlaceMention last) {
        TextIndex ix = a.ix;
        if (a.knownPlaces == KnownPlaces.NONE || last == null || last.kind() != PlaceMention.Kind.SETTLEMENT
                || !"in".equals(last.relation())
                || !(last.end() == i || last.end() == i - 1 && ix.isComma(i - 1)) || !isNameWord(a, i)) {
            return -1;
        }
        String w = ix.word(i);
        if (!w.startsWith("و") || w.length() < 4) {
            return -1;
        }
        String country = a.country == null ? null : a.country.iso2();
        String name = w.substring(1);
        if (twoWordTown(a, i, to, name, country)) {
            return i + 2;
        }
        return a.knownPlaces.isPlace(name, country) ? i + 1 : -1;
    }

    /** «كل» of «في كل من»: before «من», what follows is a list. */
    private static final Set<String> EACH = WordLists.of("EACH_OF");

    /** «الدار البيضاء»: the first word at {@code i}, as given, and the next make a town the gazetteer knows. */
    private static boolean twoWordTown(Annotations a, int i, int to, String first, String country) {
        return i + 1 < to && isNameWord(a, i + 1) && !a.ix.word(i + 1).startsWith("و")
                && a.knownPlaces.isPlace(first + " " + a.ix.word(i + 1), country);
    }

    /** Plural place nouns that name parts of a town before «من» and the town («أحياء من تعز»). */
    private static final Set<String> PARTS_OF_TOWNS = WordLists.of("PARTS_OF_TOWNS");

    /** «بأنه», «بشأن», «بمنزلة», «بسبب»: a word after «ب» that is never a town, whatever the gazetteer says. */
    private static final Set<String> NOT_AFTER_BA = WordLists.of("NOT_A_TOWN_AFTER_BA");

    /** Adjectives that may follow a town's name («حلب الشرقية», «صنعاء القديمة»). */
    private static final Set<String> QUALIFIERS = WordLists.of("TOWN_QUALIFIERS");

    /** A word that may be part of a name: a word, no function word, cue, actor, place word or date. */
    private static boolean isNameWord(Annotations a, int i) {
        Token t = a.ix.tokens.get(i);
        return t.isWord() && t.kind() == Token.Kind.ARABIC && !PlaceNameSpans.STOP.contains(t.text()) && !a.cueHead[i]
                && a.actorAt[i] == null && a.placeWord[i] == null && !a.inDate(i)
                && a.lex.countryNames.longestAt(a.ix.names, i) == null;  // «في لبنان» is the country, found below
    }
}
