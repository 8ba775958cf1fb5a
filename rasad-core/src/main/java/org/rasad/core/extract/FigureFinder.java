package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasad.core.text.Quantity;
import org.rasad.core.text.Token;

/**
 * Finds who was killed or wounded, and how many, in a span of one sentence.
 *
 * <p>Rules:
 * <ul>
 *   <li>a number counts people only when a person noun, an actor, «من» + actor, «آخرين» or a
 *       killed/wounded noun follows it, or nothing does (end of clause): «3 قذائف», «44 ساعة»,
 *       «80 كيلومترا» are not casualties;</li>
 *   <li>it is a death figure when a killed noun follows («23 قتيلا», «3 جثث»), or a killing word came
 *       shortly before («مقتل 3 من …», «أسفر عن مقتل 30»), or a killing verb follows in the clause
 *       («جنديين … استشهدا», «42 جنديا قد قتلوا»); likewise for the wounded;</li>
 *   <li>a killing word followed by a singular person noun is one death («مقتل جندي»); a killing noun
 *       with a dual pronoun is two («مقتلهما»), with a singular pronoun one («مقتله»);</li>
 *   <li>killed-and-wounded totals («مقتل وإصابة 11») are not death figures; a figure followed by
 *       «منهم» is part of one already counted and is skipped;</li>
 *   <li>the side is the actor named right after the figure; a running-toll word earlier in the
 *       sentence («ارتفعت الحصيلة», «حتى الآن») marks the figure as an update.</li>
 * </ul>
 */
final class FigureFinder {

    private static final int CUE_REACH = 8;
    private static final Set<String> OTHERS = WordLists.of("OTHERS");
    static final Set<String> ANYONE = WordLists.of("ANYONE");

    /** Words for bodies found: a number after them counts the dead. */
    private static final java.util.Set<String> BODIES = WordLists.of("BODIES");

    private FigureFinder() {
    }

    /** How far before a word of death a plan or threat may stand to make it one meant, not done. */
    private static final int PLAN_REACH = 3;

    /**
     * «بتخطيط حركة حماس لاغتياله», «هدد بقتل الرهائن»: a word of plan, threat or future a few words before the word
     * of death. Narrower than the trigger's modality: «نجا من دون أن يصاب بأذى، فيما قتل اثنان» counts the two.
     */
    private static boolean afterPlan(Annotations a, int death, int from) {
        for (int j = Math.max(from, death - PLAN_REACH); j < death; j++) {
            if (a.cueHead[j] && (a.has(j, Cue.UNREAL) || a.has(j, Cue.FUTURE))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RIVAL_TOLLS = WordLists.of("RIVAL_TOLLS");

    /**
     * «تحدثت مصادر محلية عن حصيلة أعلى»: another source's count of the same dead, a rival claim that the dispute
     * keeps beside the first, not a toll that rose since.
     */
    private static boolean isRivalToll(Annotations a, int i, int to) {
        return i + 1 < to && a.ix.bare(i).endsWith("حصيله") && RIVAL_TOLLS.contains(a.ix.bare(i + 1));
    }

    static List<Figure> find(Annotations a, int from, int to) {
        TextIndex ix = a.ix;
        List<Figure> out = new ArrayList<>();
        Cue mode = null;
        int modeAt = -100;
        boolean update = false;
        boolean sinceWhen = false;  // «ليرتفع عدد قتلاه منذ بدء العملية إلى 294»: the running total of a war
        int subsetEnd = -1;  // where the last part of a figure already given ends
        int breakdown = -1;  // the last «بينهم» that began a breakdown of a figure
        boolean earlier = false;  // «وكانت حصيلة أولية قد أشارت إلى …», «في وقت سابق»: a toll the update replaced
        List<Figure> superseded = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!earlier && isEarlierToll(a, from, i)) {
                earlier = true;
                update = false;
            }
            if (earlier && a.has(i, Cue.TOLL) && a.ix.bare(i).contains("رتفع")) {
                earlier = false;  // «… قبل أن يرتفع العدد»: the toll rises again from there
            }
            if (a.has(i, Cue.TOLL) && !earlier && !isRivalToll(a, i, to)) {
                update = true;
            }
            if (update && a.cueHead[i] && a.has(i, Cue.BACKGROUND)) {
                sinceWhen = true;
            }
            if (a.cueHead[i] && a.has(i, Cue.SUBSET) && startsBreakdown(a.ix.word(i)) && !out.isEmpty()) {
                breakdown = i;
            }
            if (a.cueHead[i] && (a.has(i, Cue.KILLED) || a.has(i, Cue.COMBINED)) && (a.afterReason(i) || a.afterCharge(i) || afterPlan(a, i, from))) {
                // «احتجاجا على مقتل مدني»: the death protested, not one at the protest; «متهم بقتل شرطي»: a charge;
                // «هدد بقتل الرهائن», «خطط لاغتياله»: a death threatened or planned
                mode = null;
                continue;
            }
            if (a.cueHead[i]) {
                if (a.has(i, Cue.COMBINED)) {
                    mode = Cue.COMBINED;
                    modeAt = i;
                } else if (a.has(i, Cue.KILLED)) {
                    mode = Cue.KILLED;
                    modeAt = i;
                    Figure implied = ImpliedFigures.impliedByNoun(a, i, to, update);
                    if (implied == null) {
                        implied = ImpliedFigures.subjectBefore(a, i, from, to, update);
                    }
                    if (implied != null) {
                        out.add(implied);
                    }
                } else if (a.has(i, Cue.INJURED)) {
                    mode = Cue.INJURED;
                    modeAt = i;
                    Figure one = ImpliedFigures.oneHurt(a, i, to, update);
                    if (one != null) {
                        out.add(one);
                    }
                } else if (a.has(i, Cue.ARREST) || a.has(i, Cue.KIDNAP)) {
                    mode = null;  // «اعتقل أكثر من 180 متظاهرا … كما أصيب 20»: those counted were taken, not hurt
                    modeAt = i;
                }
            }
            Quantity q = a.quantity[i];
            if (q == null && ImpliedFigures.andOneMore(a, i, out)) {
                Figure last = out.get(out.size() - 1);
                ActorMention side = sideAfter(a, i, Math.min(to, i + 6));
                if (side == null || last.side() != null && side.name().equals(last.side().name())) {
                    // «مقتل امرأة وطفلها», «استشهد طفل وأمه»: one more of the same side, or of none named, adds to the
                    // count; it is no rival claim
                    out.set(out.size() - 1, new Figure(last.kind(), last.quantity(), last.value() + 1, last.start(), i + 1,
                            last.side(), last.update()));
                } else {
                    out.add(new Figure(last.kind(), null, 1L, i, i + 1, side, update));  // «مقتل أربعة مسلحين وجندي»
                }
                continue;
            }
            if (q == null) {
                continue;
            }
            int qEnd = a.quantityEnd[i];
            int after = update && i > from && a.ix.word(i - 1).equals("الي") && a.quantity[i].value() != null
                    ? qEnd  // «ارتفع عدد قتلى القصف إلى 15 بعد وفاة …»: the count a running toll rose to
                    : countedNounEnd(a, q, i, qEnd, to);
            if (after >= 0 && after == qEnd && !q.dual() && (isYear(q) || isOldYear(a, q, i, from))) {
                after = -1;  // «في 17 أبريل 2004», «منذ 1949», «مذبحة 1391»: a year, not a count of people
            }
            // «وقال اثنان من سكان البلدة إن …», «أفاد ثلاثة شهود»: the number counts those who speak
            if (after < 0 || a.inDate(i) || i > from && a.has(i - 1, Cue.SPEECH)) {
                i = qEnd - 1;
                continue;
            }
            Cue kind = null;
            boolean toTheToll = i > from + 1 && a.ix.word(i - 1).equals("الي");  // «… إلى 44»
            int tollNoun = toTheToll ? tollNoun(a, i - 2, from) : -1;
            // the counted noun ends at {@code after}; a headline's last word («… إلى 3 قتلى و34 جريحا») ends the clause too
            if (a.has(after - 1, Cue.KILLED_NOUN) || after < to && a.has(after, Cue.KILLED_NOUN)) {
                kind = Cue.KILLED;
            } else if (i > from && BODIES.contains(a.ix.bare(i - 1))) {
                // «عثر على جثث ثلاثة مهاجرين مصابين بطلقات نارية»: bodies counted, whatever wounds they bear
                kind = Cue.KILLED;
            } else if (diedOfTheWounded(a, after - 1, to) || after < to && diedOfTheWounded(a, after, to)) {
                // «اثنين من المصابين توفيا متأثرين بجروحهما»: of the wounded, those who died; they add to the dead
                // counted before, which a figure of its own would read as a rival claim, so only a new toll counts them
                kind = null;
            } else if (a.has(after - 1, Cue.INJURED_NOUN) || after < to && a.has(after, Cue.INJURED_NOUN)) {
                kind = Cue.INJURED;
            } else if (tollNoun >= 0) {
                // «لترتفع حصيلة القتلى إلى أربعة», «حصيلة قتلى التفجير إلى 9»: the count a toll of the dead or
                // wounded rose to
                kind = a.has(tollNoun, Cue.KILLED_NOUN) ? Cue.KILLED : Cue.INJURED;
            } else if (toTheToll && a.has(i - 2, Cue.TOLL) && !out.isEmpty()
                    && out.get(out.size() - 1).kind() != null) {
                // «بسقوط 30 قتيلا، قبل أن ترتفع الحصيلة إلى 44»: the toll told before, risen
                kind = out.get(out.size() - 1).kind();
            } else if (i > from && a.has(i - 1, Cue.KILLED_NOUN) && a.cueHead[i - 1]) {
                kind = Cue.KILLED;  // «عثر على جثث خمسة أشخاص»: the dead named before their number
            } else if (mode != null && i - modeAt <= CUE_REACH) {
                kind = mode;
            } else if ((a.ix.word(i).startsWith("و") || i > from && a.ix.word(i - 1).equals("و")) && !out.isEmpty()
                    && out.get(out.size() - 1).kind() != null) {
                // «تسعة مدنيين في قرية بليون وأربعة مدنيين في قرية البارة», «11 عنصرا من الفصائل و4 من مقاتلي قسد»
                kind = out.get(out.size() - 1).kind();
            } else if (i - modeAt > CUE_REACH) {
                kind = verbAfter(a, after, to);
                if (kind == null && q.dual()) {
                    kind = dualVerbLater(a, after, to);
                }
            }
            // «3 منهم», «بينهم 3 أطفال»: part of a figure already given; but in «سبعة أشخاص بينهم امرأة وطفل»
            // the figure is the whole and «بينهم» begins its breakdown
            // «أحد القتيلين»: one of the dead already counted; «أحد المهاجمين» is one more
            boolean oneOfThem = (a.ix.word(i).equals("احد") || a.ix.word(i).equals("احدي")) && qEnd < to
                    && a.ix.word(qEnd).startsWith("ال") && (a.has(qEnd, Cue.KILLED_NOUN) || a.has(qEnd, Cue.INJURED_NOUN)
                    || a.ix.word(qEnd).equals("الضحايا"))
                    // «أن بين القتلى طفلين», «ومن بين الجرحى ثلاث نساء»: some of the dead or wounded already counted
                    || i > from + 1 && a.ix.bare(i - 2).endsWith("بين") && a.ix.word(i - 1).startsWith("ال")
                    && (a.has(i - 1, Cue.KILLED_NOUN) || a.has(i - 1, Cue.INJURED_NOUN) || a.ix.word(i - 1).equals("الضحايا"));
            // «ثلاثة منهم» is a part; «عشرة بينهم ثلاثة من الشرطة» is the whole, «بينهم» starts its breakdown
            boolean subset = oneOfThem || (qEnd < to && a.has(qEnd, Cue.SUBSET) && !startsBreakdown(a.ix.word(qEnd)))
                    || (i > from && a.has(i - 1, Cue.SUBSET))
                    || (after < to && after == qEnd + 1 && a.has(after, Cue.SUBSET) && !startsBreakdown(a.ix.word(after)))
                    // «بينهم امرأتان وطفلان», «بينهم خمسة من قسد و12 من الفصائل»: the list goes on
                    || (i == subsetEnd && a.ix.word(i).startsWith("و"))
                    || inBreakdown(a, breakdown, i);
            if (subset) {
                subsetEnd = Math.max(after, qEnd);
                Cue k = kind;
                // «فقتلت اثنين منهم» with no count given before, «أصيب عشرة، توفي اثنان منهم»: a part of people
                // not yet counted this way is a count of its own
                subset = oneOfThem || out.stream().anyMatch(f -> f.kind() == k);
            }
            if ((kind == Cue.KILLED || kind == Cue.INJURED) && !subset && !sinceWhen && !missing(a, Math.max(after, qEnd), to)) {
                int end = Math.max(after, qEnd);
                ActorMention side = sideAfter(a, i, Math.min(to, end + 6));
                if (side == null && qEnd < to && OF_THEM.contains(a.ix.word(qEnd))) {
                    side = lastActorBefore(a, from, i);  // «اشتبكت مع المهاجمين … ما أسفر عن مقتل ثلاثة منهم»
                }
                Figure figure = new Figure(kind, q, q.value(), i, end, side, update);
                out.add(figure);
                if (earlier) {
                    superseded.add(figure);
                }
            }
            i = Math.max(i, qEnd - 1);
        }
        if (out.stream().anyMatch(Figure::update)) {
            out.removeAll(superseded);  // «إلى 14 قتيلا، بعدما كانت التقديرات الأولية تتحدث عن تسعة»: the nine are gone
        }
        return SameSideCounts.addUp(a, rivalAccounts(a, out));
    }

    /**
     * «استشهد ثلاثة مواطنين …، فيما أفادت مصادر في المستشفى بأن عدد الشهداء أربعة»: after «فيما» or «بينما» and a verb
     * of saying, a figure of the same kind with no side of its own is another source's count of the dead just told, a
     * rival claim about the same side, never a side of its own to add.
     */
    private static List<Figure> rivalAccounts(Annotations a, List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures);
        for (int k = 1; k < out.size(); k++) {
            Figure f = out.get(k);
            if (f.side() != null || f.update()) {
                continue;
            }
            for (int p = k - 1; p >= 0; p--) {
                Figure told = out.get(p);
                if (told.kind() == f.kind() && told.side() != null && toldByAnother(a, told.end(), f.start())) {
                    out.set(k, new Figure(f.kind(), f.quantity(), f.value(), f.start(), f.end(), told.side(), false));
                    break;
                }
            }
        }
        return out;
    }

    /** A «فيما»/«بينما» right before a verb of saying between the two figures. */
    private static boolean toldByAnother(Annotations a, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.WHILE) && a.has(i + 1, Cue.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    /** «منهم», «منهن»: of them, the people last named. */
    private static final Set<String> OF_THEM = Set.of("منهم", "منهن");

    /** The actor named last before {@code i} in the clause, or null. */
    private static ActorMention lastActorBefore(Annotations a, int from, int i) {
        for (int j = i - 1; j >= from; j--) {
            if (a.actorAt[j] != null) {
                return a.actorAt[j];
            }
        }
        return null;
    }

    /** «بينهم», «وبينهم»: among whom; what follows breaks the figure down. */
    private static boolean startsBreakdown(String w) {
        return Conjunction.strip(w).startsWith("بين");
    }

    /**
     * Where the counted thing ends, or -1 when the number does not count people. The dual noun
     * («عنصرين») is inside the quantity itself.
     */
    private static int countedNounEnd(Annotations a, Quantity q, int start, int qEnd, int to) {
        TextIndex ix = a.ix;
        if (q.dual()) {
            // «جنديين» counts people; «في هجومين منفصلين», «غارتين» count events, not the dead or wounded
            int noun = qEnd - 1;
            // «متظاهران» counts people, though protesters are also a protest's cue
            return a.cueHead[noun] && a.cues.get(noun).stream().anyMatch(c -> c.isTrigger() && c != Cue.PROTESTER) ? -1 : qEnd;
        }
        if (qEnd >= to) {
            return qEnd;
        }
        if (start > 0 && q.value() != null && q.value() == 2 && (a.actorAt[start - 1] != null || ix.formIn(start - 1, a.lex.persons))) {
            return qEnd;  // «إرهابيين اثنين», «جنديين اثنين»: «two» after the people it counts
        }
        Token next = ix.tokens.get(qEnd);
        if (ix.isPunctuation(qEnd)) {
            return qEnd;
        }
        if (ix.formIn(qEnd, a.lex.persons) || a.actorAt[qEnd] != null || ix.formIn(qEnd, OTHERS) || accusativePerson(a, qEnd)
                || a.has(qEnd, Cue.KILLED_NOUN) || a.has(qEnd, Cue.INJURED_NOUN) || a.has(qEnd, Cue.SUBSET)) {
            return qEnd + 1;
        }
        if (next.text().equals("من") && qEnd + 1 < to
                && (a.actorAt[qEnd + 1] != null || ix.formIn(qEnd + 1, a.lex.persons))) {
            return qEnd + 1;
        }
        int cue = start - 1;
        while (cue > 0 && cue >= start - 8 && (a.inDate(cue) || ix.isPunctuation(cue) || a.actorAt[cue] != null)) {
            cue--;  // «قتلت قوات الأمن أول من أمس أربعة من المتهمين»: the doer and the day between
        }
        if (next.text().equals("من") && cue >= 0 && a.cueHead[cue] && COUNTS_PEOPLE.contains(ix.bare(cue))) {
            return qEnd + 1;  // «مقتل خمسة من فريق الحماية»: right after a death word, «خمسة من …» counts people
        }
        if (a.cueHead[qEnd] && (a.has(qEnd, Cue.KILLED) || a.has(qEnd, Cue.INJURED))) {
            return qEnd;
        }
        String w = next.text();
        if (w.equals("في") || w.equals("و") || w.startsWith("واصاب") || w.startsWith("وجرح")) {
            return qEnd;
        }
        return -1;
    }

    /**
     * «18 فلسطينيا», «25 سوريا»: after a number from eleven to ninety-nine the counted noun is a singular in the
     * accusative; a nationality written so counts people like its plural.
     */
    private static boolean accusativePerson(Annotations a, int i) {
        String w = a.ix.word(i);  // as written: «فلسطينيا» begins with a letter that is also «ف»
        return w.length() > 3 && w.endsWith("يا") && a.lex.persons.contains(w.substring(0, w.length() - 1));
    }

    /**
     * «وكانت حصيلة أولية قد أشارت», «بعد أن كانت قد أفادت في وقت سابق بسقوط 21»: the pluperfect («كان … قد») or «في وقت
     * سابق» tells the figure that follows as one the running toll has since replaced.
     */
    private static boolean isEarlierToll(Annotations a, int from, int i) {
        String w = a.ix.word(i);
        if (w.equals("سابق") && i - 2 >= from && a.ix.word(i - 1).equals("وقت")) {
            return true;
        }
        if ((w.equals("كان") || w.equals("كانت")) && i - 1 >= from && (a.ix.word(i - 1).equals("بعدما")
                || i - 2 >= from && a.ix.word(i - 1).equals("ان") && a.ix.bare(i - 2).equals("بعد"))) {
            return true;  // «إلى 14 قتيلا، بعدما كانت التقديرات الأولية تتحدث عن تسعة قتلى»
        }
        if ((w.equals("كان") || w.equals("كانت") || w.equals("وكان") || w.equals("وكانت")) && i + 1 < a.ix.size()
                && a.has(i + 1, Cue.TOLL)) {
            return true;  // «وكانت حصيلة أولية أعلنتها السلطات يوم السبت قد أشارت إلى مقتل 18»: the toll as it stood
        }
        return ClauseDates.isPluperfectQad(a, i, from);
    }

    /** «جنديين … واللذين استشهدا», «42 جنديا قد قتلوا», «سبعة جنود و11 مسلحا قتلوا»: a killing verb later in the clause. */
    private static Cue verbAfter(Annotations a, int from, int to) {
        int limit = Math.min(to, from + 8);
        for (int j = from; j < limit; j++) {
            int aside = asideEnd(a, j, to);
            if (aside > j) {
                // «أحد عشر مدنيا، بينهم نساء وأطفال، قتلوا»: the breakdown between commas stands aside
                limit = Math.min(to, limit + (aside - j));
                j = aside;
                continue;
            }
            // «سبعة جنود و11 مسلحا قتلوا»: a second count joined by «و» shares the verb after it
            boolean joined = a.quantity[j] != null && j > from && a.ix.word(j - 1).equals("و");
            if (a.quantity[j] != null && !joined || a.ix.word(j).equals(",")) {
                return null;
            }
            if (a.cueHead[j] && a.has(j, Cue.KILLED) && !a.has(j, Cue.COMBINED)) {
                return Cue.KILLED;
            }
            if (a.cueHead[j] && a.has(j, Cue.INJURED)) {
                return Cue.INJURED;
            }
        }
        return null;
    }

    private static final Set<String> WHOLE_ASIDES = WordLists.of("WHOLE_ASIDES");

    /**
     * Whether the number at {@code i} is a part of the breakdown begun at {@code breakdown} («، بينهم خمسة من «قوات
     * سوريا الديمقراطية» (قسد) و12 من فصائل …»): only its parts between, numbers and the people they count. A place
     * ends it: in «تسعة مدنيين بينهم ثلاثة أطفال في قرية بليون وأربعة مدنيين» the four are a whole of their own.
     */
    private static boolean inBreakdown(Annotations a, int breakdown, int i) {
        if (breakdown < 0 || breakdown >= i) {
            return false;
        }
        int k = breakdown + 1;
        while (k < i) {
            if (a.quantity[k] != null) {
                k = Math.max(k + 1, a.quantityEnd[k]);
            } else if (a.ix.isQuote(k) || a.actorAt[k] != null || a.ix.word(k).equals("من") || a.ix.word(k).equals("و")) {
                k++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** A noun of the wounded at {@code noun}, and a verb of death right after it. */
    private static boolean diedOfTheWounded(Annotations a, int noun, int to) {
        int verb = noun + 1;
        return a.has(noun, Cue.INJURED_NOUN) && verb < to && a.cueHead[verb] && a.has(verb, Cue.KILLED)
                && !a.has(verb, Cue.COMBINED);
    }

    /**
     * The noun of the dead or wounded whose toll ends at {@code last}: that word, or the one before it when
     * {@code last} names what the toll is of («حصيلة قتلى التفجير»); -1 when neither is.
     */
    private static int tollNoun(Annotations a, int last, int from) {
        for (int j = last; j >= Math.max(from, last - 1); j--) {
            if (a.has(j, Cue.KILLED_NOUN) || a.has(j, Cue.INJURED_NOUN)) {
                return j;
            }
            if (a.quantity[j] != null || a.ix.isPunctuation(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** How many words an aside between commas may run. */
    private static final int ASIDE_REACH = 8;

    /**
     * The closing comma of an aside that breaks a figure down («، بينهم نساء وأطفال،») opening at comma
     * {@code j}, or -1.
     */
    private static int asideEnd(Annotations a, int j, int to) {
        if (!a.ix.word(j).equals(",") || j + 1 >= to
                || !(a.cueHead[j + 1] && a.has(j + 1, Cue.SUBSET) || WHOLE_ASIDES.contains(a.ix.bare(j + 1)))) {
            return -1;
        }
        for (int k = j + 2; k < Math.min(to, j + 2 + ASIDE_REACH); k++) {
            if (a.ix.word(k).equals(",")) {
                return k;
            }
            if (a.cueHead[k] && (a.has(k, Cue.KILLED) || a.has(k, Cue.INJURED))) {
                return -1;  // «، بينهم ثلاثة قتلوا»: the aside has a verb of its own
            }
        }
        return -1;
    }

    /**
     * «في مذبحة 1391», «سنة 1162»: a year of the past centuries, written in four digits after a word for a year or
     * the name of an event; a count that large would name what it counts.
     */
    private static boolean isOldYear(Annotations a, Quantity q, int i, int from) {
        if (q.value() == null || q.value() < 1000 || q.value() >= 1900 || i <= from || a.ix.word(i).length() != 4) {
            return false;
        }
        String before = a.ix.bare(i - 1);
        return ClauseDates.YEAR_WORDS.contains(before) || NAMED_BY_YEAR.contains(before)
                || a.triggerAt(i - 1);
    }

    /** Events named by their year («مذبحة 1391», «حرب 1967», «أحداث 1991»). */
    private static final Set<String> NAMED_BY_YEAR = WordLists.of("NAMED_BY_YEAR");

    private static boolean isYear(Quantity q) {
        return q.value() != null && ClauseDates.isYearValue(q.value());
    }

    /** «جنديين تابعين لقوات … واللذين استشهدا»: a dual subject and a dual killing verb in one clause. */
    private static Cue dualVerbLater(Annotations a, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = a.ix.word(j);
            if (a.cueHead[j] && a.has(j, Cue.KILLED) && (w.endsWith("ا") || w.endsWith("هما"))) {
                return Cue.KILLED;
            }
        }
        return null;
    }

    /** Death and injury words whose count is of people whatever follows «من» («أسقطت أربعا من الطائرات» is not). */
    private static final Set<String> COUNTS_PEOPLE = WordLists.of("COUNTS_PEOPLE");

    private static final Set<String> MISSING = WordLists.of("MISSING");

    /** «وما زال تسعة في عداد المفقودين»: the missing are not the dead. */
    private static boolean missing(Annotations a, int after, int to) {
        for (int j = after; j < Math.min(to, after + 3); j++) {
            if (MISSING.contains(a.ix.word(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor right after a figure: «3 من قوات الأمن», «19 عنصرا من داعش», «سبعة جنود من الجيش المصري».
     * Plain «أشخاص» says nothing about whose dead they were.
     */
    static ActorMention sideAfter(Annotations a, int from, int to) {
        ActorMention generic = null;
        for (int j = from; j < to; j++) {
            if (j > from && (a.ix.word(j).equals("بين")
                    || a.cueHead[j] && a.cues.get(j).stream().anyMatch(c -> c.isTrigger() && c != Cue.PROTESTER))) {
                // «مقتل 8 في اشتباكات بين الجيش و"داعش"», «مقتل 5 في هجوم لداعش»: who fought, not who died;
                // «12 متظاهرا» are people, though protesters may make a protest
                break;
            }
            if (j > from && (a.ix.isPunctuation(j) && !a.ix.isQuote(j) || Attribution.isPreposition(a.ix.bare(j)))) {
                // «وإصابة اثنين آخرين، قبل أن ينسحب المهاجمون»: the counted people end at the comma; «إلى 44 بحسب
                // بيان وزارة الداخلية»: and where the teller begins
                break;
            }
            if (j > from && a.cueHead[j] && (a.has(j, Cue.KILLED) || a.has(j, Cue.INJURED))) {
                break;  // «12 شخصا قتلوا عندما فتح مسلحون النار»: the verb of their death ends the counted people
            }
            ActorMention m = a.actorAt[j];
            if (m != null && !a.ix.formIn(j, ANYONE)) {
                if (!m.entry().isGeneric()) {
                    return m;
                }
                if (generic == null) {
                    generic = m;
                }
            }
            if (j > from && a.quantity[j] != null) {
                break;
            }
        }
        if (generic == null) {
            // «11 شخصا قالت إنهم ينتمون إلى تنظيم الدولة»
            for (int j = from; j < Math.min(a.ix.size(), to + 4); j++) {
                if (a.ix.word(j).contains("ينتم") || a.ix.word(j).contains("المنتمين")) {
                    for (int k = j + 1; k < Math.min(a.ix.size(), j + 4); k++) {
                        if (a.actorAt[k] != null) {
                            return a.actorAt[k];
                        }
                    }
                }
            }
        }
        return generic;
    }
}
