package org.rasad.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.dict.PhraseMatcher;
import org.rasad.core.text.DateMention;
import org.rasad.core.text.DateParser;
import org.rasad.core.text.Dateline;
import org.rasad.core.text.NumberParser;
import org.rasad.core.text.Quantity;

/**
 * Everything the dictionaries and parsers found in one article, indexed by token: cues, numbers,
 * dates, place words and actors, plus the article's country and reference date.
 *
 * <p>The order matters: the country must be known before actors (generic actors take it), and
 * actors before nothing else; cues, numbers and dates are independent of each other.
 */
final class Annotations {

    final TextIndex ix;
    final Lexicon lex;
    /** Cues of the phrase covering each token (empty when none). */
    final List<EnumSet<Cue>> cues;
    /** True where a cue phrase begins. */
    final boolean[] cueHead;
    /** The quantity whose number begins at each token, and the token after it. */
    final Quantity[] quantity;
    final int[] quantityEnd;
    final List<DateRef> dates;
    final PlaceWord[] placeWord;
    final int[] placeWordEnd;
    final Country country;
    final List<ActorMention> actors;
    /** The organised group the article is mostly about, or null. */
    final ActorMention focus;
    final ActorMention[] actorAt;
    final LocalDate reference;

    /** A date phrase at tokens {@code [start, end)}. */
    record DateRef(int start, int end, DateMention mention) {
    }

    /** Towns read as places by their bare name («في بغداد»); {@link KnownPlaces#NONE} without a gazetteer. */
    final KnownPlaces knownPlaces;

    Annotations(TextIndex ix, Lexicon lex, LocalDate published) {
        this(ix, lex, published, KnownPlaces.NONE);
    }

    /** What a word inside a group's name never says: that the event was denied, wished for or yet to come. */
    private static final EnumSet<Cue> NOT_IN_NAMES = EnumSet.of(Cue.NEGATION, Cue.UNREAL, Cue.FUTURE);

    Annotations(TextIndex ix, Lexicon lex, LocalDate published, KnownPlaces knownPlaces) {
        this.ix = ix;
        this.lex = lex;
        this.knownPlaces = knownPlaces;
        int n = ix.size();
        cues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cues.add(EnumSet.noneOf(Cue.class));
        }
        cueHead = new boolean[n];
        List<PhraseMatcher.Match<Cue>> idioms = new ArrayList<>();
        for (PhraseMatcher.Match<Cue> m : lex.cues.findAll(ix)) {
            cueHead[m.start()] = true;
            for (int i = m.start(); i < m.end(); i++) {
                cues.get(i).addAll(m.values());
            }
            if (m.values().contains(Cue.IDIOM)) {
                idioms.add(m);
            }
        }
        for (PhraseMatcher.Match<Cue> m : idioms) {
            // «قنبلة موقوتة», «فجر اليوم», «هجوما لاذعا»: the trigger word inside an idiom means no violence
            for (int i = m.start(); i < m.end(); i++) {
                cues.get(i).removeIf(Cue::isTrigger);
            }
        }
        unmarkScareQuotes();
        SplitPhrases.mark(ix, cues, cueHead);
        Comparisons.unmark(ix, cues, cueHead);
        unmarkKillers();
        dronesBySpelling();
        quantity = new Quantity[n];
        quantityEnd = new int[n];
        for (Quantity q : NumberParser.instance().find(ix.norm)) {
            int[] r = ix.tokenRange(q.numberSpan());
            if (r[1] > r[0]) {
                quantity[r[0]] = q;
                quantityEnd[r[0]] = r[1];
            }
        }
        dates = new ArrayList<>();
        List<DateMention> dateMentions = DateParser.instance().find(ix.norm);
        for (DateMention d : dateMentions) {
            int[] r = ix.tokenRange(d.span());
            if (r[1] > r[0] && !inShortQuote(ix, r[0], r[1])) {
                dates.add(new DateRef(r[0], r[1], d));
            }
        }
        placeWord = new PlaceWord[n];
        placeWordEnd = new int[n];
        for (PhraseMatcher.Match<PlaceWord> m : lex.placeWords.findAll(ix)) {
            if (isAdjectiveOfPlaceNoun(ix, lex, m) || isGroupNamedFront(ix, m) || isWawBeforeHamza(ix, m)) {
                continue;
            }
            placeWord[m.start()] = m.values().get(0);
            placeWordEnd[m.start()] = m.end();
        }
        List<PhraseMatcher.Match<ActorEntry>> actorMatches = lex.actors.findAll(ix.names);
        country = articleCountry(ix, lex, actorMatches, quantity, quantityEnd, placeWord, knownPlaces);
        ActorFinder.Found found = ActorFinder.find(ix, lex, country, actorMatches);
        actors = StrikeNationality.withForces(ix, lex, cues, found.actors());
        focus = found.focus();
        actorAt = new ActorMention[n];
        for (ActorMention a : actors) {
            for (int i = a.start(); i < a.end(); i++) {
                actorAt[i] = a;
                if (!a.entry().isGeneric() && cues.get(i).removeAll(NOT_IN_NAMES) && i == a.start() && cues.get(i).isEmpty()) {
                    cueHead[i] = false;  // «حركة طالبان باكستان»: «طالبان» is part of a name, not «they demand»
                }
            }
        }
        // «حركة 23 مارس», «قوى 14 آذار»: a day in a group's name is when it was founded, not when anything happened
        dates.removeIf(d -> actorAt[d.start()] != null && actorAt[d.start()] == actorAt[d.end() - 1]);
        reference = published != null ? published : Dateline.find(ix.norm, dateMentions).orElse(null);
    }

    /**
     * «ميليشيا مدنية رديفة», «مصادر ميدانية», «منطقة جبلية وعرة»: an adjective whose light stem is a place noun
     * («مدن», «ميدان», «جبل») introduces no name. A direction keeps its adjective («الأطراف الجنوبية»).
     */
    private static boolean isAdjectiveOfPlaceNoun(TextIndex ix, Lexicon lex, PhraseMatcher.Match<PlaceWord> m) {
        return m.end() == m.start() + 1 && m.values().get(0).introducesName() && isNisba(ix.word(m.start()))
                && lex.placeWords.longestAt(ix.names, m.start()) == null;
    }

    /** How many words a quoted name may hold before its date word («"المصري اليوم"», «"أخبار اليوم"»). */
    private static final int QUOTED_NAME_WORDS = 2;

    /**
     * «المنيا – "المصري اليوم": أعلنت …»: a day word inside a short quoted name (a newspaper, a programme) is part of
     * the name, no date.
     */
    private static boolean inShortQuote(TextIndex ix, int from, int to) {
        if (to >= ix.size() || !ix.isQuotationMark(to)) {
            return false;  // «اليوم (الخميس)»: a day in brackets is a date
        }
        for (int k = from - 1; k >= Math.max(0, from - 1 - QUOTED_NAME_WORDS); k--) {
            if (ix.isQuotationMark(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «وأدى المحازبون الصلاة»: normalisation writes «وأدى» like the valley «وادي», but a hamza after the «و» shows
     * the «و» is «and» before a word of its own, so no place word that begins «وا» is read there.
     */
    private static boolean isWawBeforeHamza(TextIndex ix, PhraseMatcher.Match<PlaceWord> m) {
        if (!ix.word(m.start()).startsWith("وا")) {
            return false;
        }
        String w = ix.originalText(m.start(), m.start() + 1);
        return w.length() > 2 && w.charAt(0) == '\u0648' && (w.charAt(1) == '\u0623' || w.charAt(1) == '\u0625');
    }

    /** «بـ"جبهة الخلاص"», «عناصر جبهة التحرير»: a front is a place only where something happens in it («وفي جبهة صرواح»). */
    private static boolean isGroupNamedFront(TextIndex ix, PhraseMatcher.Match<PlaceWord> m) {
        return m.values().get(0).kind() == PlaceWord.Kind.FRONT && (m.start() == 0 || !PlaceFinder.isInto(ix.word(m.start() - 1)));
    }

    /** «مدنية», «مدنيان», «مدنيين», «مدنيون»: the endings of an adjective of relation, feminine, dual and plural. */
    private static boolean isNisba(String w) {
        return w.endsWith("يه") || w.endsWith("يان") || w.endsWith("يين") || w.endsWith("يون");
    }

    /**
     * Whether a verb of occurrence («وقع», «تعرض», «هاجم») begins at the token. Looked up on demand: only
     * clauses with an event word and no figure ask, so a pass over every article would be wasted.
     */
    boolean occurrenceAt(int token) {
        // «القتل والاختطاف»: the stem of a verb of occurrence with the article is a noun, which says nothing happened
        return lex.occurrences.longestAt(ix, token) != null && !ix.hasArticle(token);
    }

    private static final Set<String> NEWS_AGENCY_WORDS = WordLists.of("NEWS_AGENCY_WORDS");

    private static final Set<String> KILLERS = WordLists.of("KILLERS");

    /**
     * «محاسبة قتلة المتظاهرين»: «قتلة» (killers) is written like «قتله» (killed him) once «ة» is normalised;
     * with «ة» in the original it names the doers, and tells no death.
     */
    /**
     * «استهدفت مسيّرات تابعة للجيش»: spelt with its shadda, «مسيّرة» is a drone; normalisation writes it like «مسيرة»,
     * a march, which the writer's shadda tells apart, or the word before or after it.
     */
    private void dronesBySpelling() {
        for (int i = 0; i < ix.size(); i++) {
            if (cueHead[i] && cues.get(i).contains(Cue.PROTEST) && ix.bare(i).contains("مسير")
                    && (ix.hasShadda(i) || droneByContext(i))) {
                cues.get(i).remove(Cue.PROTEST);
                cues.get(i).add(Cue.AIRSTRIKE);
            }
        }
    }

    /**
     * «شنت الحكومة "هجوما" على المضاربين», «بتسديدة "صاروخية"», «الجماهير التي "انفجرت" فرحا»: an event word quoted
     * on its own is the writer keeping their distance from it, a figure of speech; a quoted name or saying runs longer.
     */
    private void unmarkScareQuotes() {
        for (int i = 1; i + 1 < ix.size(); i++) {
            if (cueHead[i] && ix.word(i - 1).equals("\"") && ix.word(i + 1).equals("\"")
                    && cues.get(i).stream().anyMatch(Cue::isTrigger)) {
                cues.get(i).removeIf(Cue::isTrigger);
            }
        }
    }

    private static final Set<String> DRONE_BEFORE = WordLists.of("DRONE_BEFORE");
    private static final Set<String> DRONE_AFTER = WordLists.of("DRONE_AFTER");

    /** «أسقطت الدفاعات مسيرة», «مسيرات أطلقتها قوات …»: the word before or after tells a drone from a march. */
    private boolean droneByContext(int i) {
        return i > 0 && DRONE_BEFORE.contains(ix.bare(i - 1)) || i + 1 < ix.size() && DRONE_AFTER.contains(ix.bare(i + 1));
    }

    private void unmarkKillers() {
        for (int i = 0; i < ix.size(); i++) {
            if (cues.get(i).contains(Cue.KILLED) && ix.taMarbuta(i)) {
                String w = ix.bare(i);
                if (KILLERS.contains(w.startsWith("ال") ? w.substring(2) : w)) {
                    cues.get(i).remove(Cue.KILLED);
                }
            }
        }
    }

    private static final Set<String> CHARGES = WordLists.of("CHARGES");
    /** «محاولة», «محاولات»: an attempt at the event named after it. */
    static final Set<String> ATTEMPTS = WordLists.of("ATTEMPTS");

    /** Whether an event word («هجوم», «قصف», «اعتقل») begins at {@code token}; no stream made per call. */
    boolean triggerAt(int token) {
        if (!cueHead[token]) {
            return false;
        }
        for (Cue c : cues.get(token)) {
            if (c.isTrigger()) {
                return true;
            }
        }
        return false;
    }

    /**
     * «متهم بقتل شرطي», «بتهمة محاولة اغتيال الوزير»: the word of violence is what someone is charged with, right
     * after the word of the charge (an attempt may stand between); it tells no violence, and counts no dead.
     */
    boolean afterCharge(int token) {
        int j = token - 1;
        if (j >= 0 && ATTEMPTS.contains(ix.bare(j))) {
            j--;
        }
        return j >= 0 && CHARGES.contains(ix.bare(j));
    }

    /**
     * Whether a reason for protest («احتجاجا على», «تنديدا ب») ends right before the token: what follows is
     * what people protest, not what happened at the protest.
     */
    boolean afterReason(int token) {
        for (int j = Math.max(0, token - 3); j < token; j++) {
            PhraseMatcher.Match<Cue> m = lex.reasons.longestAt(ix, j);
            if (m != null && m.end() == token) {
                return true;
            }
        }
        return false;
    }

    /** How far before a counted word its number may begin («خمسة عشر فلسطينيا», «أكثر من مئة هجوم»). */
    private static final int COUNT_REACH = 3;

    /**
     * The number that counts {@code token} («عشرين فلسطينيا», «أكثر من مئة هجوم»): a quantity ending right before it,
     * beginning at most {@value #COUNT_REACH} tokens back and not before {@code from}; null when none does.
     */
    Quantity countOf(int token, int from) {
        int q = countStart(quantity, quantityEnd, token, from);
        return q < 0 ? null : quantity[q];
    }

    private static int countStart(Quantity[] quantity, int[] quantityEnd, int token, int from) {
        for (int q = token - 1; q >= Math.max(from, token - COUNT_REACH); q--) {
            if (quantity[q] != null && quantityEnd[q] == token) {
                return q;
            }
        }
        return -1;
    }

    /** Whether the token is part of a date phrase. */
    boolean inDate(int token) {
        for (DateRef d : dates) {
            if (d.start() <= token && token < d.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether any token of {@code [from, to)} carries the cue. */
    boolean hasIn(int from, int to, Cue cue) {
        for (int i = from; i < to; i++) {
            if (has(i, cue)) {
                return true;
            }
        }
        return false;
    }

    boolean has(int token, Cue cue) {
        return cues.get(token).contains(cue);
    }

    /** One past the last token of the cue phrase that begins at {@code head} («فتح النار»), at most {@code to}. */
    int cueEnd(int head, int to) {
        int end = head + 1;
        while (end < to && !cueHead[end] && cues.get(end).equals(cues.get(head))) {
            end++;
        }
        return end;
    }

    /**
     * «قرب الحدود مع مالي», «قرب الحدود الجنوبية مع تشاد»: a country named as the neighbour, not where the news is.
     */
    private static boolean isNeighbour(TextIndex ix, int country) {
        if (country < 2 || !ix.word(country - 1).equals("مع")) {
            return false;
        }
        for (int j = country - 2; j >= Math.max(0, country - 3); j--) {
            String border = ix.bare(j);
            if (border.equals("الحدود") || border.equals("حدود") || border.equals("الحدوديه")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a capital in the dateline weighs: more than a country named once, less than one named as where something
     * is («في سوريا»), since wire stories about Syria are often filed from Beirut and about Gaza from Cairo.
     */
    private static final int DATELINE_VOTES = 3;

    /** «عمّان - الأناضول:», «الخرطوم (رويترز) -»: the country of a capital or great city that opens the text. */
    private static Country datelineCountry(TextIndex ix, Lexicon lex, KnownPlaces knownPlaces) {
        for (int k = 1; k <= Math.min(3, ix.size() - 1); k++) {
            String w = ix.word(k);
            if (w.equals("(") || ClauseSignals.DASHES.contains(w)) {
                String iso = knownPlaces.countryOfCity(PlaceNameSpans.join(ix, 0, k));
                return iso == null ? null : lex.country(iso);
            }
            if (ix.isPunctuation(k)) {
                return null;
            }
        }
        return null;
    }

    private static Country articleCountry(TextIndex ix, Lexicon lex, List<PhraseMatcher.Match<ActorEntry>> actorMatches,
            Quantity[] quantity, int[] quantityEnd, PlaceWord[] placeWord, KnownPlaces knownPlaces) {
        Map<Country, Integer> votes = new HashMap<>();
        Map<Country, Integer> firstSeen = new HashMap<>();
        Country filedFrom = datelineCountry(ix, lex, knownPlaces);
        if (filedFrom != null) {
            votes.merge(filedFrom, DATELINE_VOTES, Integer::sum);  // «عمّان - الأناضول:»: where the news was filed
            firstSeen.merge(filedFrom, 0, Math::min);
        }
        for (PhraseMatcher.Match<Country> m : lex.countryNames.findAll(ix.names)) {
            // «15 جنديا إثيوبيا»: the adjective of a force counted in the accusative names no place
            boolean nationality = AliasMeanings.looksAccusative(ix, m.start()) && actorMatches.stream()
                    .anyMatch(x -> x.end() == m.start() && x.values().get(0).isGeneric());
            if (!nationality && !ix.furniture[Math.max(0, ix.sentenceOf(m.start()))] && !isNeighbour(ix, m.start())) {
                // «جنوب لبنان», «في موزمبيق»: a country named as where something is, not as a state that acts
                // («الضغط على إسرائيل»)
                PlaceWord before = m.start() > 0 ? placeWord[m.start() - 1] : null;
                boolean asPlace = m.start() > 0 && (ix.word(m.start() - 1).equals("في")
                        || before != null && before.kind() == PlaceWord.Kind.DIRECTION);
                votes.merge(m.values().get(0), asPlace ? 4 : 2, Integer::sum);
                firstSeen.merge(m.values().get(0), m.start(), Math::min);
            }
        }
        for (int i = 0; i < ix.size(); i++) {
            Country c = ActorFinder.nisba(ix, lex, i);
            // «وكالة الأنباء الألمانية», «وكالة الصحافة الفرنسية»: a news agency says who reported, not where
            if (c != null && !(i > 0 && NEWS_AGENCY_WORDS.contains(ix.bare(i - 1)))) {
                // «استشهد عشرين فلسطينيا»: people counted by their nationality are where the news is, more than the
                // adjective of a force or a weapon («غارة إسرائيلية»), which may strike abroad
                boolean counted = countStart(quantity, quantityEnd, i, 0) >= 0;
                votes.merge(c, counted ? 2 : 1, Integer::sum);
                firstSeen.merge(c, i, Math::min);
            }
        }
        for (PhraseMatcher.Match<ActorEntry> m : actorMatches) {
            // local armed groups tell where the article is; foreign forces and governments do not
            ActorEntry e = m.values().get(0);
            Country c = lex.country(e.country());
            // an alias of groups of several countries («أنصار الإسلام») says nothing of where the article is
            boolean oneCountry = m.values().stream().allMatch(v -> java.util.Objects.equals(v.country(), e.country()));
            if (c != null && oneCountry && e.inter() >= 2 && e.inter() <= 4) {
                votes.merge(c, 1, Integer::sum);
                firstSeen.merge(c, m.start(), Math::min);  // «قالت حركة الشباب … القوات الإثيوبية»: named first, it wins a tie
            }
        }
        // a tie goes to the country named first: the lead says where the news is
        return votes.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<Country, Integer> e) -> e.getValue())
                        .thenComparing(e -> -firstSeen.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
                .map(Map.Entry::getKey).orElse(null);
    }
}
