package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who did what to whom in a clause.
 *
 * <p>Rules:
 * <ul>
 *   <li>protests and riots: the protesters (or «Protesters (country)») act, the force that intervened is the other side;</li>
 *   <li>arrests: the state force arrests («Police Forces of (country)» when none is named);</li>
 *   <li>«اشتباكات بين X و Y»: X and Y;</li>
 *   <li>the attacker is an actor marked as the doer («نفذه التنظيم», «من قبل», «على يد», «أعلن … مسؤوليته»)
 *       or named right after an attack verb or noun («استهدف التنظيم», «هجوم داعش»);</li>
 *   <li>the victims are the sides of the casualty figures, civilians, and actors after «على» / «ضد» /
 *       «استهداف»;</li>
 *   <li>with no attacker named, violence against victims is by «Unidentified Armed Group (country)».</li>
 * </ul>
 */
final class Roles {

    /** The two sides, and whether the text marked the first as the doer. */
    record Sides(ActorMention actor1, ActorMention actor2, boolean marked) {
    }

    private static final Set<String> SUPPORT_MARKERS = WordLists.of("SUPPORT_MARKERS");
    private static final Set<String> FINDERS = WordLists.of("FINDERS");
    private static final Set<String> AGENT_MARKERS = WordLists.of("AGENT_MARKERS");
    /** «نُسب الهجوم إلى تنظيم داعش»: attributed to whoever follows «إلى»; not «نسب مسؤول في الشرطة …», who speaks. */
    private static final Set<String> ATTRIBUTION = WordLists.of("ATTRIBUTED_TO");
    /** «استهداف X» is the targeting of X, while after the verb «استهدف X» X is the doer. */
    private static final Set<String> TARGET_MARKERS = WordLists.of("TARGET_MARKERS");

    private Roles() {
    }

    static Sides assign(Annotations a, int from, int to, EventTyper.Type type, List<Figure> figures) {
        List<ActorMention> actors = new ArrayList<>();
        for (ActorMention m : a.actors) {
            // «بدعم من القوات الأمريكية»: who supports the side fighting is not a side
            if (m.start() >= from && m.start() < to && !before(a, m, SUPPORT_MARKERS, 3)) {
                actors.add(m);
            }
        }
        String t = type.eventType();
        if (t.equals(EventTyper.PROTESTS) || t.equals(EventTyper.RIOTS)) {
            ActorMention crowd = first(actors, m -> m.entry().isProtester());
            if (crowd == null) {
                crowd = synthetic(a, t.equals(EventTyper.RIOTS) ? "Rioters ({country})" : "Protesters ({country})",
                        t.equals(EventTyper.RIOTS) ? 5 : 6);
            }
            ActorMention force = first(actors, m -> m.entry().isStateForce());
            boolean forceActs = type.subEventType().equals("Excessive force against protesters");
            if (type.subEventType().equals("Peaceful protest")) {
                force = null;  // «دون تسجيل أي احتكاك مع القوات الأمنية»: a force named, but no side of a peaceful protest
            }
            return forceActs && force != null ? new Sides(force, crowd, true) : new Sides(crowd, force, false);
        }
        if (t.equals(EventTyper.STRATEGIC)) {
            ActorMention force = first(actors, m -> m.entry().isStateForce());
            if (force == null) {
                force = synthetic(a, "Police Forces of {country}", 1);
            }
            ActorMention f = force;
            return new Sides(force, first(actors, m -> !m.name().equals(f.name())), false);
        }
        List<String> victims = new ArrayList<>();
        for (Figure f : figures) {
            if (f.side() != null) {
                victims.add(f.side().name());
            }
        }
        ActorMention attacker = null;
        for (ActorMention m : actors) {
            if (m.isCivilian() || (before(a, m, TARGET_MARKERS, 2) && !subjectOfVerbalNoun(a, m))) {
                victims.add(m.name());
            } else if (attacker == null && m.entry().isArmed()
                    && (before(a, m, AGENT_MARKERS, 3) || afterAttackWord(a, m) || claimsResponsibility(a, m)
                        || attributedTo(a, m))) {
                attacker = m;
            }
        }
        boolean marked = attacker != null;
        if (attacker == null) {
            attacker = betweenPair(a, from, to, actors);
            ActorMention partner = attacker == null ? null : partner(a, attacker, actors);
            if (partner != null) {
                return new Sides(attacker, partner, false);  // «اشتباكات بين قوات الجيش ومجموعة مسلحة»: those two
            }
            if (attacker != null && isDual(a, attacker) && !attacker.entry().isStateForce()) {
                return new Sides(attacker, attacker, false);  // «بين قبيلتين»: two of a kind, each a side
            }
        }
        if (attacker == null && type.subEventType().equals("Air/drone strike")) {
            // aircraft belong to states far more often than to anyone else
            attacker = first(actors, m -> (m.entry().inter() == 1 || m.entry().inter() == 8) && !victims.contains(m.name()));
        }
        if (attacker == null) {
            // «أعلنت الشرطة مقتل سبعة … بتفجير انتحاري»: the force that announces is not, by that, the doer
            attacker = first(actors, m -> m.entry().isArmed() && !victims.contains(m.name()) && !isSpeaker(a, m));
        }
        if (attacker == null) {
            attacker = first(actors, m -> m.entry().isArmed() && !victims.contains(m.name()) && !isFinder(a, m));
        }
        if (attacker == null && a.focus != null && terroristAttack(a, from, to)) {
            attacker = a.focus;  // «هجوم إرهابي» in an article about one group, no one else named: that group
        }
        ActorMention atk = attacker;
        ActorMention other = null;
        for (String v : victims) {
            if (atk == null || !v.equals(atk.name())) {
                ActorMention candidate = first(actors, m -> m.name().equals(v));
                if (candidate == null) {
                    for (Figure f : figures) {
                        if (f.side() != null && f.side().name().equals(v)) {
                            candidate = f.side();
                        }
                    }
                }
                if (candidate != null && !isAnyone(a, candidate)) {
                    other = candidate;
                    break;
                }
            }
        }
        if (other == null) {
            // the object follows the doer: look after it first, then before it; «أشخاص» comes last
            int pivot = atk == null || atk.start() < 0 ? from : atk.start();
            other = first(actors, m -> m.start() > pivot && differs(m, atk) && !isAnyone(a, m) && !isSpeaker(a, m));
            if (other == null) {
                other = first(actors, m -> differs(m, atk) && !isAnyone(a, m) && !isSpeaker(a, m));
            }
            if (other == null) {
                other = first(actors, m -> differs(m, atk) && !isAnyone(a, m) && !isFinder(a, m));
            }
            if (other == null) {
                other = first(actors, m -> differs(m, atk) && !isFinder(a, m));
            }
        }
        if (other == null && t.equals(EventTyper.VAC) && !type.subEventType().equals("Abduction/forced disappearance")) {
            other = synthetic(a, "Civilians ({country})", 7);  // violence against civilians names its victims' side
        }
        if (attacker == null && other != null && !t.equals(EventTyper.BATTLES)) {
            attacker = synthetic(a, "Unidentified Armed Group ({country})", 3);
        }
        if (attacker == null && other != null && other.isCivilian()) {
            // «قتل شخصان في اشتباكات …»: the dead were caught in a fight between armed men nobody named
            return new Sides(synthetic(a, "Unidentified Armed Group ({country})", 3), null, false);
        }
        if (attacker == null && other != null) {
            return new Sides(other, null, false);
        }
        if (attacker == null && other == null && isPlantedOrCarried(type)) {
            // «مقتل وإصابة 11 شخصا إثر انفجار عبوة ناسفة»: a bomb someone unnamed set, among people of no side
            boolean people = figures.isEmpty() ? a.hasIn(from, to, Cue.COMBINED)
                    : figures.stream().allMatch(f -> f.side() == null);
            return new Sides(synthetic(a, "Unidentified Armed Group ({country})", 3),
                    people ? synthetic(a, "Civilians ({country})", 7) : null, false);
        }
        return new Sides(attacker, other, marked);
    }

    /** Bombs that are planted, thrown or carried, unlike shells and air strikes, which a force fires. */
    private static boolean isPlantedOrCarried(EventTyper.Type type) {
        String sub = type.subEventType();
        return sub.equals("Remote explosive/landmine/IED") || sub.equals("Suicide bomb") || sub.equals("Grenade");
    }

    private static boolean differs(ActorMention m, ActorMention attacker) {
        return attacker == null || !m.name().equals(attacker.name());
    }

    /** «أشخاص», «شخصا»: people, said of anyone; a weaker reading than a named side. */
    private static boolean isAnyone(Annotations a, ActorMention m) {
        return m.start() >= 0 && m.end() - m.start() == 1 && a.ix.formIn(m.start(), FigureFinder.ANYONE);
    }

    private static ActorMention first(List<ActorMention> list, java.util.function.Predicate<ActorMention> p) {
        for (ActorMention m : list) {
            if (p.test(m)) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention synthetic(Annotations a, String canonical, int inter) {
        ActorEntry e = a.lex.actor(canonical, inter);
        return new ActorMention(-1, -1, e, e.nameIn(a.country), a.country, false);
    }

    private static boolean before(Annotations a, ActorMention m, Set<String> markers, int reach) {
        return before(a, m.start(), markers, reach);
    }

    /** One of the marker words within {@code reach} words before token {@code at}. */
    private static boolean before(Annotations a, int at, Set<String> markers, int reach) {
        for (int j = Math.max(0, at - reach); j < at; j++) {
            if (a.ix.formIn(j, markers)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «استهدف التنظيم دورية», «هجوم داعش على …»: the doer right after the attack word; «المسلحين
     * هاجموا النقطة»: the doer right before a verb that carries its plural subject, whose next noun
     * is then the object.
     */
    private static boolean afterAttackWord(Annotations a, ActorMention m) {
        if (m.end() < a.ix.size() && a.cueHead[m.end()] && isAttack(a, m.end()) && a.ix.word(m.end()).endsWith("وا")) {
            return true;
        }
        for (int j = Math.max(0, m.start() - 2); j < m.start(); j++) {
            if (a.ix.word(j).endsWith("وا")) {
                continue;
            }
            if (a.cueHead[j] && (a.has(j, Cue.ATTACK) || a.has(j, Cue.KIDNAP) || a.has(j, Cue.ASSASSINATE)
                    || a.has(j, Cue.SHOOTING) || a.has(j, Cue.AIRSTRIKE) || a.has(j, Cue.SHELLING))) {
                return !weaponBefore(a, j);
            }
        }
        return false;
    }

    /**
     * «عبوة ناسفة استهدفت دورية للجيش», «قذيفة أصابت منزلا»: a bomb or shell right before the verb is its subject,
     * so the force after the verb is what it hit, not the doer.
     */
    private static boolean weaponBefore(Annotations a, int verb) {
        return verb > 0 && (a.has(verb - 1, Cue.IED) || a.has(verb - 1, Cue.SHELLING) || a.has(verb - 1, Cue.EXPLOSION)
                || a.has(verb - 1, Cue.SUICIDE) || a.has(verb - 1, Cue.GRENADE));
    }

    /** «استهداف الأفريكوم لقيادات التنظيم»: the doer of a verbal noun, its object follows with «ل». */
    private static boolean subjectOfVerbalNoun(Annotations a, ActorMention m) {
        return m.end() < a.ix.size() && a.ix.word(m.end()).startsWith("ل") && a.ix.word(m.end()).length() > 3
                && m.start() > 0 && a.ix.word(m.start() - 1).contains("استهداف");
    }

    private static boolean terroristAttack(Annotations a, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (a.ix.word(j).contains("ارهابي") && a.has(j - 1, Cue.ATTACK)) {
                return true;
            }
        }
        return false;
    }

    private static boolean attributedTo(Annotations a, ActorMention m) {
        return m.start() > 1 && a.ix.word(m.start() - 1).equals("الي") && before(a, m.start() - 1, ATTRIBUTION, 3);
    }

    /** «أعلن تنظيم داعش مسؤوليته». */
    private static boolean claimsResponsibility(Annotations a, ActorMention m) {
        for (int j = m.end(); j < Math.min(a.ix.size(), m.end() + 2); j++) {
            if (a.ix.word(j).startsWith("مسؤوليت") || a.ix.word(j).startsWith("مسووليت")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAttack(Annotations a, int j) {
        return a.has(j, Cue.ATTACK) || a.has(j, Cue.KIDNAP) || a.has(j, Cue.ASSASSINATE) || a.has(j, Cue.SHOOTING)
                || a.has(j, Cue.KILLED);
    }

    /** «بين X و Y»: X is taken as the first side. */
    private static ActorMention betweenPair(Annotations a, int from, int to, List<ActorMention> actors) {
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
    private static boolean isDual(Annotations a, ActorMention m) {
        String w = a.ix.word(m.end() - 1);
        return m.end() - m.start() == 1 && w.length() > 4 && (w.endsWith("تين") || w.endsWith("تان"));
    }

    /** The second of «بين X و Y»: the next actor, joined to X by «و», of another name. */
    private static ActorMention partner(Annotations a, ActorMention first, List<ActorMention> actors) {
        for (ActorMention m : actors) {
            if (m.start() >= first.end() && m.start() <= first.end() + 2 && a.ix.word(m.start()).startsWith("و")
                    && !m.name().equals(first.name())) {
                return m;
            }
        }
        return null;
    }

    /** The subject of a verb of saying or finding right before it: «أعلنت الشرطة», «قال الجيش», «عثرت الشرطة». */
    private static boolean isSpeaker(Annotations a, ActorMention m) {
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 2); j--) {
            if (a.cueHead[j] && a.has(j, Cue.SPEECH) || isFinder(a, m)) {
                return true;
            }
        }
        return false;
    }

    /** «عثرت الشرطة على ثلاث جثث»: who found the dead reports them; it never did the killing. */
    private static boolean isFinder(Annotations a, ActorMention m) {
        return before(a, m, FINDERS, 2);
    }
}
