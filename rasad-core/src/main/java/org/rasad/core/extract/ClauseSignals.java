package org.rasad.core.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rasad.core.text.Quantity;
import org.rasad.core.text.TimePrecision;

/**
 * What a clause says about its event, beyond its trigger: that it happened (a verb of occurrence, an
 * announcement, the arrest idiom), that it is another incident («منفصل», «كما قتل»), that an arrest is news
 * despite the courts' words, that people were killed in an attack with no force named, where its sides
 * and places stop (relative clauses about a place), that its sentence is about justice rather than news, and
 * which of its places is only the dateline. Pure predicates over the annotations, used by {@link MentionBuilder}.
 */
final class ClauseSignals {

    private ClauseSignals() {
    }

    /**
     * «أعلنت وزارة الداخلية، اليوم الأربعاء، اعتقال ثلاثة …»: an event noun that a verb of saying announces
     * (only the speaker, dates and commas between them) is told as having happened.
     */
    /**
     * «نقابة», «منظمة», «لجنة»: bodies that announce what happened, before the words of their name. Not every speaker
     * of a claim («قائد», «مصدر»): after a person's title the words that follow begin what he said.
     */
    private static final Set<String> SPEAKING_BODIES = WordLists.of("SPEAKING_BODIES");

    static boolean announced(Annotations a, int i, int from) {
        if (!a.cueHead[i] || a.cues.get(i).stream().noneMatch(Cue::isTrigger)) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(from, i - 8); j--) {
            if (a.has(j, Cue.SPEECH)) {
                return true;
            }
            // «أعلنت قيادة عمليات الأنبار اعتقال …»: the speaker, the place its name ends with, the day
            // «أعلنت نقابة أطباء سبها اختطاف …»: a body that speaks and the two words of its name
            boolean body = a.ix.formIn(j, SPEAKING_BODIES) || j - 1 >= from && a.ix.formIn(j - 1, SPEAKING_BODIES)
                    || j - 2 >= from && a.ix.formIn(j - 2, SPEAKING_BODIES) && a.ix.tokens.get(j - 1).isWord();
            boolean between = a.actorAt[j] != null || a.inDate(j) || a.ix.isPunctuation(j) || body && a.ix.tokens.get(j).isWord()
                    || j - 1 >= from && a.actorAt[j - 1] != null && a.ix.tokens.get(j).isWord();
            if (!between) {
                return false;
            }
        }
        return false;
    }

    /**
     * «أعلنت الوزارة اعتقال ثلاثة متهمين بالانتماء إلى داعش»: an arrest told as news, though the words of
     * the courts («متهمين») describe those arrested.
     */
    static boolean reportsArrest(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            // not «محاكمة 38 … كانوا اعتقلوا إثر اضطرابات»: an arrest told in the pluperfect is the trial's background
            boolean pluperfect = i > from && a.ix.bare(i - 1).startsWith("كان");
            if (a.cueHead[i] && a.has(i, Cue.ARREST) && Modality.asserted(a, i, from, to)
                    && !EventReference.isReference(a, i, from) && !pluperfect) {
                return true;
            }
        }
        return false;
    }

    /** «منفصل»: the clause says its incidents are others than those already told. */
    static boolean saysSeparate(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = a.ix.word(i);
            if (w.startsWith("منفصل", w.startsWith("و") ? 1 : 0)) {  // not «متفرقة»: «اشتباكات متفرقة» are sporadic, not other
                return true;
            }
        }
        return false;
    }

    /**
     * «كما خرج محتجون في مدينة شهبا …»: «كما» and a verb that says something happened, not a death or a wound, open
     * another incident told beside the one before.
     */
    static boolean alsoOpens(Annotations a, int from, int to) {
        int i = from;
        while (i < to && a.ix.isPunctuation(i)) {
            i++;
        }
        return i + 1 < to && a.ix.bare(i).equals("كما") && a.occurrenceAt(i + 1)
                && !a.has(i + 1, Cue.KILLED) && !a.has(i + 1, Cue.INJURED);
    }

    /**
     * «قتلوا في سلسلة غارات», «مقتل 20 في هجمات منفصلة»: a plural event noun after a word of series, or said to be
     * separate or scattered («هجمات متفرقة»); with a toll and no place more precise than a region, several incidents
     * summed up, not one ACLED could code (the caller checks the toll and the places).
     */
    static boolean isAggregate(Annotations a, int from, int trigger) {
        String w = a.ix.bare(trigger);
        if (!w.endsWith("ات") || w.length() < 5) {
            return false;
        }
        boolean series = trigger > from && SERIES.contains(a.ix.bare(trigger - 1));
        boolean separate = trigger + 1 < a.ix.size()
                && (a.ix.word(trigger + 1).startsWith("منفصل") || a.ix.word(trigger + 1).startsWith("متفرق"));
        return series || separate;
    }

    private static final java.util.Set<String> SERIES = WordLists.of("SERIES_GOVERNORS");

    /** How many events counted at once («أكثر من مئة هجوم») are a tally, not one incident told. */
    private static final long TALLY = 5;

    /**
     * «نفذت منذ نوفمبر 2023 أكثر من مئة هجوم على سفن تجارية»: the event word counted by a number of several; with no
     * place more precise than a region, a tally of many incidents (the caller checks the places).
     */
    static boolean isTally(Annotations a, int trigger, int from) {
        // attacks, blasts and raids counted; not rockets («خمسة صواريخ») or protesters («700 متظاهر»): no events
        if (!(a.has(trigger, Cue.ATTACK) || a.has(trigger, Cue.EXPLOSION) || a.has(trigger, Cue.AIRSTRIKE))
                || a.has(trigger, Cue.SHELLING) || a.has(trigger, Cue.PROTESTER)) {
            return false;
        }
        Quantity count = a.countOf(trigger, from);
        return count != null && count.value() != null && count.value() >= TALLY;
    }

    /** A war, a conflict or an insurgency as a whole («النزاع», «الحرب», «التمرد»). */
    private static final java.util.Set<String> WARS = WordLists.of("WAR_NOUNS");

    /** How far before the word of death the war may be named («وأسفر النزاع عن مقتل»). */
    private static final int WAR_REACH = 4;

    /**
     * «وأسفر النزاع عن مقتل أكثر من خمسة آلاف شخص», «حصدت الحرب أرواح …»: deaths a war or an insurgency caused, all
     * told at once; with no place more precise than a region, the toll of many incidents (the caller checks the
     * places).
     */
    static boolean tollOfAWar(Annotations a, int from, int to) {
        for (int j = from; j < to; j++) {
            if (a.cueHead[j] && a.has(j, Cue.KILLED)) {
                for (int k = j - 1; k >= Math.max(from, j - WAR_REACH); k--) {
                    if (a.ix.formIn(k, WARS)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * «ليضيف التعمري الهدف الثاني في الدقيقة 66 بتسديدة "صاروخية" من خارج منطقة الجزاء»: two different words of a game in
     * play; its shots and bursts are figurative (the caller checks that no toll is told).
     */
    static boolean isSport(Annotations a, int from, int to) {
        String first = null;
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.SPORT)) {
                String w = a.ix.bare(i);
                if (first != null && !first.equals(w)) {
                    return true;
                }
                first = w;
            }
        }
        return false;
    }

    /**
     * A sentence that speaks of aggregates or history («منذ بداية العام», «خلال السنوات الماضية», «الفراغ الأمني الذي
     * يعانيه الجنوب»): a word of background, but not a period in a relative clause. «للمطالبة بالإفراج عن الرهائن الذين
     * تحتجزهم الحركة منذ سنوات» describes the hostages, not the march the sentence tells.
     */
    static boolean speaksOfBackground(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.BACKGROUND)
                    && !(PERIOD_OPENERS.contains(a.ix.word(i)) && inRelativeClause(a, i, from))) {
                return true;
            }
        }
        return false;
    }

    /** «منذ», «خلال»: the first word of a period. */
    private static final Set<String> PERIOD_OPENERS = WordLists.of("PERIOD_OPENERS");

    /** A relative pronoun between the word and the punctuation before it. */
    private static boolean inRelativeClause(Annotations a, int i, int from) {
        for (int j = i - 1; j >= from && !a.ix.isPunctuation(j); j--) {
            if (EventReference.RELATIVE_PRONOUNS.contains(a.ix.bare(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * «هاجم سكان غاضبون مركز الشرطة», «اقتحم محتجون غاضبون مقار الأحزاب», «أحرق مئات من أهالي القرية منازل»: the event word
     * is a verb whose subject stands right after it (a crowd's count before it at most), with no side named before it;
     * that subject, or null. A verbal noun («اعتداء على السكان») has no subject there.
     */
    static ActorMention subjectAfterVerb(Annotations a, int from, int trigger, int to) {
        if (trigger < 0 || !(a.has(trigger, Cue.ATTACK) || a.has(trigger, Cue.LOOT)) || !a.occurrenceAt(trigger)) {
            return null;
        }
        // «مستوطنون مسلحون هاجموا مزارعين»: a side named before the verb is its subject, and those after it the target
        if (a.actors.stream().anyMatch(m -> m.start() >= from && m.start() < trigger && !RoleMarkers.isSpeaker(a, m))) {
            return null;
        }
        int j = a.cueEnd(trigger, to);
        if (j < to && a.quantity[j] != null) {
            j = a.quantityEnd[j];
            if (j < to && a.ix.word(j).equals("من")) {
                j++;
            }
        }
        return j < to && a.actorAt[j] != null && a.actorAt[j].start() == j ? a.actorAt[j] : null;
    }

    /**
     * «استولوا على سيارات الإسعاف»: a verb of seizing that takes property («استولى»), as against one of controlling
     * («سيطرت فرق الدفاع المدني على الحريق»).
     */
    static boolean takesProperty(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.SEIZED) && a.ix.bare(i).startsWith("استول")) {
                return true;
            }
        }
        return false;
    }

    /** Events an accident may also be: a blast of no stated kind, destruction. */
    private static final EnumSet<Cue> ACCIDENT_LIKE = EnumSet.of(Cue.EXPLOSION, Cue.LOOT);

    /**
     * «أسفرت سلسلة انفجارات في مستودع للذخيرة عن مقتل … وأكد قائد الجيش أن الحادث عرضي ناجم عن حريق», «اندلع حريق في
     * سوق … ما أدى إلى مقتل أربعة أشخاص وتدمير مئات المحال»: a blast of no stated kind, or destruction, in a clause
     * that names an accident (fire, gas, collapse) is the accident, not an attack. Destruction with an armed side named
     * («أحرق مستوطنون منازل، واندلع حريق») stays what the side did.
     */
    static boolean isAccident(Annotations a, int from, int to, EnumSet<Cue> cues) {
        if (!cues.contains(Cue.NONCONFLICT)
                || cues.stream().anyMatch(c -> c.isTrigger() && !ACCIDENT_LIKE.contains(c))) {
            return false;
        }
        return !cues.contains(Cue.LOOT)
                || a.actors.stream().noneMatch(m -> m.start() >= from && m.start() < to && !m.isCivilian());
    }

    /** «كما» right before a word of death or violence: the sentence goes on to another incident. */
    static boolean startsAnotherToll(Annotations a, int i, int to) {
        return a.ix.bare(i).equals("كما") && i + 1 < to && a.cueHead[i + 1]
                && (a.has(i + 1, Cue.KILLED) || a.cues.get(i + 1).stream().anyMatch(Cue::isTrigger));
    }

    /**
     * «قتل 11 شخصا في هجوم على قرية», «اغتال مسلحون عميد الكلية»: people of no named side killed in an attack or an
     * assassination (not a fight), with no
     * force in the clause that they could belong to, are civilians, as ACLED codes them.
     */
    static boolean peopleKilledInAnAttack(Annotations a, int from, int to, EnumSet<Cue> cues, List<Figure> figures) {
        // «اغتال مسلحون عميد كلية مع زوجته وابنه»: an assassination is an attack on the one it names
        if (!(cues.contains(Cue.ATTACK) || cues.contains(Cue.ASSASSINATE)) || cues.contains(Cue.CLASH)
                || cues.contains(Cue.OPERATION)) {
            return false;
        }
        boolean unnamedDead = figures.stream().anyMatch(f -> f.kind() == Cue.KILLED && f.side() == null);
        boolean namedDead = figures.stream().anyMatch(f -> f.kind() == Cue.KILLED && f.side() != null);
        boolean force = a.actors.stream().anyMatch(m -> m.start() >= from && m.start() < to && m.entry().isStateForce()
                && !RoleMarkers.isSpeaker(a, m));  // «بحسب الشرطة المحلية»: the police tell the toll, they are no side
        long armed = a.actors.stream().filter(m -> m.start() >= from && m.start() < to && m.entry().isArmed()
                        && !m.entry().isUnidentified())  // «هجوم مسلح»: the attackers again
                .map(ActorMention::name).distinct().count();
        return unnamedDead && !namedDead && !force && armed < 2;  // two armed sides named: they fought each other
    }

    private static final Set<String> MILITARY_SITES = WordLists.of("MILITARY_SITES");
    private static final Set<String> MILITARY_SITE_HEADS = WordLists.of("MILITARY_SITE_HEADS");
    private static final Set<String> MILITARY_ADJECTIVES = WordLists.of("MILITARY_ADJECTIVES");

    /**
     * «هجوم … على قاعدة عسكرية في مدينة جيبو», «اقتحموا ثكنة»: the attack named a site of the armed forces after
     * its word, so it was fought with them, however the dead are counted («قتل عشرات الأشخاص»).
     */
    static boolean militaryTarget(Annotations a, int trigger, int to) {
        for (int j = trigger + 1; j < to; j++) {
            String w = a.ix.bare(j);
            if (MILITARY_SITES.contains(w)
                    || MILITARY_SITE_HEADS.contains(w) && j + 1 < to && MILITARY_ADJECTIVES.contains(a.ix.word(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * State forces among the dead: a death figure of their own («مقتل 3 جنود و2 مدنيين»), or named right after «بينهم»
     * («قتل 25 شخصا، بينهم جنود ومدنيون»). Violence that killed soldiers was fought with them, whoever else died: ACLED
     * codes it a battle, not violence against civilians.
     */
    static boolean forceAmongTheDead(Annotations a, int from, int to, List<Figure> figures) {
        if (figures.stream().anyMatch(f -> f.kind() == Cue.KILLED && f.side() != null && f.side().entry().isStateForce())) {
            return true;
        }
        boolean deaths = figures.stream().anyMatch(f -> f.kind() == Cue.KILLED);
        for (ActorMention m : a.actors) {
            if (deaths && m.start() >= from && m.start() < to && m.entry().isStateForce() && RoleMarkers.amongThem(a, m)) {
                return true;
            }
        }
        return false;
    }

    /** «لجان المقاومة في الفاشر», «لجان المقاومة في مدينة الفاشر»: the place begins right after a speaker and «في». */
    private static boolean seatOfSpeaker(Annotations a, int start) {
        int in = start > 0 && a.placeWord[start - 1] != null ? start - 2 : start - 1;
        return in >= 1 && a.ix.bare(in).equals("في") && a.actorAt[in - 1] != null && RoleMarkers.isSpeaker(a, a.actorAt[in - 1]);
    }

    /**
     * «وقال المتحدث باسم الدفاع المدني في غزة إن …»: a place named with the office a spokesman speaks for, before
     * what he says, is the seat of the office, not where the event was.
     */
    static void dropSeatsOfSpokesmen(Annotations a, List<PlaceMention> places, int from, int trigger) {
        if (places.stream().anyMatch(p -> p.start() > trigger && (p.kind() == PlaceMention.Kind.SETTLEMENT
                || p.kind() == PlaceMention.Kind.SITE))) {
            // «أعلنت تنسيقية لجان المقاومة في الفاشر ارتفاع حصيلة القصف … على مخيم أبو شوك»: the town of a body that
            // speaks, before the event word, while the event has a town or site of its own after it
            places.removeIf(p -> p.start() < trigger && seatOfSpeaker(a, p.start()));
        }
        places.removeIf(p -> {
            for (int j = p.start() - 1; j >= Math.max(from, p.start() - SPOKESMAN_REACH); j--) {
                String w = a.ix.bare(j);
                if (w.equals("باسم")) {
                    return true;
                }
                if (a.ix.isPunctuation(j) || THAT.contains(w)) {
                    return false;  // «… إن انفجارا وقع في بغداد»: what the spokesman says
                }
            }
            return false;
        });
    }

    /** How far after «باسم» the seat of the office may be named («باسم مديرية الدفاع المدني في محافظة غزة»). */
    private static final int SPOKESMAN_REACH = 6;

    /** «إن», «أن»: what is said begins. */
    private static final java.util.Set<String> THAT = java.util.Set.of("ان", "بان");

    /**
     * «في جنوب البلاد … الاضطرابات التي بدأت قبل أسابيع في بغداد»: once the clause has placed its event, a place
     * inside a later relative clause belongs to what that clause describes. But a relative clause on the event word
     * itself («حصيلة القصف المدفعي الذي شنته قوات الدعم السريع على مخيم أبو شوك») tells where the event was.
     */
    private static final Set<String> RAID_VERBS = WordLists.of("RAID_VERBS");

    static void dropPlacesOfRelativeClauses(Annotations a, List<PlaceMention> places, int trigger) {
        if (places.size() < 2) {
            return;
        }
        int firstEnd = places.stream().mapToInt(PlaceMention::end).min().getAsInt();
        places.removeIf(p -> {
            for (int r = firstEnd; r < p.start(); r++) {
                boolean onTheEventWord = r > trigger && r - trigger <= 2 && !a.ix.isPunctuation(r - 1);
                // «اشتباكات … وقوات الاحتلال التي اقتحمت مخيم جنين»: the raid of the side named is where it fought
                boolean raid = r + 1 < p.start() && a.ix.formIn(r + 1, RAID_VERBS);
                if (EventReference.RELATIVE_PRONOUNS.contains(a.ix.bare(r)) && !onTheEventWord && !raid) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * «واوقع 18 قتيلا وذلك بعد بضعة أيام من كمين نصبه متمردون ضد موكب الرئيس»: after the event word, a word of time or
     * cause that governs another event word begins words about that other event; whoever they name is no side of this
     * one. Returns that word's token, or {@code to}.
     */
    static int referredAfter(Annotations a, int trigger, int to) {
        for (int g = trigger + 1; g < to; g++) {
            if (!EventReference.isGovernorWord(a.ix.word(g))) {
                continue;
            }
            // «بعد كمين», «بعد بضعة أيام من كمين»: the governed event word comes within a few words
            for (int j = g + 1; j < Math.min(to, g + 5); j++) {
                if (a.triggerAt(j)) {
                    return g;
                }
            }
        }
        return to;
    }

    /**
     * «… على مشارف مدينة مايدوجوري؛ التي تشهد تعزيزات … لمواجهة التنظيمات الإرهابية»: a relative clause that
     * describes a place tells about the place; the groups it names are not the sides of the event.
     */
    static int sidesEnd(Annotations a, List<PlaceMention> places, int trigger, int to) {
        int end = referredAfter(a, trigger, to);
        for (PlaceMention p : places) {
            int j = p.end();
            while (j < to && a.ix.isPunctuation(j)) {
                j++;
            }
            if (j < to && EventReference.RELATIVE_PRONOUNS.contains(a.ix.word(j))) {
                end = Math.min(end, j);
            }
        }
        return end;
    }

    /**
     * An asserted verb of occurrence («وقع», «تعرض», «هاجم») in the clause, «آخر الهجمات …», or a day
     * that opens the clause: a chronology entry or a dated headline («12 ديسمبر 2005: اغتيال …»).
     */
    static boolean occurred(Annotations a, int from, int to) {
        for (Annotations.DateRef d : a.dates) {
            if (d.start() >= from && d.start() <= from + 1 && d.end() <= to && !d.mention().isFuture()
                    && d.mention().resolve(a.reference != null ? a.reference : ClauseDates.ANY_REFERENCE)
                            .map(r -> r.precision() == TimePrecision.DAY).orElse(false)) {
                return true;
            }
        }
        for (int i = from; i < to; i++) {
            boolean singledOut = a.triggerAt(i)
                    && EventReference.isSingledOut(a, i, from);
            // «إحباط هجوم وتفكيك سيارة مفخخة»: a weapon defused is a deed done, like an arrest made
            boolean defused = a.cueHead[i] && a.has(i, Cue.DEFUSED);
            if ((singledOut || defused || a.occurrenceAt(i) || EventReference.isArrestIdiom(a.ix, i) || announced(a, i, from)
                    || joinedProtest(a, i, to))
                    && Modality.asserted(a, i, from, to)) {
                return true;
            }
            // «واتهمت الحكومة قوات الدعم السريع بتنفيذ الهجوم»: who was blamed is a detail of the incident told
            ActorMention m = a.actorAt[i];
            if (m != null && m.start() == i && m.entry().isArmed() && RoleMarkers.attributedTo(a, m)
                    && Modality.asserted(a, i, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «دخل آلاف العمال … في إضراب عن العمل», «شارك المئات في اعتصام», «بدأ الأسرى إضرابا»: a verb of starting or
     * joining, then «في» and the protest it was, or the protest as its object; the verb alone («دخل الجيش المدينة»,
     * «بدأت المفاوضات») says nothing of an event.
     */
    private static boolean joinedProtest(Annotations a, int i, int to) {
        if (!a.ix.formIn(i, JOINING) || a.ix.hasArticle(i)) {
            return false;
        }
        int words = 2;
        for (int j = i + 2; j < to && words < JOINED_REACH; j++) {
            words += a.ix.isQuote(j) ? 0 : 1;  // the quotes round «"حزب الله" و"التيار الوطني الحر"» are no words
            // «بدأت قوى المعارضة امس اعتصاما مفتوحا»: or the protest is the verb's object, in the accusative
            boolean told = a.ix.word(j - 1).equals("في") || a.ix.word(j).endsWith("ا");
            if (a.cueHead[j] && a.has(j, Cue.PROTEST) && told) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> JOINING = WordLists.of("JOINING_VERBS");
    /** How far after the verb the protest may be named («دخل آلاف العمال في شركة … في إضراب»). */
    private static final int JOINED_REACH = 16;

    /**
     * A sentence about a court, a trial, a sentence or a condemnation («قضت المحكمة بإعدام قتلة …», «أدانت الحكومة
     * الهجوم»): the violence it names is the matter of justice, not news. An inquiry opened after the violence is
     * told («ذبح مسلحون راعيين …، وأعلنت الوزارة فتح تحقيق في الحادثة») leaves the report standing, and so does
     * violence told with its day before the word of justice («قتلت القوة أمس أربعة من المتهمين بالهجوم»).
     */
    static boolean isAboutJustice(Annotations a, int from, int to) {
        boolean violenceTold = false;
        for (int i = from; i < to; i++) {
            if (violenceTold && SENTENCE_CARRIED_OUT.contains(a.ix.word(i))) {
                return true;  // «أعدم 13 شخصا شنقا في سجن إيفين»: a sentence carried out, however it is dated
            }
            if (a.cueHead[i] && (a.has(i, Cue.KILLED) || a.has(i, Cue.PROTEST) || a.cues.get(i).stream().anyMatch(Cue::isViolent))) {
                // an arrest or a detention is no violence told («أمضى ليلة بمعتقل … المحكمة»); a protest that condemns
                // is one («خرجت تظاهرة أمس تدين الزيارة»)
                violenceTold = true;
            }
            if (a.cueHead[i] && a.has(i, Cue.JUDICIAL)) {
                // «وتجمع عشرات … يحملون لافتات تطالب بوقف الاستيطان وإدانته»: what a crowd told gathering demands
                boolean told = violenceTold || ProtestReading.gatheringWithVoice(a, from, i) >= 0;
                if (!(told && (INQUIRY.contains(a.ix.bare(i)) || ClauseDates.hasDayWords(a, from, i) || verbBefore(a, from, i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> INQUIRY = WordLists.of("INQUIRY");

    private static final Set<String> SENTENCE_CARRIED_OUT = WordLists.of("SENTENCE_CARRIED_OUT");

    /**
     * «أطلق مجهولون النار على سيارة القاضي أثناء توجهه إلى مقر المحكمة»: a verb of occurrence told the violence before
     * the word of justice; a verb apart from the event word («خطفه لا يخدم أي قضية», «أعدم 13 شخصا شنقا», «بوقوع حوادث
     * تعذيب» are no such report). Asked only at a word of justice: the look-up is not on every token's way.
     */
    private static boolean verbBefore(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            // «خرج آلاف السودانيين في مسيرات … رفضا لمذكرة التوقيف»: a verb of going out or gathering, no event word
            if (a.cues.get(i).stream().noneMatch(c -> c.isTrigger() || c == Cue.KILLED || c == Cue.INJURED)
                    && !a.ix.bare(i).startsWith("ب") && a.occurrenceAt(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «سيطروا الأحد على بلدة ديابو», «استعاد الجيش السيطرة على البلدة»: a verb of seizing whose «على» leads to a place
     * (a place word or a named place) within a few words. What else is seized («استولت على 170 عربة») is booty, not
     * territory.
     */
    /** How far after the verb of seizing its «على» may stand. */
    private static final int SEIZE_REACH = 16;

    static boolean seizesPlace(Annotations a, int from, int to, List<PlaceMention> places) {
        for (int i = from; i < to; i++) {
            if (!a.cueHead[i] || !a.has(i, Cue.SEIZED)) {
                continue;
            }
            // «سيطر متمردو حركة «إم 23» المدعومة من رواندا، أمس الاثنين، على بلدة …»: the doer and the day may run long
            // the reach counts words: quotes and brackets round a name («حركة "23 مارس" (إم 23)») are no distance
            int words = 0;
            for (int j = i + 1; j < to && words < SEIZE_REACH; j++) {
                if (!a.ix.isPunctuation(j)) {
                    words++;
                }
                if (a.triggerAt(j)) {
                    break;  // another event word: what follows is its own
                }
                if (!a.ix.word(j).equals("علي")) {
                    continue;
                }
                for (int k = j + 1; k < Math.min(to, j + 3); k++) {
                    int place = k;
                    if (a.placeWord[k] != null && a.placeWord[k].introducesName() || places.stream().anyMatch(p -> p.start() == place)) {
                        return true;
                    }
                }
                break;
            }
        }
        return false;
    }

    /**
     * A town that opens its sentence followed by a dash: «باماكو - », «مقديشو ـ »; or the second of two such towns
     * («واغادوغو - باماكو (وكالات) -»), where a report was filed from two capitals.
     */
    static boolean isDateline(Annotations a, PlaceMention p) {
        int s = a.ix.sentenceOf(p.start());
        if (s < 0) {
            return false;
        }
        int start = a.ix.sentenceStart[s];
        if (p.start() != start && !(p.start() - start == 2 && DASHES.contains(a.ix.word(start + 1)))) {
            return false;
        }
        int j = p.end();
        if (j < a.ix.size() && a.ix.word(j).equals("(")) {
            // «باماكو (أ ف ب) -», «الخرطوم (رويترز) -»: the agency in brackets between the place and the dash
            int close = j + 1;
            while (close < Math.min(a.ix.size(), j + AGENCY_TOKENS) && !a.ix.word(close).equals(")")) {
                close++;
            }
            j = close < a.ix.size() && a.ix.word(close).equals(")") ? close + 1 : j;
        }
        return j < a.ix.size() && DASHES.contains(a.ix.word(j));
    }

    /** At most this many tokens between the brackets of a dateline's agency («(أ ف ب)»). */
    private static final int AGENCY_TOKENS = 8;

    static final Set<String> DASHES = Set.of("-", "ـ", "–", "—");
}
