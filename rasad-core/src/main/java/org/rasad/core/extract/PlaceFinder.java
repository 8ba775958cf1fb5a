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

    private static final Set<String> CALLED = WordLists.of("CALLED");
    private static final Set<String> DESCRIBED_AS = WordLists.of("DESCRIBED_AS");
    /** «صحة», «تربية»: after «مديرية», «دائرة», the office of the province named next, which is the place. */
    private static final Set<String> OFFICES = WordLists.of("OFFICES");
    /** Words that begin a place name on their own («أم الأرانب», «بني وليد»): umm, abu, bir, ain, ras, bani... */
    private static final Set<String> NAME_FORMING = WordLists.of("NAME_FORMING");
    /** Words that make a name-forming word an idiom rather than a place («في رأس السنة», «في عين المكان»). */
    private static final Set<String> IDIOM_AFTER = WordLists.of("NOT_A_PLACE_AFTER");
    /** Name-forming words that also begin people's names: after «على» they are a person («القبض على أبو بكر»). */
    private static final Set<String> PERSON_FORMING = WordLists.of("PERSON_FORMING");
    /** Words after which a bare name-forming word is a place. */
    private static final Set<String> INTO = WordLists.of("INTO");

    /** «في», «قرب», also with «و» or «ف» written on («وفي البصرة»): the word before a place named bare. */
    static boolean isInto(String w) {
        return INTO.contains(w) || (w.startsWith("و") || w.startsWith("ف")) && INTO.contains(w.substring(1));
    }

    /** «بلدات», «قرى», «مدن»: plural words for towns, before a list of names or a description. */
    private static final Set<String> PLURAL_SETTLEMENTS = WordLists.of("PLURAL_SETTLEMENTS");

    /** «العاصمة» with its prepositions: a capital named in apposition follows it. */
    private static final Set<String> CAPITAL = WordLists.of("CAPITAL_WORDS");


    private PlaceFinder() {
    }

    static List<PlaceMention> find(Annotations a, int from, int to) {
        List<PlaceMention> out = new ArrayList<>();
        int[] nearUntil = {-1};  // «بالقرب من جبل …»: the place word after «قرب» is near, not in
        for (int i = from; i < to; i++) {
            PlaceWord w = a.placeWord[i];
            i = w == null ? bareName(a, i, from, to, out) : afterPlaceWord(a, w, i, from, to, out, nearUntil);
        }
        quotedNames(a, from, to, out);
        countries(a, from, to, out);
        out.removeIf(p -> p.kind() != PlaceMention.Kind.COUNTRY && p.kind() != PlaceMention.Kind.REGION
                && (PlaceNameSpans.isNotAName(a.lex, p.name())
                    // «الطريق الرابط بين أفجوي ومقديشو»: a road between two towns runs by both; one it leads to does not
                    || isDestination(a, p.start(), from) && !"between".equals(p.relation())));
        return out;
    }

    /** A name with no place word before it: «في أم الأرانب», or a town the gazetteer knows; the last token read. */
    private static int bareName(Annotations a, int i, int from, int to, List<PlaceMention> out) {
        TextIndex ix = a.ix;
        int listed = KnownTownNames.listedAfter(a, i, to, out.isEmpty() ? null : out.get(out.size() - 1));
        if (listed > i) {
            // «في بغداد والبصرة»: the next town of a list, a place of its own
            String name = PlaceNameSpans.stripWaw(PlaceNameSpans.join(ix, i, listed));
            out.add(new PlaceMention(i, listed, name, PlaceMention.Kind.SETTLEMENT, "in", null, -1, null, null));
            return listed - 1;
        }
        boolean formed = startsBareName(a, i, from, to);
        int end = formed ? PlaceNameSpans.nameEnd(a, i, to) : KnownTownNames.end(a, i, from, to);
        if (!formed && end > i && !out.isEmpty() && out.get(out.size() - 1).end() == i
                && !PlaceNameSpans.isNotAName(a.lex, out.get(out.size() - 1).name())) {
            // «حي القلعة بمرزق», «ساحة الحبوبي بالناصرية»: the town that holds the place just named, not a place of its
            // own; it anchors that place, which the gazetteer may not know. In «مقر البرلمان بالرباط» the building is no
            // name, and the town is the place.
            PlaceMention held = out.get(out.size() - 1);
            if (held.anchor() == null && "in".equals(held.relation())) {
                String town = PlaceNameSpans.withoutPreposition(a, PlaceNameSpans.join(ix, i, end));  // «ببغداد» → «بغداد»
                out.set(out.size() - 1, new PlaceMention(held.start(), held.end(), held.name(), held.kind(), held.relation(),
                        town, held.bearing(), held.distanceKm(), held.country()));
            }
            return end - 1;
        }
        if (end <= i) {
            return i;
        }
        String name = PlaceNameSpans.join(ix, i, end);
        if (!formed && !(i > from && isInto(ix.word(i - 1)))) {
            name = PlaceNameSpans.withoutPreposition(a, name);  // «ببنغازي»: the preposition is written onto the name
        }
        // a town the gazetteer knows is a settlement, like one introduced by «مدينة»; a province it knows is an area
        PlaceMention.Kind kind = formed ? PlaceMention.Kind.NAMED
                : a.knownPlaces.isProvinceOnly(name, a.country == null ? null : a.country.iso2()) ? PlaceMention.Kind.AREA
                : PlaceMention.Kind.SETTLEMENT;
        PlaceMention p = RelativePlaces.withOffset(a, new PlaceMention(i, end, name, kind, "in", null, -1, null, null), to);
        out.add(p);
        return p.end() - 1;
    }

    /** The place a place word introduces («مدينة سرت», «قرب جبل عصيدة», «شمال البلاد»); the last token read. */
    private static int afterPlaceWord(Annotations a, PlaceWord w, int i, int from, int to, List<PlaceMention> out,
                                      int[] nearUntil) {
        TextIndex ix = a.ix;
        if (i > from && ix.isQuote(i - 1) && w.introducesName() && a.placeWordEnd[i] < to && ix.isQuote(a.placeWordEnd[i])) {
            // «"الوادي"»: a quoted place word is the name itself
            out.add(new PlaceMention(i, a.placeWordEnd[i], PlaceNameSpans.join(ix, i, a.placeWordEnd[i]), PlaceMention.Kind.NAMED,
                    "in", null, -1, null, null));
            return a.placeWordEnd[i];
        }
        int after = a.placeWordEnd[i];
        if (w.kind() == PlaceWord.Kind.AREA_NAME) {
            // «الضفة الغربية», «وبقطاع غزة»: the dictionary's phrase is the name; «الغربية» in it is no direction
            out.add(new PlaceMention(i, after, w.phrase(), PlaceMention.Kind.AREA, i == nearUntil[0] ? "near" : "in", null, -1,
                    null, null));
            return after - 1;
        }
        if (w.kind() == PlaceWord.Kind.DIRECTION) {
            return region(a, i, to, out, i);
        }
        if (!w.introducesName() && w.kind() != PlaceWord.Kind.NEAR) {
            return i;
        }
        // «مدينة جسر الشغور», «بلدة سوق الخميس», «منطقة سوق الجمعة»: a town or district whose name begins with a place word
        boolean compoundTown = (w.kind() == PlaceWord.Kind.SETTLEMENT || w.kind() == PlaceWord.Kind.AREA) && after < to
                && a.placeWord[after] != null
                && a.placeWord[after].kind() != PlaceWord.Kind.NEAR && PlaceNameSpans.startsCompound(ix.word(after));
        if (after < to && a.placeWord[after] != null && !compoundTown
                && (a.placeWord[after].introducesName() || a.placeWord[after].kind() == PlaceWord.Kind.NEAR)) {
            if (w.kind() == PlaceWord.Kind.NEAR) {
                nearUntil[0] = after;
            }
            // «بالقرب من جبل …», «مقر بلدة …»: the place word that follows names the place; «في قرية قرب مدينة
            // مايدوغوري»: an unnamed village near the town
            return i;
        }
        BetweenTowns.Reading road = BetweenTowns.after(a, after, to);
        if (road.namedByNext()) {
            return i;  // «طريق يربط مدينتي أفجوي ومقديشو»: the place word that follows names the towns
        }
        if (road.between() != null) {
            out.add(road.between());
            return road.between().end() - 1;
        }
        if (CAPITAL.contains(ix.bare(i)) && after < to) {
            // «بالعاصمة تونس», «العاصمة الصومالية مقديشو»: the capital named in apposition is the city
            int name = RelativePlaces.pastCountryAdjective(a, after, to);
            int end = PlaceNameSpans.nameEnd(a, name, to);
            if (end == name + 1 && end < to && a.ix.tokens.get(end).isWord() && a.placeWord[end] == null
                    && RelativePlaces.knownWhole(a, name, end + 1) != null) {
                end++;  // «العاصمة إسلام آباد»: a second word the gazetteer knows as part of the name
            }
            if (end > name && a.actorAt[name] == null) {
                out.add(new PlaceMention(name, end, PlaceNameSpans.join(ix, name, end), PlaceMention.Kind.SETTLEMENT, "in", null,
                        -1, null, null));
                return end - 1;
            }
        }
        if (w.introducesName() && isDefinite(ix.word(i)) && !(after < to && ix.isQuote(after))) {
            return i;  // «المنطقة», «البلدة»: the area already named, not a new name
        }
        if (i > from && NAMED_AFTER_PLACES.contains(ix.bare(i - 1))) {
            return i;  // «إلغاء اتفاقية وادي عربة»: a treaty named after a place, which is no place of the event
        }
        boolean dual = ix.word(i).endsWith("تي") || (i > from && ix.word(i - 1).equals("بين"));
        if (after < to && CALLED.contains(ix.word(after))) {
            after++;  // «منطقة تسمى "الوادي"»: the name follows «called»
            while (after < to && (ix.word(after).equals("ب") || ix.word(after).equals("باسم"))) {
                after++;
            }
        }
        if (after + 1 < to && OFFICES.contains(ix.word(after)) && !ix.isPunctuation(after + 1)) {
            after++;  // «مديرية صحة صلاح الدين», «دائرة تربية نينوى»: an office of the province named after it
        }
        int nameEnd = PlaceNameSpans.nameEnd(a, after, to);
        if (nameEnd == after + 1 && w.kind() != PlaceWord.Kind.NATURAL && PlaceNameSpans.secondWordOfName(a, nameEnd, to)) {
            nameEnd++;  // «بلدة عيتا الشعب», «مدينة معرة النعمان»: a noun with the article goes on the name
        } else if (nameEnd == after + 1 && w.kind() == PlaceWord.Kind.SETTLEMENT
                && PlaceNameSpans.indefiniteSecondWord(a, nameEnd, to)) {
            nameEnd++;  // «بلدة بولو برتي بإقليم هيران», «مدينة الخرطوم بحري»
        }
        if (nameEnd == after + 1 && nameEnd < to && a.ix.tokens.get(nameEnd).isWord()
                && (a.placeWord[nameEnd] == null || a.placeWord[nameEnd].kind() == PlaceWord.Kind.DIRECTION)
                && RelativePlaces.knownWhole(a, after, nameEnd + 1) != null) {
            // «منطقة شبيلي الوسطى», «محافظة كابو ديلغادو»: a second word the gazetteer knows as part of the name
            nameEnd++;
        }
        if (nameEnd <= after) {
            return region(a, after, to, out, i);
        }
        String name = PlaceNameSpans.join(ix, after, nameEnd);
        if (DescribedPlaces.isAdjective(a, i, after, nameEnd)) {
            return i;
        }
        if (PLURAL_SETTLEMENTS.contains(ix.bare(i))
                && !a.knownPlaces.isPlace(name, a.country == null ? null : a.country.iso2())) {
            // «غارات على بلدات النبطية والخيام»: the first of the towns the gazetteer knows; «قرى عدة», «قرى المسيحيين»
            // name none
            return i;
        }
        String relation = w.kind() == PlaceWord.Kind.NEAR || i == nearUntil[0] ? "near" : "in";
        PlaceMention.Kind kind = kindOf(w);
        if (w.kind() == PlaceWord.Kind.NATURAL) {
            if (PlaceNameSpans.isNotAName(a.lex, name)) {
                return i;  // «إلى غابة مجاورة»: a feature described, not named
            }
            after = i;  // the feature word is part of its name: «جبل عصيدة», «وادي عتبة»
            name = PlaceNameSpans.join(ix, after, nameEnd);
            if (a.lex.placeWords.longestAt(new PlaceNameSpans.OneWord(ix.word(i)), 0) == null) {
                name = name.substring(ix.word(i).length() - PlaceNameSpans.featureWordLength(a, i));  // «بجبل» → «جبل»
            }
        }
        if (dual && nameEnd < to && ix.word(nameEnd).startsWith("و")) {
            int secondStart = ix.word(nameEnd).equals("و") ? nameEnd + 1 : nameEnd;
            int second = PlaceNameSpans.nameEnd(a, secondStart, to, true);
            if (second > secondStart) {
                String joined = PlaceNameSpans.join(ix, secondStart, second);
                String other = secondStart == nameEnd ? PlaceNameSpans.stripWaw(joined) : joined;
                if (i > from && ix.word(i - 1).equals("بين")) {
                    out.add(new PlaceMention(after, second, name, kind, "between", other, -1, null, null));
                } else {
                    // «في مدينتي الرباط والدار البيضاء»: the two towns, each a place, not somewhere between them
                    out.add(new PlaceMention(after, nameEnd, name, kind, relation, null, -1, null, null));
                    out.add(new PlaceMention(secondStart, second, other, kind, relation, null, -1, null, null));
                }
                return second - 1;
            }
        }
        PlaceMention p = RelativePlaces.withOffset(a,
                new PlaceMention(after, nameEnd, name, kind, relation, null, -1, null, null), to);
        out.add(p);
        return p.end() - 1;
    }

    /** «شمال البلاد», «في جنوب البلاد»: a part of the country, if one starts at {@code at}; the last token read. */
    private static int region(Annotations a, int at, int to, List<PlaceMention> out, int i) {
        PlaceMention region = RelativePlaces.region(a, at, to);
        if (region == null) {
            return i;
        }
        out.add(region);
        return region.end() - 1;
    }

    /** «"الوادي"» with no place word: a quoted name the clause has not placed otherwise. */
    private static void quotedNames(Annotations a, int from, int to, List<PlaceMention> out) {
        for (int i = from; i + 2 < to; i++) {
            int q = i + 1;
            if (isQuotedName(a, i) && out.stream().noneMatch(p -> p.start() <= q && q < p.end())) {
                int end = PlaceNameSpans.nameEnd(a, q, to);
                if (end > q) {
                    out.add(new PlaceMention(q, end, PlaceNameSpans.join(a.ix, q, end), PlaceMention.Kind.NAMED, "in", null, -1, null, null));
                }
            }
        }
    }

    /** Country names not already inside a place. */
    private static void countries(Annotations a, int from, int to, List<PlaceMention> out) {
        for (PhraseMatcher.Match<Country> m : a.lex.countryNames.findAll(new PlaceNameSpans.SpanWords(a.ix, from, to))) {
            int s = from + m.start();
            int e = from + m.end();
            // «15 جنديا إثيوبيا»: the soldiers' nationality, read into the actor, is no place
            boolean nationality = a.actorAt[s] != null && a.actorAt[s].start() < s && AliasMeanings.looksAccusative(a.ix, s);
            if (!nationality && out.stream().noneMatch(p -> p.start() <= s && s < p.end())) {
                out.add(new PlaceMention(s, e, PlaceNameSpans.join(a.ix, s, e), PlaceMention.Kind.COUNTRY, "in", null, -1, null,
                        m.values().get(0)));
            }
        }
    }

    /** «في أم الأرانب», «ببني وليد»: a name-forming word after a preposition, followed by a name. */
    private static boolean startsBareName(Annotations a, int i, int from, int to) {
        TextIndex ix = a.ix;
        String w = ix.word(i);
        boolean direct = NAME_FORMING.contains(w) && i > from && (isInto(ix.word(i - 1))
                || (ix.word(i - 1).equals("علي") && !PERSON_FORMING.contains(w)));
        boolean clitic = !NAME_FORMING.contains(w) && w.startsWith("ب") && NAME_FORMING.contains(w.substring(1));
        if (!(direct || clitic) || i + 1 >= to || a.actorAt[i] != null || a.actorAt[i + 1] != null) {
            return false;
        }
        if (clitic && i > from && CALLED.contains(ix.word(i - 1)) && (i - 2 < from || a.placeWord[i - 2] == null)) {
            return false;  // «العفري المعروف بأبو جاسم»: a man's by-name; «منطقة تعرف بأم الخير» is a place
        }
        String next = ix.word(i + 1);
        return ix.tokens.get(i + 1).isWord() && !PlaceNameSpans.STOP.contains(next) && !IDIOM_AFTER.contains(next)
                && a.placeWord[i + 1] == null && !a.cueHead[i + 1];
    }

    static boolean isDefinite(String w) {
        return w.startsWith("ال") || w.startsWith("بال") || w.startsWith("وال") || w.startsWith("فال")
                || w.startsWith("لل") || w.startsWith("كال");
    }

    /** «في “القطرون”», «بـ"الوادي"»: a quoted word after «في» or «ب» names a place. */
    private static boolean isQuotedName(Annotations a, int i) {
        String w = a.ix.word(i);
        return (w.equals("في") || w.equals("ب") || w.equals("بـ")) && a.ix.isQuote(i + 1)
                && a.ix.tokens.get(i + 2).kind() == Token.Kind.ARABIC && a.actorAt[i + 2] == null
                && !(w.startsWith("ب") && describedAs(a, i));
    }

    /** «وصفه المتظاهرون بـ"السفاح"»: what someone is called, after a verb of calling a few words back, is no place. */
    private static boolean describedAs(Annotations a, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (DESCRIBED_AS.contains(a.ix.word(k)) || DESCRIBED_AS.contains(a.ix.bare(k))) {
                return true;
            }
        }
        return false;
    }

    private static PlaceMention.Kind kindOf(PlaceWord w) {
        return switch (w.kind()) {
            case SETTLEMENT -> PlaceMention.Kind.SETTLEMENT;
            // a natural feature's name holds its word («جبل عصيدة»), so it needs no word added back: an area
            case AREA, NATURAL, FRONT -> PlaceMention.Kind.AREA;
            case SITE -> PlaceMention.Kind.SITE;
            default -> PlaceMention.Kind.NAMED;
        };
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
            if (w.startsWith("وصول") && w.length() > 4) {
                return true;  // «وفارق الحياة قبل وصوله إلى مستشفى الثورة»: where the victim was being taken
            }
            if (v.startsWith("اقتاد") && (j + 1 < start && TOWARD.contains(a.ix.word(j + 1)) || TOWARD.contains(a.ix.word(start - 1)))) {
                // «واقتادوهن نحو جبال ماندارا», «ثم اقتادوا النساء نحو الجبال»: where the abducted were taken, not where
                // they were seized
                return true;
            }
            if (ROAD_TO.contains(v)) {
                return true;  // «الطريق المؤدي إلى بلدة الشحيل»: where a road leads, not where the event was
            }
            if (TOWARD.contains(v) && fledBefore(a, j, from)) {
                // «وفرار الباقين باتجاه وادي الشاي», «وفرار مئات الأسر نحو مدينة الأبيض»: where people fled, not where
                // they fought or were attacked
                return true;
            }
        }
        return false;
    }

    /** How far before «نحو» the word of fleeing may stand («فرار مئات الأسر نحو»). */
    private static final int FLED_REACH = 3;

    private static boolean fledBefore(Annotations a, int toward, int from) {
        for (int k = toward - 1; k >= Math.max(from, toward - FLED_REACH); k--) {
            if (a.ix.formIn(k, FLED)) {
                return true;
            }
        }
        return false;
    }

    /** «اتفاقية», «قمة», «مؤتمر»: what is named after the place that follows. */
    private static final Set<String> NAMED_AFTER_PLACES = WordLists.of("NAMED_AFTER_PLACES");

    /** «باتجاه», «نحو», «إلى»: toward a place. */
    private static final Set<String> TOWARD = WordLists.of("TOWARD");
    /** Fleeing and withdrawing («فر», «انسحبوا», «فرار الباقين»): the place they go toward is no place of the event. */
    private static final Set<String> FLED = WordLists.of("FLED");

    /** «المؤدي إلى», «الواصل إلى»: words of a road's course. */
    private static final Set<String> ROAD_TO = WordLists.of("ROAD_TO");
}

