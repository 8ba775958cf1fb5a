package org.rasad.core.extract;

/** Protest words that only support a protest: whether a clause's crowd acts as one. */
final class ProtestReading {

    private ProtestReading() {
    }

    /**
     * People who gather and voice a demand are protesting even when no word says «protest»: «تجمع عشرات
     * الفلسطينيين … يحملون لافتات», «تدفقوا في الشوارع يهتفون ضد الحكومة». Two different supporting words
     * («تجمع», «لافتات»), one of them asserted, make the clause a protest; returns the first, or -1.
     */
    static int gatheringWithVoice(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.PROTESTER) && detailOfProtestTold(a, i, from, to)) {
                return -1;  // «وردد المتظاهرون شعارات …»: the crowd already told voices its cause
            }
        }
        int act = actInProtest(a, from, to);
        if (act >= 0) {
            return act;
        }
        int first = -1;
        String firstWord = null;
        boolean asserted = false;
        boolean gathered = false;
        for (int i = from; i < to; i++) {
            // after a gathering, burning tyres or throwing stones voice it too («تجمع مئات الشباب … لإشعال الإطارات»);
            // a crowd broken up is one gathered («فرقت قوات الأمن بالغاز مئات المعلمين … للمطالبة بعلاوة»)
            boolean weak = a.has(i, Cue.PROTEST_WEAK);
            // and so does what they gathered for («احتشد مئات الآلاف … وأقاموا خياما للاعتصام»)
            if (!a.cueHead[i] || !(weak || a.has(i, Cue.DISPERSE)
                    || first >= 0 && (a.has(i, Cue.TYRES) || a.has(i, Cue.RIOT) || a.has(i, Cue.PROTEST)))) {
                continue;
            }
            String w = a.ix.bare(i);
            if (first < 0) {
                first = i;
                firstWord = w;
                asserted = Modality.asserted(a, i, from, to);
                gathered = weak;
            } else if (!w.equals(firstWord) && (asserted || Modality.asserted(a, i, from, to)) && (gathered || weak)) {
                return first;
            }
        }
        return -1;
    }

    /** «احتجاجا», «تنديدا»: what an act was done in protest of. */
    private static final java.util.Set<String> PROTEST_PURPOSE = WordLists.of("PROTEST_PURPOSE");

    /**
     * «أقدم عشرات الشبان على إغلاق الطريق بالإطارات المشتعلة احتجاجا على البطالة»: a road blocked or stones thrown
     * «in protest at» something is a protest, whichever comes first. Returns the act, or -1. «احتجاجا» after any
     * other act («استقال الوزير احتجاجا على …») names no protest.
     */
    private static int actInProtest(Annotations a, int from, int to) {
        int act = -1;
        boolean purpose = false;
        for (int i = from; i < to; i++) {
            if (!a.cueHead[i]) {
                continue;
            }
            if (act < 0 && (a.has(i, Cue.TYRES) || a.has(i, Cue.RIOT)) && Modality.asserted(a, i, from, to)) {
                act = i;
            }
            purpose |= a.has(i, Cue.PROTEST_WEAK) && a.ix.formIn(i, PROTEST_PURPOSE);
        }
        return purpose ? act : -1;
    }

    /** Protesters act as protesters in the clause: they gather, march, chant, block roads, riot. */
    static boolean protestersAct(Annotations a, int from, int to) {
        return a.hasIn(from, to, Cue.PROTEST_WEAK) || a.hasIn(from, to, Cue.RIOT) || a.hasIn(from, to, Cue.TYRES)
                || a.hasIn(from, to, Cue.PROTEST);
    }

    /**
     * «فرقت قوات الأمن بالغاز مئات المحتجين»: a crowd of protesters counted and broken up was protesting; «لتفريق
     * المتظاهرين» names no crowd of its own.
     */
    static boolean crowdDispersed(Annotations a, int protesters, int from) {
        if (a.countOf(protesters, from) == null) {
            return false;
        }
        for (int j = from; j < protesters; j++) {
            if (a.cueHead[j] && a.has(j, Cue.DISPERSE) && a.occurrenceAt(j)) {
                return true;
            }
        }
        return false;
    }

    /** How many make a crowd when counted by a figure («150 من أنصار الحزب»). */
    private static final long CROWD = 50;

    /** «آلاف», «مئات», «عشرات», or a figure of fifty or more. */
    private static boolean isCrowd(org.rasad.core.text.Quantity q) {
        return q != null && (q.isVague() || q.value() >= CROWD);
    }

    /**
     * «اقتحم آلاف من أنصار التيار الصدري المنطقة الخضراء … مطالبين بإصلاحات»: a verb of storming whose subject is a crowd
     * counted right after it («آلاف», «مئات», a figure of fifty or more), in a clause that voices a demand.
     */
    static boolean crowdStormsWithDemands(Annotations a, int trigger, int from, int to) {
        if (trigger < from || trigger + 1 >= to || !a.ix.bare(trigger).startsWith("اقتحم")) {
            return false;
        }
        if (!isCrowd(a.quantity[trigger + 1])) {
            return false;
        }
        for (int i = trigger + 1; i < to; i++) {
            if (a.ix.formIn(i, VOICING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A crowd counted («آلاف», «مئات», a figure of fifty or more) right after a verb that says it did something
     * («تظاهر آلاف الهايتيين», «اعتصم مئات من عمال الشركة», «يواصل مئات المعارضين»): people who demonstrated, told as a
     * fact. Not the dead or wounded counted, and not a force («انتشر آلاف رجال الشرطة»).
     */
    static boolean countedCrowdActs(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isCrowd(a.quantity[i]) || a.inDate(i)) {
                continue;
            }
            int after = a.quantityEnd[i];
            if (after + 1 < to && a.has(after, Cue.PROTESTER) && a.occurrenceAt(after + 1)) {
                return true;  // «مليون متظاهر خرجوا …»: the crowd counted, then what it did
            }
            if (i == from || !a.occurrenceAt(i - 1)) {
                continue;
            }
            if (after < to && (a.has(after, Cue.KILLED_NOUN) || a.has(after, Cue.INJURED_NOUN)
                    || a.actorAt[after] != null && a.actorAt[after].entry().isArmed())) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** How far after the word of gunfire «على» and the protest it was fired on may come. */
    private static final int FIRED_ON_REACH = 4;

    /**
     * «برصاص قوات أمنية أطلقت النار على مسيرة سلمية»: gunfire aimed at the protest itself, which makes those it killed
     * protesters though the clause never calls them so.
     */
    static boolean firedOnProtest(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!a.cueHead[i] || !a.has(i, Cue.SHOOTING)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(to - 1, i + FIRED_ON_REACH); j++) {
                if (a.ix.word(j).equals("علي") && a.cueHead[j + 1] && a.has(j + 1, Cue.PROTEST)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** «احتجاجا على», «تنديدا ب»: the clause says what its doers protested. */
    static boolean givesItsCause(Annotations a, int from, int to) {
        for (int j = from; j < to; j++) {
            if (a.lex.reasons.longestAt(a.ix, j) != null) {
                return true;
            }
        }
        return false;
    }

    /** Words by which a crowd voices its cause («هتفوا», «رفعوا لافتات», «مطالبين»), as against gathering or marching. */
    private static final java.util.Set<String> VOICING = WordLists.of("PROTEST_VOICING");

    /** Whether token {@code i} is a word by which a crowd voices its cause («هتفوا», «مطالبين», «طالبت»). */
    static boolean voices(Annotations a, int i) {
        return a.ix.formIn(i, VOICING);
    }

    /**
     * «وهتف المتظاهرون …», «وحمل المتظاهرون لافتات …»: the protesters are named with the article and only voice
     * their cause; no word says that a protest took place. What the clause tells is a detail of a protest already
     * told, which it may join; it reports none of its own.
     */
    static boolean detailOfProtestTold(Annotations a, int protesters, int from, int to) {
        // «مئات المتظاهرين» counts a crowd, which is how a protest is first told
        if (!a.ix.hasArticle(protesters) || protesters > from && a.quantity[protesters - 1] != null
                || newProtestWord(a, from, to) || a.hasIn(from, to, Cue.RIOT) || a.hasIn(from, to, Cue.TYRES)) {
            return false;
        }
        boolean voiced = false;
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.PROTEST_WEAK)) {
                // «المتظاهرون الذين تجمعوا في الساحة»: a gathering in a relative clause describes the crowd
                boolean describesThem = i > from && EventReference.RELATIVE_PRONOUNS.contains(a.ix.bare(i - 1));
                if (!a.ix.formIn(i, VOICING) && !describesThem) {
                    return false;  // «وتجمع المتظاهرون في …», «وخرج المتظاهرون …»: the gathering is told
                }
                voiced = true;
            }
        }
        return voiced;
    }

    /** A protest word without the article («مظاهرة», «اعتصموا»); «المظاهرات» names protests already told. */
    private static boolean newProtestWord(Annotations a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && a.has(i, Cue.PROTEST) && !a.ix.hasArticle(i)) {
                return true;
            }
        }
        return false;
    }
}
