package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who did what to whom in a clause.
 *
 * <p>Rules:
 * <ul>
 *   <li>who only supports a side («بدعم من القوات الأمريكية») is no side;</li>
 *   <li>protests and riots: the protesters (or «Protesters (country)») act, the force that intervened is the
 *       other side; a peaceful protest has none;</li>
 *   <li>arrests: the state force arrests («Police Forces of (country)» when none is named);</li>
 *   <li>«اشتباكات بين X و Y»: X and Y; «بين قبيلتين»: the tribes on both sides;</li>
 *   <li>the attacker is an actor marked as the doer («نفذه التنظيم», «من قبل», «على يد», «أعلن … مسؤوليته»,
 *       «نسب … إلى») or named right after an attack verb or noun («استهدف التنظيم», «هجوم داعش»), unless a
 *       bomb before the verb is its subject («عبوة ناسفة استهدفت دورية للجيش»);</li>
 *   <li>the victims are the sides of the casualty figures, civilians, and actors after «على» / «ضد» /
 *       «استهداف» / «مقتل» / «اغتيال»;</li>
 *   <li>who announces the deaths or found the dead («أعلنت الشرطة», «عثرت الشرطة على جثث») is neither;</li>
 *   <li>with no attacker named, violence against victims, and a planted or carried bomb, are by «Unidentified
 *       Armed Group (country)».</li>
 * </ul>
 */
final class Roles {

    /** The two sides, and whether the text marked the first as the doer. */
    record Sides(ActorMention actor1, ActorMention actor2, boolean marked) {
    }


    private static final java.util.Set<String> CARRYING = WordLists.of("CARRYING");

    private Roles() {
    }

    /** «أعلنت قوات الدعم السريع، أمس، سيطرتها على بلدة»: a force that announces its own control took the place. */
    private static boolean announcesItsControl(Annotations a, ActorMention m, int to) {
        for (int j = m.end(); j < to; j++) {
            if (a.cueHead[j] && a.has(j, Cue.SEIZED) && OWN_CONTROL.contains(a.ix.bare(j))) {
                return true;  // «سيطرتها», «سيطرته», «سيطرتهم»: the possessive names the speaker
            }
        }
        return false;
    }

    /** The nouns of a force's own control, which the split phrase after a verb of announcing marks as a takeover. */
    private static final Set<String> OWN_CONTROL = WordLists.of("OWN_CONTROL");

    static Sides assign(Annotations a, int from, int to, EventTyper.Type type, List<Figure> figures) {
        List<ActorMention> actors = new ArrayList<>();
        for (ActorMention m : a.actors) {
            // «بدعم من القوات الأمريكية»: who supports the side fighting is not a side
            if (m.start() >= from && m.start() < to && !RoleMarkers.before(a, m, RoleMarkers.SUPPORT_MARKERS, 3)) {
                actors.add(m);
            }
        }
        String t = type.eventType();
        if (t.equals(EventTyper.PROTESTS) || t.equals(EventTyper.RIOTS)) {
            ActorMention crowd = first(actors, m -> m.entry().isProtester());
            if (crowd == null) {
                crowd = synthetic(a, t.equals(EventTyper.RIOTS) ? "Rioters ({country})" : "Protesters ({country})",
                        t.equals(EventTyper.RIOTS) ? 5 : 6);
            } else if (t.equals(EventTyper.RIOTS) && crowd.entry().inter() == 6) {
                // «اقتحم مئات المحتجين المبنى وأضرموا النار فيه»: protesters who riot are coded as rioters
                ActorEntry rioters = a.lex.actor("Rioters ({country})", 5);
                crowd = new ActorMention(crowd.start(), crowd.end(), rioters, rioters.nameIn(crowd.country()), crowd.country(),
                        crowd.anaphoric());
            }
            ActorMention force = first(actors, m -> m.entry().isStateForce());
            if (force == null) {
                // «مواجهات بين متظاهرين وقوات الدعم السريع»: a paramilitary or a militia may be the force they face
                force = first(actors, m -> m.entry().isArmed() && !m.entry().isProtester() && !RoleMarkers.isSpeaker(a, m));
            }
            boolean forceActs = type.subEventType().equals("Excessive force against protesters");
            if (type.subEventType().equals("Peaceful protest")) {
                force = null;  // «دون تسجيل أي احتكاك مع القوات الأمنية»: a force named, but no side of a peaceful protest
            }
            return forceActs && force != null ? new Sides(force, crowd, true) : new Sides(crowd, force, false);
        }
        if (type.subEventType().equals("Non-violent transfer of territory") || EventTyper.isTerritorial(type)) {
            // «سيطر مقاتلو الحركة على البلدة بعد انسحاب القوات الحكومية»: who took it, then who left
            ActorMention taker = first(actors, m -> m.entry().isArmed()
                    && (!RoleMarkers.isSpeaker(a, m) || announcesItsControl(a, m, to)));
            ActorMention left = taker == null ? null : first(actors, m -> m.entry().isArmed() && differs(m, taker));
            return new Sides(taker, left, false);
        }
        if (type.subEventType().equals("Looting/property destruction")) {
            // «أحرق مستوطنون منزلين في قرية دوما»: who destroyed, and the civilians whose property it was
            ActorMention doer = first(actors, m -> !m.isCivilian() && !RoleMarkers.isSpeaker(a, m));
            ActorMention owners = first(actors, m -> m.isCivilian() && !RoleMarkers.isSpeaker(a, m));
            return new Sides(doer, owners != null ? owners : synthetic(a, "Civilians ({country})", 7), false);
        }
        if (type.subEventType().equals("Disrupted weapons use")) {
            // «تمكنت فرق الهندسة من تفكيك عبوة ناسفة», «أعلن التحالف اعتراض طائرة مسيرة أطلقها الحوثيون»: the force
            // that stopped the weapon, often the one that announces it, against whoever sent it
            ActorMention force = first(actors, m -> m.entry().isArmed());
            ActorMention sender = force == null ? null : first(actors, m -> m.entry().isArmed() && differs(m, force));
            return new Sides(force, sender, false);
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
            if (m.isCivilian() && !RoleMarkers.isSpeaker(a, m)  // «وقال سكان إن …»: witnesses, not victims
                    || (RoleMarkers.before(a, m, RoleMarkers.TARGET_MARKERS, 2) && !RoleMarkers.subjectOfVerbalNoun(a, m))
                    || RoleMarkers.before(a, m, CARRYING, 4)  // «سيارة تقل قياديين في الحشد الشعبي»
                    || RoleMarkers.amongThem(a, m)) {
                victims.add(m.name());
            } else if (attacker == null && m.entry().isArmed()
                    && (RoleMarkers.before(a, m, RoleMarkers.AGENT_MARKERS, 3) || RoleMarkers.afterAttackWord(a, m) || RoleMarkers.claimsResponsibility(a, m)
                        || RoleMarkers.attributedTo(a, m))) {
                attacker = m;
            }
        }
        boolean marked = attacker != null;
        if (attacker == null) {
            attacker = RoleMarkers.betweenPair(a, from, to, actors);
            ActorMention partner = attacker == null ? null : RoleMarkers.partner(a, attacker, actors);
            if (partner != null) {
                return new Sides(attacker, partner, false);  // «اشتباكات بين قوات الجيش ومجموعة مسلحة»: those two
            }
            if (attacker != null && RoleMarkers.isDual(a, attacker) && !attacker.entry().isStateForce()) {
                return new Sides(attacker, attacker, false);  // «بين قبيلتين»: two of a kind, each a side
            }
        }
        if (attacker == null) {
            attacker = RoleMarkers.speakerAsDoer(a, from, to, actors);  // «أعلن الجيش أنه استهدف مسلحين …»
            marked = attacker != null;
        }
        if (attacker == null && a.hasIn(from, to, Cue.OPERATION)) {
            // «أعلنت السلطات الأفغانية مقتل مسلحين اثنين في عملية أمنية»: a state force announces its own operation
            attacker = first(actors, m -> m.entry().isStateForce() && RoleMarkers.isSpeaker(a, m) && !victims.contains(m.name()));
        }
        if (attacker == null && type.subEventType().equals("Air/drone strike")) {
            // aircraft belong to states far more often than to anyone else
            attacker = first(actors, m -> (m.entry().inter() == 1 || m.entry().inter() == 8) && !victims.contains(m.name())
                    && !RoleMarkers.isSpeaker(a, m));  // «وفق مصدر عسكري»: the source is no aircraft's owner
        }
        // «انفجرت سيارة مفخخة أمام مقر للشرطة»: a state force near a bomb nobody claimed is its target, not its maker
        boolean bomb = isPlantedOrCarried(type);
        if (attacker == null) {
            // «أعلنت الشرطة مقتل سبعة … بتفجير انتحاري»: the force that announces is not, by that, the doer
            attacker = first(actors, m -> m.entry().isArmed() && !victims.contains(m.name()) && !RoleMarkers.isSpeaker(a, m)
                    && !(bomb && m.entry().isStateForce()));
        }
        if (attacker == null) {
            attacker = first(actors, m -> m.entry().isArmed() && !victims.contains(m.name()) && !RoleMarkers.isFinder(a, m)
                    && !(bomb && m.entry().isStateForce()));
        }
        if (attacker == null && a.focus != null && RoleMarkers.terroristAttack(a, from, to)) {
            attacker = a.focus;  // «هجوم إرهابي» in an article about one group, no one else named: that group
        }
        ActorMention atk = attacker;
        // «قتل 25 شخصا بينهم جنود ومدنيون في هجوم على قافلة عسكرية»: the side a battle was fought with is the force
        ActorMention other = t.equals(EventTyper.BATTLES) ? victim(a, victims, actors, figures, atk, true) : null;
        if (other == null) {
            other = victim(a, victims, actors, figures, atk, false);
        }
        if (other == null) {
            // the object follows the doer: look after it first, then before it; «أشخاص» comes last
            int pivot = atk == null || atk.start() < 0 ? from : atk.start();
            other = first(actors, m -> m.start() > pivot && differs(m, atk) && !isAnyone(a, m) && !RoleMarkers.isSpeaker(a, m));
            if (other == null) {
                other = first(actors, m -> differs(m, atk) && !isAnyone(a, m) && !RoleMarkers.isSpeaker(a, m));
            }
            if (other == null && !isPlantedOrCarried(type) && !t.equals(EventTyper.VAC)) {
                // the speaker as the last resort; not for a bomb, whose victims are then the people it hit, nor for
                // violence against civilians, whose victims are civilians («بحسب الشرطة المحلية»)
                other = first(actors, m -> differs(m, atk) && !isAnyone(a, m) && !RoleMarkers.isFinder(a, m));
                if (other == null) {
                    other = first(actors, m -> differs(m, atk) && !RoleMarkers.isFinder(a, m));
                }
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
        if (attacker == null && other != null && victims.contains(other.name()) && a.hasIn(from, to, Cue.ATTACK)
                && !a.hasIn(from, to, Cue.CLASH)) {
            // «هجوم استهدف نقطة تفتيش وأسفر عن مقتل شرطيين»: the force attacked, by someone the text does not name
            return new Sides(synthetic(a, "Unidentified Armed Group ({country})", 3), other, false);
        }
        if (attacker == null && other != null) {
            return new Sides(other, null, false);
        }
        if (other == null && isPlantedOrCarried(type)) {
            // «مقتل وإصابة 11 شخصا إثر انفجار عبوة ناسفة»: a bomb someone unnamed set, among people of no side
            boolean people = figures.isEmpty() ? a.hasIn(from, to, Cue.COMBINED)
                    : figures.stream().allMatch(f -> f.side() == null);
            return new Sides(attacker != null ? attacker : synthetic(a, "Unidentified Armed Group ({country})", 3),
                    people ? synthetic(a, "Civilians ({country})", 7) : null, marked);
        }
        return new Sides(attacker, other, marked);
    }

    /** The first victim, in the order found, that is not the attacker (and, if asked, is armed); null if none. */
    private static ActorMention victim(Annotations a, List<String> victims, List<ActorMention> actors, List<Figure> figures,
                                       ActorMention atk, boolean armedOnly) {
        for (String v : victims) {
            if (atk != null && v.equals(atk.name())) {
                continue;
            }
            ActorMention candidate = first(actors, m -> m.name().equals(v));
            if (candidate == null) {
                for (Figure f : figures) {
                    if (f.side() != null && f.side().name().equals(v)) {
                        candidate = f.side();
                    }
                }
            }
            if (candidate != null && !isAnyone(a, candidate) && (!armedOnly || candidate.entry().isArmed())) {
                return candidate;
            }
        }
        return null;
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

}
