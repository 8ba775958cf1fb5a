package org.rasad.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.text.TimePrecision;

/**
 * Turns each clause of an article that reports an event into a {@link Mention}.
 *
 * <p>Steps, per sentence that is not page furniture:
 * <ol>
 *   <li>a sentence that speaks of aggregates or history («منذ بداية العام») is skipped unless it
 *       gives a day;</li>
 *   <li>an event-relative date («بعد يومين من …», «غداة …») splits the sentence: what follows it is
 *       another incident, dated from the one before;</li>
 *   <li>a clause reports an event when one of its trigger words is asserted and not a reference back
 *       (see {@link TriggerScan}), or when it gives a death figure outside a non-conflict context (road
 *       accidents, floods); arrests count only where no violence is reported in the same clause;</li>
 *   <li>it must be concrete: a casualty figure, a date or a named place in the clause; violence
 *       spoken of in general («تفجيرات تهز العراق يوميا») is not an event. A clause that is not concrete
 *       may still add a detail to an incident told elsewhere: its kind («وقع انفجاران») or its doer
 *       («وتبنت حركة الشباب الهجوم»);</li>
 *   <li>its type comes from {@link EventTyper}, its sides from {@link Roles}, its figures from
 *       {@link FigureFinder} and its places from {@link PlaceFinder};</li>
 *   <li>its date is the first date that is not the day of a statement («أعلنت الوزارة الخميس مقتل …
 *       الأربعاء» → Wednesday); failing that, the statement's day.</li>
 * </ol>
 */
final class MentionBuilder {

    /** How many dead a war's toll runs to before no place the clause names could make it one incident. */
    private static final long WAR_SCALE = 1000;

    private MentionBuilder() {
    }

    static List<Mention> build(Annotations a) {
        TextIndex ix = a.ix;
        List<Mention> out = new ArrayList<>();
        for (int s = 0; s < ix.sentences.size(); s++) {
            if (ix.furniture[s]) {
                continue;
            }
            int from = ix.sentenceStart[s];
            int to = ix.sentenceEnd[s];
            if (from >= to || (ClauseSignals.speaksOfBackground(a, from, to) && !ClauseDates.hasEventDay(a, from, to))
                    || (ClauseSignals.isAboutJustice(a, from, to) && !ClauseSignals.reportsArrest(a, from, to))) {
                continue;
            }
            Annotations.DateRef split = null;
            for (Annotations.DateRef d : a.dates) {
                if (d.start() >= from && d.end() <= to && d.mention().eventOffsetDays().isPresent()) {
                    split = d;
                    break;
                }
            }
            if (split == null) {
                clauses(a, s, from, to, null, out);
            } else if (split.mention().eventOffsetDays().getAsInt() == 0 && out.isEmpty()) {
                // «وكان مسلحون قد اقتحموا الجامعة فجر ذلك اليوم» after an anniversary: the day just told was no event of
                // this article (history, background), so neither is what happened on it
                continue;
            } else if (split.mention().eventOffsetDays().getAsInt() == 0) {
                // «وفي محافظة مأرب، أعلن الجيش مساء اليوم ذاته إسقاط …», «قصفت بعد ساعات رتلا قرب …»: the day just told,
                // where place, doer and deed may stand on either side of the phrase; the clause is not cut there
                // («بعد ساعتين من الاختطاف», which names the event it follows, is no date: RelativeRules)
                clauses(a, s, from, to, 0, out);
            } else {
                clauses(a, s, from, split.start(), null, out);
                int days = split.mention().eventOffsetDays().getAsInt();
                // «بعد يومين من اختطافهم», «غداة هجوم»: the phrase governs the event after it, which came before (or,
                // for «عشية», after) the one told; «وبعد يومين، نصب مسلحون كمينا»: the clause after the phrase is the
                // later event, dated from the incident told before it
                int offset = governsAnEvent(a, split) ? -days : days;
                clauses(a, s, split.end(), to, offset, out);
            }
        }
        if (out.stream().anyMatch(Mention::isUnstatedExplosion) && accidentalBlastTold(a)) {
            // «انفجار في محطة وقود نتيجة خلل فني … وأوضح المدير أن انفجارا قويا دوى في المنطقة»: the blast retold is the
            // accident, not an attack of its own
            out.removeIf(m -> m.isUnstatedExplosion() && !m.attackerMarked() && !m.cues().contains(Cue.SUICIDE));
        }
        return out;
    }

    /** A sentence tells an explosion and a cause outside the conflict («نتيجة خلل فني», «انفجار أسطوانة غاز»). */
    private static boolean accidentalBlastTold(Annotations a) {
        for (int s = 0; s < a.ix.sentences.size(); s++) {
            int from = a.ix.sentenceStart[s];
            int to = a.ix.sentenceEnd[s];
            if (a.hasIn(from, to, Cue.NONCONFLICT) && a.hasIn(from, to, Cue.EXPLOSION)) {
                return true;
            }
        }
        return false;
    }

    /** «بعد يومين من …», «قبل أسبوع على …», «غداة …», «عشية …»: the date phrase governs the event word after it. */
    private static boolean governsAnEvent(Annotations a, Annotations.DateRef d) {
        String last = a.ix.word(d.end() - 1);
        String first = a.ix.bare(d.start());
        return last.equals("من") || last.equals("علي") || first.equals("غداه") || first.equals("عشيه");
    }

    /** A sentence part cut further at connectors («في الوقت الذي», «بينما») that may begin another event. */
    private static void clauses(Annotations a, int s, int from, int to, Integer anchorOffset, List<Mention> out) {
        int start = from;
        Integer offset = anchorOffset;
        for (int i = from + 1; i < to; i++) {
            boolean another = ClauseSignals.startsAnotherToll(a, i, to) || whileAnotherActs(a, i, to);
            if (a.cueHead[i] && a.has(i, Cue.CONNECTOR) && !isCircumstance(a, i, to) && !isCorrelative(a, i, from)
                    || another) {
                clause(a, s, start, i, offset).ifPresent(m -> out.addAll(perPlace(m)));
                start = i;
                // «…، كما قتل طفل في غارة في قرية أخرى», «فيما نظم معلمون في الكرك وقفة مماثلة»: another incident of the
                // same day, never a rival count
                offset = another ? Integer.valueOf(0) : null;
            }
        }
        clause(a, s, start, to, offset).ifPresent(m -> out.addAll(perPlace(m)));
    }

    /**
     * Every word of injury in the clause is negated («من دون أن تسجل إصابات», «لم يسفر عن وقوع إصابات») and no figure
     * of wounded stands: the clause says no one was hurt.
     */
    private static boolean noInjuryTold(Annotations a, int from, int to, List<Figure> figures) {
        if (figures.stream().anyMatch(f -> f.kind() == Cue.INJURED)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.INJURED) && Modality.asserted(a, i, from, to)) {
                return false;
            }
        }
        return true;
    }

    /** ACLED's one event per place: a toll per town, or a protest or strikes told of several towns. */
    private static List<Mention> perPlace(Mention m) {
        return TollsByPlace.split(m).stream().flatMap(part -> TownsOfAClause.split(part).stream()).toList();
    }

    /** «تواصلت», «استمرت»: verbs of going on. */
    private static final Set<String> CONTINUING = WordLists.of("CONTINUING_VERBS");

    /** How far after «فيما» and its verb the event word may come («فيما نظم معلمون في الكرك وقفة»). */
    private static final int WHILE_REACH = 8;

    /**
     * «تجمع مئات المعلمين في إربد …، فيما نظم معلمون في الكرك وقفة مماثلة»: «فيما» right before a verb that tells
     * something done (not said), with a word of protest shortly after, opens another protest. Violence after «فيما» stays
     * in the clause, where a lead and its parts are read together ({@link TollsByPlace}). Before a verb of saying
     * («فيما تحدثت منظمة العفو عن 8 قتلى») or of death («فيما قتل 8 حسب مصادر أخرى») it sets a rival account or a sum
     * against the one told, and before a verb of going on («فيما تواصلت المعارك في جبهة رحبة») the background; the
     * clause goes on.
     */
    private static boolean whileAnotherActs(Annotations a, int i, int to) {
        if (!a.cueHead[i] || !a.has(i, Cue.WHILE) || a.has(i, Cue.CONNECTOR) || i + 1 >= to || !a.occurrenceAt(i + 1)
                || a.has(i + 1, Cue.SPEECH) || a.has(i + 1, Cue.KILLED) || a.has(i + 1, Cue.INJURED)
                || a.ix.formIn(i + 1, CONTINUING)) {
            return false;
        }
        for (int j = i + 1; j < Math.min(to, i + 1 + WHILE_REACH); j++) {
            if (a.cueHead[j] && (a.has(j, Cue.PROTEST) || a.has(j, Cue.PROTESTER))) {
                return true;
            }
            if (a.ix.isPunctuation(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * «… برصاص مسلحين بينما كان في طريقه إلى المدرسة في إقليم ناراتيوات صباح اليوم»: «while he was», with no event
     * word after it, tells where and when the victim was, so the place and the day stay with the event.
     */
    private static boolean isCircumstance(Annotations a, int connector, int to) {
        if (!a.has(connector, Cue.WHILE) || connector + 1 >= to || !a.ix.bare(connector + 1).startsWith("كان")) {
            return false;
        }
        for (int j = connector + 1; j < to; j++) {
            if (a.triggerAt(j) || a.cueHead[j] && a.has(j, Cue.CONNECTOR)) {
                return false;
            }
        }
        return true;
    }

    /**
     * «المواجهات بين مسلحي المقاومة من جهة، ومسلحي الحوثيين من جهة أخرى، في حي ثعبات»: «on the other hand» that
     * answers an «on the one hand» before it in the clause pairs the sides of one event; it opens no other.
     */
    private static boolean isCorrelative(Annotations a, int connector, int from) {
        int end = a.cueEnd(connector, a.ix.size());
        if (end - connector < 3) {
            return false;
        }
        String first = a.ix.bare(connector);
        String second = a.ix.word(connector + 1);
        for (int j = connector - 2; j >= from; j--) {
            if (a.ix.bare(j).equals(first) && a.ix.word(j + 1).equals(second)
                    && (j + 2 >= a.ix.size() || !a.ix.word(j + 2).equals(a.ix.word(end - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Mention> clause(Annotations a, int s, int from, int to, Integer anchorOffset) {
        if (anchorOffset == null && ClauseSignals.saysSeparate(a, from, to)) {
            anchorOffset = 0;  // «في هجومين منفصلين»: not the incident told before
        }
        TriggerScan.Scan scan = TriggerScan.scan(a, from, to);
        EnumSet<Cue> cues = scan.cues();
        int trigger = scan.trigger();
        // «بالوقوف وراء اغتيال القيادي عماد مغنية»: a killing named after its victim, with no day, is recalled
        boolean namedKilling = trigger >= 0 && EventReference.isNamedKilling(a, trigger, from)
                && !ClauseDates.hasDateWords(a, from, to);
        boolean reference = scan.reference() && !toldWithItsDay(a, trigger, to) || namedKilling;
        List<Figure> figures = FigureFinder.find(a, from, to);
        if (trigger >= 0) {
            // «الاشتباكات اندلعت إثر مقتل أحد عناصر مجموعة مسلحة»: the death that set off the clashes is not their toll
            figures = figures.stream().filter(f -> !deathReferredTo(a, f, from)).toList();
        }
        boolean deaths = figures.stream().anyMatch(f -> f.kind() == Cue.KILLED);
        // the victim it is named after is no count of its own («اغتيال 3 ضباط» would be)
        boolean joinOnly = namedKilling && figures.stream().allMatch(f -> f.quantity() == null);
        if (trigger < 0 && deaths && !cues.contains(Cue.NONCONFLICT)) {
            // a death figure reports an event on its own; in a denied or hedged clause it is only
            // a rival claim about an incident already told
            Figure f = figures.stream().filter(x -> x.kind() == Cue.KILLED).findFirst().get();
            trigger = f.start();
            reference = false;
            // «احتجاجا على … بعد يوم من مقتل 16 شخصا»: a death governed by a word of time or cause is one referred to
            joinOnly = scan.unreal() || !Modality.asserted(a, f.start(), from, to) || deathReferredTo(a, f, from);
        }
        if (trigger < 0 && !deaths && !cues.contains(Cue.NONCONFLICT)
                && figures.stream().anyMatch(f -> f.kind() == Cue.INJURED && Modality.asserted(a, f.start(), from, to))) {
            // «… قبل أن تتدخل قوات الأمن. وأصيب 25 شخصا بينهم 12 من عناصر الأمن»: wounded told on their own add to the
            // incident just told; they never make one
            trigger = figures.stream().filter(f -> f.kind() == Cue.INJURED).findFirst().get().start();
            reference = false;
            joinOnly = true;
        }
        if (trigger < 0 || ClauseSignals.isAccident(a, from, to, cues)) {
            return Optional.empty();
        }
        int word = trigger;
        if (reference && scan.referredFrom() >= 0
                && figures.stream().allMatch(f -> f.start() >= scan.referredFrom() || f.start() <= word && word < f.end())) {
            // «… غداة هجوم شنه المتمردون وأسفر عن سقوط 220 قتيلا»: the toll is the referred event's; it may add to an
            // incident the article reports, never start one
            joinOnly = true;
        }
        if (figures.isEmpty() && ClauseSignals.isSport(a, from, to)) {
            return Optional.empty();  // a game's shots and goals
        }
        List<PlaceMention> places = PlaceFinder.find(a, from, to);
        if (places.isEmpty() && !figures.isEmpty()) {
            // «بمقتل 23 مدنيا في غارة على سوق المدينة»: a toll told at «the town» named before
            PlaceMention town = TownReference.of(a, from, to);
            if (town != null) {
                places.add(town);
            }
        }
        if (places.size() > 1 && places.stream().anyMatch(p -> !ClauseSignals.isDateline(a, p))) {
            // «باماكو - أعلنت القوات … ضربات جوية … في منطقة سيغو»: the dateline says where the news was filed; it is
            // no place of the clause, not even the one that a relative clause after it would describe
            places.removeIf(p -> ClauseSignals.isDateline(a, p));
        }
        ClauseSignals.dropPlacesOfRelativeClauses(a, places, trigger);
        ClauseSignals.dropSeatsOfSpokesmen(a, places, from, trigger);
        places.sort(Comparator.comparingInt(PlaceMention::rank).reversed());
        if (anchorOffset == null && ClauseSignals.alsoOpens(a, from, to) && !ClauseDates.hasDateWords(a, from, to)
                && places.stream().anyMatch(PlaceMention::isSpecific)) {
            anchorOffset = 0;  // «كما خرج محتجون في مدينة شهبا»: another place, told as of the same day
        }
        boolean warToll = deaths && ClauseSignals.tollOfAWar(a, from, to);
        if (deaths && places.stream().noneMatch(PlaceMention::isSpecific)
                && (ClauseSignals.isAggregate(a, from, trigger) || warToll)) {
            return Optional.empty();  // «قتل 20 شخصا في سلسلة غارات على قرى في شمال البلاد»: several incidents summed
        }
        if (warToll && figures.stream().anyMatch(f -> f.kind() == Cue.KILLED && f.value() != null && f.value() >= WAR_SCALE)) {
            // «اتفاق سلام في هافانا ينهي النزاع الذي أودى بحياة أكثر من 220 ألف شخص», «أدت الحرب في غزة إلى مقتل أكثر
            // من 40 ألفا»: a war's dead by the thousand are its whole toll, wherever the clause is placed
            return Optional.empty();
        }
        if (places.stream().noneMatch(PlaceMention::isSpecific) && ClauseSignals.isTally(a, trigger, from)) {
            return Optional.empty();  // «نفذت أكثر من مئة هجوم على سفن تجارية»: a tally of incidents
        }
        // no toll, no day, no place: violence spoken of in general. Such a clause may still tell a detail of an
        // incident the article reports: what kind it was («وقع انفجاران قويان في موقف للسيارات»), or who did it
        // («وتبنت حركة الشباب الهجوم», «ونسب مسؤول الهجوم إلى …»). It never makes an incident of its own.
        boolean general = figures.isEmpty() && !ClauseDates.hasDateWords(a, from, to)
                && places.stream().noneMatch(PlaceMention::isSpecific);
        if (general && !reference && !ClauseSignals.occurred(a, from, to)) {
            return Optional.empty();
        }
        boolean headline = trigger - from <= 1 && ClauseDates.hasDayWords(a, from, to);  // «انفجار عبوة في الموصل يوم الخميس»
        if (!general && figures.isEmpty() && anchorOffset == null && !headline && !ClauseSignals.occurred(a, from, to)) {
            return Optional.empty();  // an event word with no verb saying it happened, not a dated headline: talk about violence
        }
        boolean civilians = figures.stream().anyMatch(f -> f.side() != null && f.side().isCivilian())
                || a.actors.stream().anyMatch(m -> m.start() >= from && m.start() < to && m.isCivilian() && !RoleMarkers.isSpeaker(a, m))
                || ClauseSignals.peopleKilledInAnAttack(a, from, to, cues, figures);
        if (civilians && (ClauseSignals.forceAmongTheDead(a, from, to, figures) || ClauseSignals.militaryTarget(a, trigger, to))) {
            civilians = false;  // «قتل 25 شخصا، بينهم جنود ومدنيون، في هجوم على قافلة عسكرية»: an attack on the force
        }
        boolean protesters = a.actors.stream().anyMatch(m -> m.start() >= from && m.start() < to && m.entry().isProtester())
                || ProtestReading.firedOnProtest(a, from, to);
        boolean protestersKilled = figures.stream().anyMatch(f -> f.kind() == Cue.KILLED && f.side() != null
                && f.side().entry().isProtester());
        if (cues.contains(Cue.SEIZED) && !ClauseSignals.seizesPlace(a, from, to, places)) {
            cues = EnumSet.copyOf(cues);
            cues.remove(Cue.SEIZED);  // «واستولت على 170 عربة مسلحة»: booty, not a place taken
            if (ClauseSignals.takesProperty(a, from, to)) {
                cues.add(Cue.LOOT);  // «اقتحموا مستشفى سنجة واستولوا على سيارات الإسعاف»: property taken
            }
        }
        if (cues.contains(Cue.INJURED) && noInjuryTold(a, from, to, figures)) {
            cues = EnumSet.copyOf(cues);
            cues.remove(Cue.INJURED);  // «ونهبوا محتوياتها، من دون أن تسجل إصابات»: no one hurt
        }
        EventTyper.Type type = EventTyper.type(cues, civilians, protesters, protestersKilled, deaths);
        if (type == null && joinOnly && !deaths && figures.stream().anyMatch(f -> f.kind() == Cue.INJURED)) {
            // wounded told on their own: a general word of violence, which fits any violent incident told before
            type = new EventTyper.Type(EventTyper.VAC, "Attack");
        }
        if (type == null) {
            return Optional.empty();
        }
        if (type.subEventType().equals("Looting/property destruction") && ProtestReading.givesItsCause(a, from, to)) {
            // «أحرق أنصار الحزب الغاضبون مصارف وسيارات … احتجاجا على اغتيال زعيمته»: burning in protest is a riot
            type = new EventTyper.Type(EventTyper.RIOTS, "Violent demonstration");
        }
        if (EventTyper.isProtest(type) && !EventTyper.killsAtProtest(type)) {
            // «رفع المتظاهرون لوحات تشيد بتفجيرات … أسفرت عن مقتل 52 شخصا»: a protest typed peaceful or broken up
            // killed no one; the dead the clause counts belong to the violence it names
            figures = figures.stream().filter(f -> f.kind() != Cue.KILLED).toList();
        }
        // «سيطروا على بلدة ديابو، إثر هجوم واسع على مواقع الجيش»: the fight that won the place is the same event, and
        // the side that lost it is named there
        int sidesTo = EventTyper.isTerritorial(type) ? to : ClauseSignals.sidesEnd(a, places, trigger, to);
        Roles.Sides sides = Roles.assign(a, from, sidesTo, type, figures);
        boolean looting = type.subEventType().equals("Looting/property destruction");
        boolean forceUsed = type.subEventType().equals("Excessive force against protesters");
        ActorMention subject = isPlainViolence(type) || looting || forceUsed
                ? ClauseSignals.subjectAfterVerb(a, from, trigger, to) : null;
        boolean protestersStorm = subject != null && subject.entry().isProtester() && (isPlainViolence(type) || forceUsed);
        if (protestersStorm || isPlainViolence(type) && cues.contains(Cue.ATTACK)
                && (sides.actor1() != null && sides.actor1().entry().isProtester()
                    || ProtestReading.crowdStormsWithDemands(a, trigger, from, to))) {
            // «اقتحم آلاف المحتجين المقر الرسمي للرئيس»: protesters who storm or attack make a violent demonstration,
            // whoever fired on them after («ما دفع حراس أحد المقار إلى إطلاق الرصاص»), and so does a crowd that storms
            // voicing demands («اقتحم آلاف من أنصار التيار البرلمان مطالبين بإصلاحات»)
            type = new EventTyper.Type(EventTyper.RIOTS, "Violent demonstration");
            sides = Roles.assign(a, from, sidesTo, type, figures);  // protesters who riot are rioters
        }
        if ((isPlainViolence(type) || looting) && subject != null && subject.isCivilian()) {
            // «هاجم سكان غاضبون مركز الشرطة», «أحرق أهالي غاضبون منازل عائلة المتهم»: civilians who attack or burn are
            // a mob, not an armed group
            type = new EventTyper.Type(EventTyper.RIOTS, "Mob violence");
            sides = Roles.assign(a, from, sidesTo, type, figures);
        }
        if (EventTyper.isTerritorial(type)) {
            if (sides.actor1() == null) {
                // «سيطرت فرق الإطفاء على الحريق»-like: no armed side took anything; read the clause without the seizing
                EnumSet<Cue> rest = EnumSet.copyOf(cues);
                rest.remove(Cue.SEIZED);
                type = EventTyper.type(rest, civilians, protesters, protestersKilled, deaths);
                if (type == null) {
                    return Optional.empty();
                }
                sides = Roles.assign(a, from, ClauseSignals.sidesEnd(a, places, trigger, to), type, figures);
            } else if (sides.actor1().entry().isStateForce()) {
                type = new EventTyper.Type(EventTyper.BATTLES, EventTyper.REGAINS);
            }
        }
        if (general) {
            boolean tellsKind = !reference && isStrong(type);
            boolean tellsDoer = sides.marked() && EventTyper.isViolent(type);
            if (!tellsKind && !tellsDoer) {
                return Optional.empty();
            }
            // only the doer is told: «ونسب مسؤول في الشرطة الهجوم إلى …» names no target, and a speaker is no side;
            // a crowd and the force that broke it up («قبل أن تتدخل قوات الأمن وتفرقهم») are sides of the protest
            if (!EventTyper.isProtest(type)) {
                sides = tellsDoer ? new Roles.Sides(sides.actor1(), null, true) : new Roles.Sides(null, null, false);
            }
            // «تظاهر آلاف الهايتيين مطالبين باستقالة رئيس الوزراء», «اعتصم مئات من عمال الشركة»: a crowd counted as it
            // demonstrates is a report of its own, even where the clause names no place or day
            joinOnly = !(EventTyper.isProtest(type) && !reference && ProtestReading.countedCrowdActs(a, from, to));
        }
        ClauseDates.DateChoice date = ClauseDates.date(a, from, to);
        if (date.future() || ClauseDates.isHistory(a, date.resolved()) || ClauseDates.isOldRelative(a, from, to)
                || ClauseDates.isRecalled(a, from, to, date.resolved())
                || ClauseDates.isYearOnly(a, from, to, trigger)
                || ClauseDates.isSinceWhen(a, from, to) || ClauseDates.isPeriodSince(a, from, to)) {
            return Optional.empty();
        }
        LocalDate undatedDay = null;
        if (a.reference == null) {
            // the article gives no date to resolve against, yet «الأحد» and «الخميس» are still two days
            ClauseDates.DateChoice provisional = ClauseDates.date(a, from, to, ClauseDates.ANY_REFERENCE);
            // only a weekday says which day: «اليوم» against an arbitrary reference says nothing
            if (provisional.resolved() != null && !provisional.statement()
                    && provisional.resolved().precision() == TimePrecision.DAY && ClauseDates.namesWeekday(a, from, to)) {
                undatedDay = provisional.resolved().date();
            }
        }
        return Optional.of(new Mention(s, from, to, trigger, type, isStrong(type), cues, sides.actor1(), sides.actor2(),
                sides.marked(), places, date.resolved() == null ? null : date.resolved().date(),
                date.resolved() == null ? null : date.resolved().precision(), date.statement(), anchorOffset, figures, joinOnly,
                reference, undatedDay, figures.isEmpty() && (a.ix.hasArticle(word) && !ClauseDates.hasDateWords(a, from, to)
                        || partOfTheTold(a, from, to)), SummaryTolls.isSeriesClause(a, from, to, trigger, places)));
    }

    /** «ووقعت معظم الاشتباكات في أجزاء من منطقة يقشيد»: most or some of the events already told, where they were. */
    private static boolean partOfTheTold(Annotations a, int from, int to) {
        for (int j = from; j + 1 < to; j++) {
            // the cheap tests first: this runs over every token of a clause that tells no toll
            if (a.cueHead[j + 1] && a.ix.hasArticle(j + 1) && PART_WORDS.contains(a.ix.bare(j))
                    && a.cues.get(j + 1).stream().anyMatch(Cue::isTrigger)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PART_WORDS = WordLists.of("PART_OF_TOLD");

    /**
     * «تبني الحركة للهجوم الذي وقع الثلاثاء ضد موكب الرئيس قرب مركا», «مسؤوليتها عن الهجوم الذي استهدف قافلة … في
     * مقديشو صباح الأحد», «بعد اشتباكات اندلعت الخميس بين …»: an event named as referred to, then told with a verb that
     * says it happened (in a relative clause, or straight after an indefinite noun) and its day before the next comma,
     * is reported there.
     */
    private static boolean toldWithItsDay(Annotations a, int trigger, int to) {
        if (trigger < 0 || trigger + 1 >= to) {
            return false;
        }
        int verb = EventReference.RELATIVE_PRONOUNS.contains(a.ix.word(trigger + 1)) ? trigger + 2
                : a.ix.hasArticle(trigger) ? -1 : trigger + 1;
        if (verb < 0 || verb >= to || !a.occurrenceAt(verb)) {
            return false;
        }
        int end = verb + 1;
        while (end < Math.min(to, verb + 14) && !a.ix.isPunctuation(end)) {
            end++;
        }
        return ClauseDates.hasDayWords(a, verb, end);
    }

    /** The death word of a figure («مقتل» in «بعد مقتل 16 شخصا») is governed by a word of time or cause. */
    private static boolean deathReferredTo(Annotations a, Figure f, int from) {
        for (int k = f.start(); k >= Math.max(from, f.start() - 3); k--) {
            if (a.cueHead[k] && a.has(k, Cue.KILLED)) {
                return EventReference.referredFrom(a, k, from) >= 0;
            }
        }
        return false;
    }

    /** A type from a specific cue; «Armed clash» and «Attack» come from words that fit many kinds of violence. */
    /** An armed clash or an attack typed from plain words of violence, no weapon named. */
    private static boolean isPlainViolence(EventTyper.Type type) {
        return type.subEventType().equals("Armed clash") || type.subEventType().equals("Attack");
    }

    private static boolean isStrong(EventTyper.Type type) {
        return !type.subEventType().equals("Armed clash") && !type.subEventType().equals("Attack");
    }

}
