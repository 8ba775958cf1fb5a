package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasad.core.dict.PhraseMatcher;
import org.rasad.core.text.Token;

/**
 * Finds the places named in a span of a sentence.
 *
 * <p>Rules:
 * <ul>
 *   <li>a place-type word introduces a name: «مدينة القطرون», «جبل عصيدة», «بوابة البتية»; the name is
 *       one word, or up to three when it begins with a compound-name word («أم الأرانب», «خان يونس»,
 *       «دير الزور»); it stops at function words, compass words, dates, actors and punctuation;</li>
 *   <li>a natural feature keeps its word in the name, as GeoNames writes it («جبل عصيدة», «وادي عتبة»);</li>
 *   <li>after «في», «إلى», «قرب», «عند» or a clitic «ب», a name-forming word starts a name without any
 *       place-type word («في أم الأرانب», «ببني وليد», «قرب بئر الغنم»), unless the pair is an idiom
 *       («في رأس السنة»);</li>
 *   <li>a compound name may go on with a word in «و» («بني وليد»), and ends before a definite adjective in
 *       third place («رأس لانوف النفطية»);</li>
 *   <li>«قرب / بالقرب من / ضواحي X» without a place-type word still names X, relation near;</li>
 *   <li>«بين (منطقتي) X و Y» names both, relation between;</li>
 *   <li>a compass word with a name after a place («غرب القطرون بحوالي 80 كيلومترا») anchors it: relation
 *       offset, with the bearing and the distance when given;</li>
 *   <li>a compass word before a country, its adjective or «البلاد» is a region («جنوب ليبيا»,
 *       «الجنوب الليبي»); a country name alone is a country.</li>
 * </ul>
 */
final class PlaceFinder {

    static final Set<String> STOP = WordLists.of("PLACE_NAME_STOP");
    private static final Set<String> CALLED = WordLists.of("CALLED");
    private static final Set<String> COMPOUND_STARTS = WordLists.of("COMPOUND_PLACE_STARTS");
    /** Words that begin a place name on their own («أم الأرانب», «بني وليد»): umm, abu, bir, ain, ras, bani... */
    private static final Set<String> NAME_FORMING = WordLists.of("NAME_FORMING");
    /** Words that make a name-forming word an idiom rather than a place («في رأس السنة», «في عين المكان»). */
    private static final Set<String> IDIOM_AFTER = WordLists.of("NOT_A_PLACE_AFTER");
    /** Name-forming words that also begin people's names: after «على» they are a person («القبض على أبو بكر»). */
    private static final Set<String> PERSON_FORMING = WordLists.of("PERSON_FORMING");
    /** Words after which a bare name-forming word is a place. */
    static final Set<String> INTO = WordLists.of("INTO");

    private PlaceFinder() {
    }

    static List<PlaceMention> find(Annotations a, int from, int to) {
        TextIndex ix = a.ix;
        List<PlaceMention> out = new ArrayList<>();
        int nearUntil = -1;
        for (int i = from; i < to; i++) {
            PlaceWord w = a.placeWord[i];
            if (w == null) {
                boolean formed = startsBareName(a, i, from, to);
                int end = formed ? nameEnd(a, i, to) : KnownTownNames.end(a, i, from, to);
                if (!formed && end > i && !out.isEmpty() && out.get(out.size() - 1).end() == i) {
                    i = end - 1;
                    continue;  // «حي القلعة بمرزق»: the town that holds the place just named, not a place of its own
                }
                if (end > i) {
                    String name = join(ix, i, end);
                    if (!formed && !(i > from && INTO.contains(ix.word(i - 1)))
                            && a.knownPlaces.isPlace(name.substring(1), a.country == null ? null : a.country.iso2())) {
                        name = name.substring(1);  // «ببنغازي»: the preposition is written onto the name; «بغداد» is not
                    }
                    // a town the gazetteer knows is a settlement, like one introduced by «مدينة»
                    PlaceMention p = RelativePlaces.withOffset(a, new PlaceMention(i, end, name,
                            formed ? PlaceMention.Kind.NAMED : PlaceMention.Kind.SETTLEMENT, "in", null, -1, null, null), to);
                    out.add(p);
                    i = p.end() - 1;
                }
                continue;
            }
            if (i > from && ix.isQuote(i - 1) && w.introducesName() && a.placeWordEnd[i] < to && ix.isQuote(a.placeWordEnd[i])) {
                // «"الوادي"»: a quoted place word is the name itself
                out.add(new PlaceMention(i, a.placeWordEnd[i], join(ix, i, a.placeWordEnd[i]), PlaceMention.Kind.NAMED,
                        "in", null, -1, null, null));
                i = a.placeWordEnd[i];
                continue;
            }
            int after = a.placeWordEnd[i];
            if (w.introducesName() || w.kind() == PlaceWord.Kind.NEAR) {
                if (after < to && a.placeWord[after] != null && a.placeWord[after].introducesName()) {
                    if (w.kind() == PlaceWord.Kind.NEAR) {
                        nearUntil = after;
                    }
                    continue;  // «بالقرب من جبل …», «مقر بلدة …»: the place word that follows names the place
                }
                if (after < to && ix.word(after).equals("بين")) {
                    PlaceMention between = between(a, after + 1, to);
                    if (between != null) {
                        out.add(between);
                        i = between.end() - 1;
                        continue;
                    }
                }
                if (w.introducesName() && isDefinite(ix.word(i)) && !(after < to && ix.isQuote(after))) {
                    continue;  // «المنطقة», «البلدة»: the area already named, not a new name
                }
                boolean dual = ix.word(i).endsWith("تي") || (i > from && ix.word(i - 1).equals("بين"));
                if (after < to && CALLED.contains(ix.word(after))) {
                    after++;  // «منطقة تسمى "الوادي"»: the name follows «called»
                    while (after < to && (ix.word(after).equals("ب") || ix.word(after).equals("باسم"))) {
                        after++;
                    }
                }
                int nameEnd = nameEnd(a, after, to);
                if (nameEnd <= after) {
                    PlaceMention region = RelativePlaces.region(a, after, to);
                    if (region != null) {
                        out.add(region);
                        i = region.end() - 1;
                    }
                    continue;
                }
                String name = join(ix, after, nameEnd);
                if (isAdjective(ix, i, after, nameEnd)) {
                    continue;
                }
                String relation = w.kind() == PlaceWord.Kind.NEAR || i == nearUntil ? "near" : "in";
                PlaceMention.Kind kind = kindOf(w);
                if (w.kind() == PlaceWord.Kind.NATURAL) {
                    after = i;  // the feature word is part of its name: «جبل عصيدة», «وادي عتبة»
                    name = join(ix, after, nameEnd);
                    if (a.lex.placeWords.longestAt(new OneWord(ix.word(i)), 0) == null) {
                        name = name.substring(ix.word(i).length() - featureWordLength(a, i));  // «بجبل» → «جبل»
                    }
                }
                if (dual && nameEnd < to && ix.word(nameEnd).startsWith("و")) {
                    int secondStart = ix.word(nameEnd).equals("و") ? nameEnd + 1 : nameEnd;
                    int second = nameEnd(a, secondStart, to, true);
                    if (second > secondStart) {
                        String joined = join(ix, secondStart, second);
                        String other = secondStart == nameEnd ? stripWaw(joined) : joined;
                        out.add(new PlaceMention(after, second, name, kind, "between", other, -1, null, null));
                        i = second - 1;
                        continue;
                    }
                }
                PlaceMention p = RelativePlaces.withOffset(a,
                        new PlaceMention(after, nameEnd, name, kind, relation, null, -1, null, null), to);
                out.add(p);
                i = p.end() - 1;
            } else if (w.kind() == PlaceWord.Kind.DIRECTION) {
                PlaceMention region = RelativePlaces.region(a, i, to);
                if (region != null) {
                    out.add(region);
                    i = region.end() - 1;
                }
            }
        }
        for (int i = from; i + 2 < to; i++) {
            int q = i + 1;
            if (isQuotedName(a, i) && out.stream().noneMatch(p -> p.start() <= q && q < p.end())) {
                int end = nameEnd(a, q, to);
                if (end > q) {
                    out.add(new PlaceMention(q, end, join(ix, q, end), PlaceMention.Kind.NAMED, "in", null, -1, null, null));
                }
            }
        }
        for (PhraseMatcher.Match<Country> m : a.lex.countryNames.findAll(new SpanWords(ix, from, to))) {
            int s = from + m.start();
            int e = from + m.end();
            if (out.stream().noneMatch(p -> p.start() <= s && s < p.end())) {
                out.add(new PlaceMention(s, e, join(ix, s, e), PlaceMention.Kind.COUNTRY, "in", null, -1, null,
                        m.values().get(0)));
            }
        }
        out.removeIf(p -> p.kind() != PlaceMention.Kind.COUNTRY && p.kind() != PlaceMention.Kind.REGION
                && (isNotAName(a.lex, p.name()) || isDestination(a, p.start(), from)));
        return out;
    }

    /** «في أم الأرانب», «ببني وليد»: a name-forming word after a preposition, followed by a name. */
    private static boolean startsBareName(Annotations a, int i, int from, int to) {
        TextIndex ix = a.ix;
        String w = ix.word(i);
        boolean direct = NAME_FORMING.contains(w) && i > from && (INTO.contains(ix.word(i - 1))
                || (ix.word(i - 1).equals("علي") && !PERSON_FORMING.contains(w)));
        boolean clitic = !NAME_FORMING.contains(w) && w.startsWith("ب") && NAME_FORMING.contains(w.substring(1));
        if (!(direct || clitic) || i + 1 >= to || a.actorAt[i] != null || a.actorAt[i + 1] != null) {
            return false;
        }
        String next = ix.word(i + 1);
        return ix.tokens.get(i + 1).isWord() && !STOP.contains(next) && !IDIOM_AFTER.contains(next)
                && a.placeWord[i + 1] == null && !a.cueHead[i + 1];
    }

    private static boolean isDefinite(String w) {
        return w.startsWith("ال") || w.startsWith("بال") || w.startsWith("وال") || w.startsWith("فال")
                || w.startsWith("لل") || w.startsWith("كال");
    }

    /** «(المنطقة) بين مجدول والقطرون». */
    private static PlaceMention between(Annotations a, int j, int to) {
        int first = nameEnd(a, j, to);
        if (first <= j || first >= to || !a.ix.word(first).startsWith("و")) {
            return null;
        }
        int second = nameEnd(a, first, to, true);
        if (second <= first) {
            return null;
        }
        return new PlaceMention(j, second, join(a.ix, j, first), PlaceMention.Kind.NAMED, "between",
                stripWaw(join(a.ix, first, second)), -1, null, null);
    }

    /** «مناطق عسكرية», «طريق زراعي»: an indefinite adjective after an indefinite place word is no name. */
    private static boolean isAdjective(TextIndex ix, int placeWord, int from, int to) {
        String w = ix.word(from);
        if (!ix.isQuote(from - 1) && isDefinite(w) && !w.startsWith("ال")) {
            return true;  // «بالتقاطع», «للمنطقة»: a preposition and the article, not the start of a name
        }
        return to - from == 1 && !ix.isQuote(from - 1) && !w.startsWith("ال") && !ix.word(placeWord).contains("ال")
                && (w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يات"));
    }

    /** «في “القطرون”», «بـ"الوادي"»: a quoted word after «في» or «ب» names a place. */
    private static boolean isQuotedName(Annotations a, int i) {
        String w = a.ix.word(i);
        return (w.equals("في") || w.equals("ب") || w.equals("بـ")) && a.ix.isQuote(i + 1)
                && a.ix.tokens.get(i + 2).kind() == Token.Kind.ARABIC && a.actorAt[i + 2] == null;
    }

    private static PlaceMention.Kind kindOf(PlaceWord w) {
        return switch (w.kind()) {
            case SETTLEMENT -> PlaceMention.Kind.SETTLEMENT;
            // a natural feature's name holds its word («جبل عصيدة»), so it needs no word added back: an area
            case AREA, NATURAL -> PlaceMention.Kind.AREA;
            case SITE -> PlaceMention.Kind.SITE;
            default -> PlaceMention.Kind.NAMED;
        };
    }

    static int nameEnd(Annotations a, int j, int to) {
        return nameEnd(a, j, to, false);
    }

    private static int nameEnd(Annotations a, int j, int to, boolean allowWaw) {
        TextIndex ix = a.ix;
        while (j < to && ix.isQuote(j)) {
            j++;
        }
        int start = j;
        int max = 1;
        while (j < to && j - start < max) {
            Token t = ix.tokens.get(j);
            String w = t.text();
            if (!t.isWord() || STOP.contains(w) || (a.placeWord[j] != null && j > start)
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
     * The length of the feature word inside a token that carries clitics («بجبل» → 3): the longest ending of
     * the token that the dictionary knows as it is. A clitic is no part of a name; «وادي» keeps its «و».
     */
    private static int featureWordLength(Annotations a, int i) {
        String w = a.ix.word(i);
        for (int k = 1; k < w.length() - 1; k++) {
            if (a.lex.placeWords.longestAt(new OneWord(w.substring(k)), 0) != null) {
                return w.length() - k;
            }
        }
        return w.length();
    }

    /** One word exactly as written, for asking the dictionary whether it holds it without clitics. */
    private record OneWord(String word) implements PhraseMatcher.Words {
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

    private static String stripWaw(String s) {
        return s.startsWith("و") && s.length() > 3 ? s.substring(1) : s;
    }

    /**
     * Where the wounded were taken, not where it happened: «نقلوا إلى مركز سبها الطبي», «أسعف إلى مستشفى
     * المدينة».
     */
    private static boolean isDestination(Annotations a, int start, int from) {
        for (int j = start - 1; j >= Math.max(from, start - 4); j--) {
            String w = a.ix.word(j);
            String v = Conjunction.strip(w);
            if (v.startsWith("نقل") || v.startsWith("اسعف") || v.startsWith("ينقل") || v.startsWith("تنقل")) {
                return true;
            }
            if (ROAD_TO.contains(v)) {
                return true;  // «الطريق المؤدي إلى بلدة الشحيل»: where a road leads, not where the event was
            }
        }
        return false;
    }

    /** «المؤدي إلى», «الواصل بين», «الرابط بين»: words of a road's course. */
    private static final Set<String> ROAD_TO = WordLists.of("ROAD_TO");

    /** An empty name, or one common word («أخرى», «المستشفيات», «بالمقر») that names no place. */
    static boolean isNotAName(Lexicon lex, String name) {
        if (name.isBlank()) {
            return true;
        }
        if (name.indexOf(' ') >= 0) {
            return false;
        }
        for (String prefix : new String[] {"", "و", "ف", "ب", "ل", "وب", "ول", "فب"}) {
            if (name.startsWith(prefix) && name.length() - prefix.length() >= 2
                    && lex.notPlaceNames.contains(name.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
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
