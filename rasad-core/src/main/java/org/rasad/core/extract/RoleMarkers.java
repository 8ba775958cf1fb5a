package org.rasad.core.extract;

import java.util.List;
import java.util.Set;

/**
 * The words around an actor that tell its role in a clause: doer («نفذه», «على يد», «هاجم التنظيم»), target
 * («على», «ضد», «مقتل»), speaker or finder («أعلنت الشرطة», «عثرت الشرطة على»), supporter («بدعم من»), or one of
 * a pair («بين X و Y»). Pure predicates over the annotations; {@link Roles} decides with them.
 */
final class RoleMarkers {

    static final Set<String> SUPPORT_MARKERS = WordLists.of("SUPPORT_MARKERS");
    private static final Set<String> FINDERS = WordLists.of("FINDERS");
    static final Set<String> AGENT_MARKERS = WordLists.of("AGENT_MARKERS");
    /** «نُسب الهجوم إلى تنظيم داعش»: attributed to whoever follows «إلى»; not «نسب مسؤول في الشرطة …», who speaks. */
    private static final Set<String> ATTRIBUTION = WordLists.of("ATTRIBUTED_TO");
    /** «استهداف X» is the targeting of X, while after the verb «استهدف X» X is the doer. */
    static final Set<String> TARGET_MARKERS = WordLists.of("TARGET_MARKERS");

    private RoleMarkers() {
    }

    static boolean before(Annotations a, ActorMention m, Set<String> markers, int reach) {
        return before(a, m.start(), markers, reach);
    }

    /** One of the marker words within {@code reach} words before token {@code at}. */
    static boolean before(Annotations a, int at, Set<String> markers, int reach) {
        for (int j = Math.max(0, at - reach); j < at; j++) {
            if (a.ix.formIn(j, markers)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «استهدف التنظيم دورية», «هجوم داعش على …»: the doer right after the attack word; «المسلحين
     * هاجموا النقطة», «عناصر من بوكو حرام فجروا العبوة»: the doer right before a verb that carries its plural
     * subject, whose next noun is then the object.
     */
    static boolean afterAttackWord(Annotations a, ActorMention m) {
        if (m.end() < a.ix.size() && a.cueHead[m.end()] && (isAttack(a, m.end()) || isBombingOrShelling(a, m.end()))
                && a.ix.word(m.end()).endsWith("وا")) {
            return true;
        }
        for (int j = Math.max(0, m.start() - 2); j < m.start(); j++) {
            if (a.ix.word(j).endsWith("وا")) {
                continue;
            }
            if (a.cueHead[j] && (a.has(j, Cue.ATTACK) || a.has(j, Cue.KIDNAP) || a.has(j, Cue.ASSASSINATE)
                    || a.has(j, Cue.SHOOTING) || a.has(j, Cue.AIRSTRIKE) || a.has(j, Cue.SHELLING))) {
                // «استهدفت تجمعات لإرهابيين»: with «ل» after the object, the actor owns what was hit
                boolean ownerOfObject = j < m.start() - 1 && a.ix.word(m.start()).startsWith("ل");
                return !weaponBefore(a, j) && !ownerOfObject && !objectOfVerb(a, j, m);
            }
        }
        return false;
    }

    /**
     * «أعلن الجيش الإسرائيلي أنه استهدف مسلحين»: «أنه» before a verb that says it happened refers to the one who speaks, so the
     * speaker named before it is the doer; null when the clause has no such pronoun or no armed speaker.
     */
    static ActorMention speakerAsDoer(Annotations a, int from, int to, List<ActorMention> actors) {
        for (int j = from; j + 1 < to; j++) {
            if (!THAT_IT.contains(a.ix.word(j))) {
                continue;
            }
            // «أنه استهدف», «أنها نفذت سلسلة ضربات»: a verb of violence or of carrying out; «إن طائراته «استهدفت» …»: a
            // quotation mark may open the words quoted
            int verb = a.ix.isQuote(j + 1) ? j + 2 : j + 1;
            if (verb < to && a.occurrenceAt(verb)) {
                ActorMention speaker = null;
                for (ActorMention m : actors) {
                    if (m.end() <= j && m.entry().isArmed() && isSpeaker(a, m)) {
                        speaker = m;
                    }
                }
                return speaker;
            }
        }
        return null;
    }

    /** «بينهم جنود», «من بينهم مدنيون»: named right after «among them», among the dead or hurt just counted. */
    static boolean amongThem(Annotations a, ActorMention m) {
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 2); j--) {
            if (a.cueHead[j] && a.has(j, Cue.SUBSET)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «أنه استهدف مسلحين من حركة حماس»: right after a verb, a plural in «ـين» is in the accusative, the object; its
     * subject would be «مسلحون». After a verbal noun («هجوم المسلحين») the same ending is the doer in the genitive.
     */
    private static boolean objectOfVerb(Annotations a, int verb, ActorMention m) {
        String w = a.ix.bare(m.start());
        // «استهدفت مسلحين», «استهدفت مسلحا من حركة حماس»: a noun without the article in the accusative is the object
        boolean accusative = w.endsWith("ين") && w.length() > 4 || w.endsWith("ا") && w.length() > 3;
        return verb == m.start() - 1 && a.occurrenceAt(verb) && accusative && !w.startsWith("ال");
    }

    /**
     * «عبوة ناسفة استهدفت دورية للجيش», «قذيفة أصابت منزلا», «غارة جوية استهدفت مقرا»: a bomb, shell or air strike right
     * before the verb is its subject,
     * so the force after the verb is what it hit, not the doer.
     */
    static boolean weaponBefore(Annotations a, int verb) {
        return verb > 0 && (a.has(verb - 1, Cue.IED) || a.has(verb - 1, Cue.SHELLING) || a.has(verb - 1, Cue.EXPLOSION)
                || a.has(verb - 1, Cue.SUICIDE) || a.has(verb - 1, Cue.GRENADE) || a.has(verb - 1, Cue.AIRSTRIKE));
    }

    /** «استهداف الأفريكوم لقيادات التنظيم»: the doer of a verbal noun, its object follows with «ل». */
    static boolean subjectOfVerbalNoun(Annotations a, ActorMention m) {
        return m.end() < a.ix.size() && a.ix.word(m.end()).startsWith("ل") && a.ix.word(m.end()).length() > 3
                && m.start() > 0 && a.ix.word(m.start() - 1).contains("استهداف");
    }

    static boolean terroristAttack(Annotations a, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (a.ix.word(j).contains("ارهابي") && a.has(j - 1, Cue.ATTACK)) {
                return true;
            }
        }
        return false;
    }

    static boolean attributedTo(Annotations a, ActorMention m) {
        return m.start() > 1 && a.ix.word(m.start() - 1).equals("الي") && before(a, m.start() - 1, ATTRIBUTION, 3)
                || standsBehind(a, m) || accusedOfIt(a, m);
    }

    /** «اتهم», «حمّل»: verbs of blaming someone for something. */
    private static final Set<String> ACCUSING = WordLists.of("ACCUSING_VERBS");
    /** «بتنفيذ», «بشن», «بارتكاب»: the deed someone is blamed for, after the one blamed. */
    private static final Set<String> ACCUSED_OF = WordLists.of("ACCUSED_OF");

    /** «واتهمت حكومة الولاية قوات الدعم السريع بتنفيذ الهجوم»: the one blamed for the deed. */
    private static boolean accusedOfIt(Annotations a, ActorMention m) {
        boolean deed = false;
        for (int j = m.end(); j < Math.min(a.ix.size(), m.end() + 2) && !deed; j++) {
            deed = ACCUSED_OF.contains(a.ix.word(j));
        }
        return deed && before(a, m.start(), ACCUSING, 5);
    }

    /** «اتهم المصدر تنظيم القاعدة بالوقوف وراء الهجوم», «التنظيم الذي يقف وراء التفجير»: said to be behind it. */
    private static boolean standsBehind(Annotations a, ActorMention m) {
        for (int j = m.end(); j < Math.min(a.ix.size() - 1, m.end() + 3); j++) {
            if (a.ix.word(j + 1).equals("وراء")) {
                String w = a.ix.word(j);
                return STANDING.stream().anyMatch(w::endsWith);  // «بالوقوف», «يقف», «تقف»
            }
        }
        return false;
    }

    /** «أنه», «أنها», «أنهم»: the pronoun of the one who speaks, before the verb of what it did. */
    private static final Set<String> THAT_IT = WordLists.of("THAT_IT");

    /** The verb and its noun of standing behind something («يقف وراء», «بالوقوف وراء»). */
    private static final Set<String> STANDING = WordLists.of("STANDING_BEHIND");

    /** «أعلن تنظيم داعش مسؤوليته». */
    static boolean claimsResponsibility(Annotations a, ActorMention m) {
        for (int j = m.end(); j < Math.min(a.ix.size(), m.end() + 2); j++) {
            if (a.ix.word(j).startsWith("مسؤوليت") || a.ix.word(j).startsWith("مسووليت")) {
                return true;
            }
        }
        return false;
    }

    /** «فجروا العبوة», «قصفوا القرية»: a verb of bombing or shelling, whose plural subject is the doer. */
    private static boolean isBombingOrShelling(Annotations a, int j) {
        return a.has(j, Cue.IED) || a.has(j, Cue.SHELLING) || a.has(j, Cue.AIRSTRIKE);
    }

    static boolean isAttack(Annotations a, int j) {
        return a.has(j, Cue.ATTACK) || a.has(j, Cue.KIDNAP) || a.has(j, Cue.ASSASSINATE) || a.has(j, Cue.SHOOTING)
                || a.has(j, Cue.KILLED);
    }

    /** «بين X و Y»: X is taken as the first side. */
    static ActorMention betweenPair(Annotations a, int from, int to, List<ActorMention> actors) {
        for (int j = from; j < to; j++) {
            if (a.ix.word(j).equals("بين")) {
                for (ActorMention m : actors) {
                    if (m.start() > j && m.start() <= j + 2) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** «قبيلتين», «عشيرتان»: one word for two of a kind. */
    static boolean isDual(Annotations a, ActorMention m) {
        // «قبيلتين», «مجموعتين مسلحتين»: a feminine dual, whose «-تين» no plural shares
        String w = a.ix.bare(m.start());
        return m.end() - m.start() <= 2 && w.length() > 4 && (w.endsWith("تين") || w.endsWith("تان"));
    }

    /** The second of «بين X و Y»: the next actor, joined to X by «و», of another name. */
    static ActorMention partner(Annotations a, ActorMention first, List<ActorMention> actors) {
        for (ActorMention m : actors) {
            if (m.start() >= first.end() && m.start() <= first.end() + 2 && a.ix.word(m.start()).startsWith("و")
                    && !m.name().equals(first.name())) {
                return m;
            }
        }
        return null;
    }

    /** The subject of a verb of saying or finding right before it: «أعلنت الشرطة», «قال الجيش», «عثرت الشرطة». */
    static boolean isSpeaker(Annotations a, ActorMention m) {
        if (isFinder(a, m)) {
            return true;
        }
        if (speaksOfItself(a, m)) {
            return false;  // «أعلن الجيش أنه استعاد السيطرة على المدينة»: the speaker is the subject of what it says
        }
        // «أكد أن الجيش استعاد …», «قال إن مسلحين هاجموا …»: after «أن» the actor is the subject of what was said
        boolean reported = m.start() >= 1 && ClauseDates.COMPLEMENTIZERS.contains(a.ix.word(m.start() - 1));  // «وان» is listed
        for (int j = m.start() - 1; !reported && j >= Math.max(0, m.start() - 2); j--) {
            if (a.has(j, Cue.SPEECH)) {  // also inside a longer phrase: «بحسب ما أعلنت الشرطة»
                return true;
            }
        }
        // «أكد مصدر في الشرطة الليبية العثور على جثث …», «قال متحدث باسم الجيش»: the force a source speaks for;
        // «وفق مصدر عسكري»: the adjective of the source
        return m.start() >= 2 && SPOKEN_FOR.contains(a.ix.word(m.start() - 1))
                && SPEAKER_NOUNS.contains(a.ix.bare(m.start() - 2))
                || m.start() >= 1 && m.end() - m.start() == 1 && SPEAKER_NOUNS.contains(a.ix.bare(m.start() - 1));
    }

    /** «أنه», «إنها», «أنهم»: «that» with the pronoun of the one who speaks. */
    private static final Set<String> THAT_ITSELF = WordLists.of("THAT_ITSELF");

    /** The actor's name, a day or a comma between, then «أنه»: it tells what it did itself. */
    private static boolean speaksOfItself(Annotations a, ActorMention m) {
        for (int j = m.end(); j < Math.min(a.ix.size(), m.end() + 4); j++) {
            if (THAT_ITSELF.contains(a.ix.word(j))) {
                return true;
            }
            if (!a.ix.isComma(j) && !a.inDate(j) && a.actorAt[j] != m) {
                return false;
            }
        }
        return false;
    }

    /** Nouns for a source («مصدر», «متحدث», «مسؤول»): the list attributions already read. */
    private static final Set<String> SPEAKER_NOUNS = WordLists.of("ATTRIBUTION_SPEAKERS");

    private static final Set<String> SPOKEN_FOR = Set.of("في", "من", "باسم", "بوزاره");

    /** «عثرت الشرطة على ثلاث جثث»: who found the dead reports them; it never did the killing. */
    static boolean isFinder(Annotations a, ActorMention m) {
        if (before(a, m, FINDERS, 2)) {
            return true;
        }
        // «أكد مصدر في الشرطة الليبية العثور على جثث»: the finding told right after the force
        for (int j = m.end(); j < Math.min(a.ix.size(), m.end() + 2); j++) {
            if (a.ix.formIn(j, FINDERS)) {
                return true;
            }
        }
        return false;
    }
}
