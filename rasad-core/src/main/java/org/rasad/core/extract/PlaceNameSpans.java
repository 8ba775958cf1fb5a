package org.rasad.core.extract;

import java.util.List;
import java.util.Set;
import org.rasad.core.dict.PhraseMatcher;
import org.rasad.core.text.Token;

/**
 * Where a place name ends and how it is written: one word, or up to three after a name-forming word («أم
 * الأرانب», «رأس لانوف»), stopping at function words, other place words, actors and event words; the
 * feature word inside a token with clitics («بجبل» → «جبل»); names that are common words. Used by
 * {@link PlaceFinder} and the finders of bare and relative places.
 */
final class PlaceNameSpans {

    static final Set<String> STOP = WordLists.of("PLACE_NAME_STOP");
    private static final Set<String> COMPOUND_STARTS = WordLists.of("COMPOUND_PLACE_STARTS");
    private static final Set<String> NAME_FORMING = WordLists.of("NAME_FORMING");

    private PlaceNameSpans() {
    }

    /** «جسر», «سوق», «باب», «عين»: a word that begins a name of several words («جسر الشغور»). */
    static boolean startsCompound(String w) {
        return COMPOUND_STARTS.contains(w);
    }

    static int nameEnd(Annotations a, int j, int to) {
        return nameEnd(a, j, to, false);
    }

    static int nameEnd(Annotations a, int j, int to, boolean allowWaw) {
        TextIndex ix = a.ix;
        while (j < to && ix.isQuote(j)) {
            j++;
        }
        int start = j;
        int max = 1;
        while (j < to && j - start < max) {
            Token t = ix.tokens.get(j);
            String w = t.text();
            if (!t.isWord() || w.length() < 2 || STOP.contains(w) || (a.placeWord[j] != null && j > start)
                    || (a.placeWord[j] != null && a.placeWord[j].kind() == PlaceWord.Kind.DIRECTION)
                    || a.actorAt[j] != null || (a.cueHead[j] && j == start && !a.has(j, Cue.OPERATION))
                    || (w.startsWith("و") && j > start && !allowWaw && !(max == 3 && j == start + 1))) {
                break;
            }
            if (j == start && (COMPOUND_STARTS.contains(allowWaw ? stripWaw(w) : w)
                    || (w.startsWith("ب") && NAME_FORMING.contains(w.substring(1))))) {
                max = 3;
            }
            if (j - start == 2 && w.startsWith("ال") && (w.endsWith("يه") || w.endsWith("ي"))) {
                break;  // «رأس لانوف النفطية»: an adjective after the name, not a third word of it
            }
            j++;
            allowWaw = false;
        }
        while (j < to && ix.isQuote(j)) {
            j++;
        }
        return j;
    }

    /**
     * After a one-word name a place word introduced, a noun with the article that goes on the name («عيتا الشعب»,
     * «معرة النعمان»); not an adjective («الشرقية», «الكبرى», «المحاصرة», «المجاورة»), a day («الخميس»), an actor
     * or a word that stops names.
     */
    static boolean secondWordOfName(Annotations a, int j, int to) {
        if (j >= to || !a.ix.tokens.get(j).isWord() || a.actorAt[j] != null || a.placeWord[j] != null || a.cueHead[j]
                || a.inDate(j) || a.quantity[j] != null) {
            return false;
        }
        String w = a.ix.word(j);
        if (w.equals("الله")) {
            return true;  // «رام الله», «جبل عبد الله»: the commonest second word of all, too short for the rule below
        }
        return w.startsWith("ال") && w.length() >= 5 && !STOP.contains(w) && !w.startsWith("الم") && !w.startsWith("الت")
                && !w.endsWith("ي") && !w.endsWith("يه") && !w.endsWith("ه") && !w.endsWith("ين") && !w.endsWith("ون")
                && !w.endsWith("ات");
    }

    /**
     * «بلدة بولو برتي بإقليم هيران», «مدينة الخرطوم بحري،»: after a town's one-word name, a plain word (no article,
     * no «و», no cue, actor, place word, date or number) that ends the phrase (a comma, a preposition, a place
     * word, a date or the end follows) is the second word of the name; anything else after it («مدينة غزة أمس»)
     * says the name was one word.
     */
    static boolean indefiniteSecondWord(Annotations a, int j, int to) {
        if (!secondWordCandidate(a, j) || a.ix.word(j).startsWith("ال") || a.ix.word(j).startsWith("و")
                || a.ix.word(j).startsWith("بال") || a.ix.word(j).startsWith("لل") || a.ix.word(j).length() < 3
                || ActorFinder.nisba(a.ix, a.lex, j) != null || a.occurrenceAt(j)) {
            return false;  // «قرية مجاورة أسفر عن …»: a verb after the name is no part of it
        }
        int k = j + 1;
        return k >= to || a.ix.isPunctuation(k) || STOP.contains(a.ix.word(k)) || a.placeWord[k] != null || a.inDate(k)
                || a.ix.word(k).startsWith("ب") && a.placeWord[k] == null && k + 1 < to && a.placeWord[k + 1] != null;
    }

    private static boolean secondWordCandidate(Annotations a, int j) {
        return j < a.ix.size() && a.ix.tokens.get(j).isWord() && a.actorAt[j] == null && a.placeWord[j] == null
                && !a.cueHead[j] && !a.inDate(j) && a.quantity[j] == null && !STOP.contains(a.ix.word(j));
    }

    /**
     * The length of the feature word inside a token that carries clitics («بجبل» → 3): the longest ending of
     * the token that the dictionary knows as it is. A clitic is no part of a name; «وادي» keeps its «و».
     */
    static int featureWordLength(Annotations a, int i) {
        String w = a.ix.word(i);
        for (int k = 1; k < w.length() - 1; k++) {
            if (a.lex.placeWords.longestAt(new OneWord(w.substring(k)), 0) != null) {
                return w.length() - k;
            }
        }
        return w.length();
    }

    /** One word exactly as written, for asking the dictionary whether it holds it without clitics. */
    record OneWord(String word) implements PhraseMatcher.Words {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public List<String> forms(int i) {
            return List.of(word);
        }

        @Override
        public boolean isQuote(int i) {
            return false;
        }
    }

    static String stripWaw(String s) {
        return s.startsWith("و") && s.length() > 3 ? s.substring(1) : s;
    }

    /**
     * An empty name, or one that a common word («أخرى», «المستشفيات», «بالمقر») makes or begins («مركز طب الطوارئ»: an
     * office, not a place).
     */
    static boolean isNotAName(Lexicon lex, String name) {
        if (name.isBlank()) {
            return true;
        }
        if (name.indexOf(' ') >= 0) {
            // the first word as written: «بحيرة تشاد» is no «ب» + «حيرة»
            return lex.notPlaceNames.contains(name.substring(0, name.indexOf(' ')));
        }
        for (String prefix : new String[] {"", "و", "ف", "ب", "ل", "وب", "ول", "فب"}) {
            if (name.startsWith(prefix) && name.length() - prefix.length() >= 2
                    && lex.notPlaceNames.contains(name.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name with «ب», «ل», «و» or «ف» written onto its first word («ببنغازي», «بالرباط», «وبغداد»), without it when the
     * gazetteer knows the rest as a place; otherwise as written («بغداد» begins with the letter of the clitic).
     */
    static String withoutPreposition(Annotations a, String written) {
        if (written.length() < 4 || "بلوف".indexOf(written.charAt(0)) < 0) {
            return written;
        }
        String bare = written.substring(1);
        return a.knownPlaces.isPlace(bare, a.country == null ? null : a.country.iso2()) ? bare : written;
    }

    /**
     * The readings of a name with the «ل» of «of» written onto it, likelier first: «لبيروت» is «بيروت»; «للبلاد» is
     * «ل» + «البلاد», and «للاذقية» is «ل» + «اللاذقية» (three lams are written two).
     */
    static List<String> withoutLam(String written) {
        return written.startsWith("لل") ? List.of("ال" + written.substring(2), "ا" + written) : List.of(written.substring(1));
    }

    static String join(TextIndex ix, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (ix.tokens.get(i).isWord()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(ix.word(i));
            }
        }
        return b.toString();
    }

    /** The words of one span, for matching inside it only. */
    record SpanWords(TextIndex ix, int from, int to) implements PhraseMatcher.Words {
        @Override
        public int size() {
            return to - from;
        }

        @Override
        public List<String> forms(int i) {
            return ix.nameForms(from + i);
        }

        @Override
        public boolean isQuote(int i) {
            return ix.isQuote(from + i);
        }
    }
}
