package org.rasad.core.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups the mentions of one article into incidents.
 *
 * <p>A mention joins the most recent incident it is compatible with; two reports are of
 * different incidents when:
 * <ul>
 *   <li>one is dated from the other («بعد يومين من …»);</li>
 *   <li>their specific types differ (an air strike is not a roadside bomb), while generic words
 *       («هجوم», «مقتل») fit any violent type;</li>
 *   <li>both give the day of the event and the days differ, or the event is dated after the
 *       statement that reports the other;</li>
 *   <li>both name specific places and share none of the names, or each names a different town (a
 *       shared province does not make them one);</li>
 *   <li>the text marks a different doer in each.</li>
 * </ul>
 * Then every incident dated from another gets its date.
 */
final class IncidentMerger {


    private IncidentMerger() {
    }

    /**
     * @param reference the article's date, or null: «بعد يومين من اختطافهم» told before any incident counts
     *                  back from it
     */
    static List<Incident> merge(List<Mention> mentions, LocalDate reference) {
        List<Incident> incidents = new ArrayList<>();
        Incident previous = null;
        for (Mention m : mentions) {
            Incident target = null;
            if (m.anchorOffset() == null) {
                for (int k = incidents.size() - 1; k >= 0; k--) {
                    if (compatible(incidents.get(k), m)) {
                        target = incidents.get(k);
                        break;
                    }
                }
            }
            if (target == null && m.isReferenceOnly()) {
                continue;  // refers back to something this article did not report as an event
            }
            if (target == null) {
                target = new Incident(m);
                if (m.anchorOffset() != null) {
                    target.anchor = previous;
                    target.anchorOffset = m.anchorOffset();
                }
                incidents.add(target);
            } else {
                target.mentions.add(m);
            }
            previous = target;
        }
        for (int k = 0; k < incidents.size(); k++) {
            Incident i = incidents.get(k);
            if (i.anchor == null && i.anchorOffset != 0 && i.date() == null && reference != null) {
                // «… ما زالوا في عداد المفقودين، بعد يومين من اختطافهم»: nothing told before, so counted from the day
                // the article speaks
                i.anchoredDate = reference.plusDays(i.anchorOffset);
            }
            if (i.anchor != null && i.date() == null) {
                LocalDate from = i.anchor.eventDate();
                // «بعد يومين من …» refers back to an incident whose day is not told: take the latest event
                // date told before it, and only then the day of a statement about the anchor
                for (int j = k - 1; j >= 0 && from == null; j--) {
                    from = incidents.get(j).eventDate();
                }
                if (from == null) {
                    from = i.anchor.date();
                }
                if (from != null) {
                    i.anchoredDate = from.plusDays(i.anchorOffset);
                }
            }
        }
        return incidents;
    }

    /** The incident's doer is the target here: «IS attacked the patrol» vs «the army fought IS». */
    private static boolean reversed(Incident inc, Mention m) {
        ActorMention doer = inc.markedAttacker();
        if (doer == null) {
            // without a marked doer, trust the sides only where the figures told who died
            for (Mention other : inc.mentions) {
                if (doer == null && other.actor2() != null && other.figures().stream()
                        .anyMatch(f -> f.side() != null && f.side().name().equals(other.actor2().name()))) {
                    doer = other.actor1();
                }
            }
        }
        ActorMention mine = m.actor1();
        if (m.attackerMarked() && mine != null) {
            for (Mention other : inc.mentions) {
                if (other.actor2() != null && other.actor2().name().equals(mine.name())
                        && other.actor1() != null && !other.actor1().name().equals(mine.name())) {
                    return true;
                }
            }
        }
        if (doer == null || m.actor2() == null || m.actor1() == null || !m.actor2().name().equals(doer.name())
                || m.actor1().name().equals(doer.name())) {
            return false;
        }
        for (Mention other : inc.mentions) {
            if (other.actor2() != null && sameForce(other.actor2(), m.actor1())) {
                return false;  // the side that was attacked hits back: the same fight
            }
        }
        return true;
    }

    /**
     * «استشهد فلسطيني خلال مواجهات اندلعت مع قوات الاحتلال … الشبان الذين رشقوا القوات بالحجارة»: the fighting a weak
     * word («مواجهات», «إطلاق النار») told, with no armed group named on either side, was youths throwing stones at
     * soldiers. The riot told after it is the same incident, and what the incident was.
     */
    private static boolean stonesInTheFighting(Incident inc, Mention m) {
        return m.cues().contains(Cue.THROWN) && m.type().eventType().equals(EventTyper.RIOTS) && !inc.strongType()
                && inc.type().eventType().equals(EventTyper.BATTLES)
                && inc.mentions.stream().noneMatch(x -> isArmedGroup(x.actor1()) || isArmedGroup(x.actor2()));
    }

    private static boolean isArmedGroup(ActorMention a) {
        return a != null && a.entry().isArmed() && !a.entry().isStateForce();
    }

    /** A sentence that tells only wounded, with no event word of its own: a detail of the incident told before. */
    private static boolean woundedAlone(Mention m) {
        return m.joinOnly() && !m.figures().isEmpty() && m.figures().stream().allMatch(f -> f.kind() == Cue.INJURED)
                && m.cues().stream().noneMatch(Cue::isTrigger);
    }

    /**
     * A sentence whose only news is a running toll of the dead, with no event word of its own («وقال مصدر إن أحد
     * الجرحى فارق الحياة، لترتفع حصيلة القتلى إلى أربعة»): the toll of an incident told before that had its dead.
     */
    private static boolean tollRiseAlone(Mention m) {
        return !m.figures().isEmpty() && m.figures().stream().allMatch(Figure::update)
                && m.figures().stream().anyMatch(f -> f.kind() == Cue.KILLED) && m.cues().stream().noneMatch(Cue::isTrigger);
    }

    private static boolean hasDead(Incident inc) {
        return inc.mentions.stream().anyMatch(x -> x.figures().stream().anyMatch(f -> f.kind() == Cue.KILLED));
    }

    static boolean compatible(Incident inc, Mention m) {
        if (inc.anchor != null && inc.mentions.size() == 1 && inc.first().sentence() == m.sentence()) {
            return false;
        }
        if (m.seriesLead() != inc.first().seriesLead() && !(m.figures().isEmpty() && m.places().isEmpty())) {
            // a lead that sums up a series is none of the incidents it sums; with no toll and no place of its own
            // («الموقع الذي تعرض لعدة غارات متتالية نفذها طيران الاحتلال») it only tells how the incident was done
            return false;
        }
        String a = inc.type().eventType();
        String b = m.type().eventType();
        if (woundedAlone(m)) {
            b = a;  // «… قبل أن تتدخل قوات الأمن. وأصيب 25 شخصا»: wounded told alone, of whatever the incident was
        } else if (tollRiseAlone(m)) {
            if (!hasDead(inc)) {
                return false;  // an arrest or a peaceful march told in between has no toll to rise
            }
            b = a;
        }
        if (!a.equals(b)) {
            boolean bothViolent = EventTyper.isViolent(a) && EventTyper.isViolent(b);
            // «شهدت المدينة احتجاجات … وأفاد شهود بأن الشبان أضرموا النار في مركز الأمن»: the protest turned riot
            boolean protestTurned = EventTyper.isProtest(inc.type()) && EventTyper.isProtest(m.type());
            if ((!bothViolent || (inc.strongType() && m.strongType())) && !stonesInTheFighting(inc, m) && !protestTurned) {
                return false;
            }
        } else if (inc.strongType() && m.strongType() && !inc.type().subEventType().equals(m.type().subEventType())
                && EventTyper.isViolent(a) && !m.isUnstatedExplosion()) {
            // «سماع دوي انفجارات»: an explosion of no stated kind fits the air strike or shelling of the same place
            return false;
        }
        LocalDate known = inc.eventDate();
        if (known == null && inc.anchor != null && inc.mentions.stream().allMatch(x -> x.date() == null)) {
            known = inc.anchor.eventDate();  // «كما خرج محتجون في شهبا»: told as of the day of the incident before
            known = known == null ? null : known.plusDays(inc.anchorOffset);
        }
        boolean sameToll = sameToll(inc, m);
        if (known != null && m.date() != null) {
            // fighting that ran overnight («اندلعت ليل الإثنين … امتدت حتى ليل الثلاثاء») is told with two days;
            // the same toll on the next day is the same incident
            boolean overnight = sameToll && Math.abs(ChronoUnit.DAYS.between(known, m.date())) <= 1;
            if (!overnight && (m.hasEventDate() ? !known.equals(m.date()) : known.isAfter(m.date()))) {
                return false;
            }
        } else if (known == null && m.hasEventDate() && inc.date() != null && m.date().isAfter(inc.date())) {
            return false;
        }
        if (m.undatedDay() != null && inc.eventDate() == null && m.date() == null) {
            LocalDate day = inc.undatedDay();
            if (day != null && !day.equals(m.undatedDay())) {
                return false;  // «قتل سبعة جنود الأحد …», «وكان شرطيان قتلا الخميس …»: two days, two incidents
            }
        }
        // «… غارات على مديرية صرواح. وأفادت مصادر بأن الغارات استهدفت منطقة الكسارة»: the same kind of event named
        // again with the article, no toll and no day: the place in more detail, not another incident
        boolean detail = m.isFollowUp() || m.retold() && (m.strongType() && inc.strongType()
                || !m.strongType() && m.type().eventType().equals(inc.type().eventType()));
        Set<String> names = inc.placeNames();
        Incident alone = new Incident(m);
        Set<String> mine = alone.placeNames();
        // different places, unless one is named as the other's anchor («جبل عصيدة غرب القطرون» and «القطرون»);
        // a shared anchor alone («الحسينية شمالي بغداد», «المدائن جنوبي بغداد») does not make one place
        if (!detail && !sameToll && !names.isEmpty() && !mine.isEmpty()
                && inc.primaryPlaceNames().stream().noneMatch(mine::contains)
                && alone.primaryPlaceNames().stream().noneMatch(names::contains)) {
            return false;
        }
        Set<String> countries = inc.countries();
        Set<String> myCountries = alone.countries();
        if (!countries.isEmpty() && !myCountries.isEmpty() && countries.stream().noneMatch(myCountries::contains)) {
            // «9 جنود ماليين قتلى في هجوم … وعبوة ناسفة تقتل 5 جنود في النيجر»: two countries, two incidents
            return false;
        }
        Set<String> towns = inc.settlementNames();
        Set<String> myTowns = alone.settlementNames();
        if (!detail && !towns.isEmpty() && !myTowns.isEmpty() && towns.stream().noneMatch(mine::contains)
                && myTowns.stream().noneMatch(names::contains)) {
            // two towns of one province («تسيل» and «الصنمين», both «بريف درعا»): two incidents, even with
            // the same toll («شخصين» in Sabha, «شخصين» in Tripoli)
            return false;
        }
        ActorMention doer = inc.markedAttacker();
        // «وقال الجيش إن وحداته صدت هجوما … وقتلت 40 من المهاجمين»: the side attacked tells how it fought back
        boolean answers = m.cues().contains(Cue.PURSUIT);
        // two named doers are two incidents; unidentified gunmen may turn out to be the group that claims them
        if (doer != null && m.attackerMarked() && m.actor1() != null && !doer.name().equals(m.actor1().name())
                && !doer.entry().isUnidentified() && !m.actor1().entry().isUnidentified() && !answers) {
            return false;
        }
        return (m.isFollowUp() || answers || !reversed(inc, m)) && !otherTarget(inc, m);
    }

    /**
     * The same death toll, told again: «قتل 11 شخصا في هجوم على قرية في محافظة ديالى» then «واستهدف الهجوم
     * قرية الرشاد … وأسفر عن مقتل 11 شخصا». A sentence may name the province and the next the village;
     * the toll shows they are one incident. A toll of one is too common to tell anything.
     */
    private static boolean sameToll(Incident inc, Mention m) {
        for (Figure f : m.figures()) {
            if (f.kind() != Cue.KILLED || f.value() == null || f.value() < 2) {
                continue;
            }
            for (Mention other : inc.mentions) {
                for (Figure g : other.figures()) {
                    if (g.kind() == Cue.KILLED && f.value().equals(g.value()) && sameDead(f, g)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether two counts may be of the same dead: «مقتل حوالى 15 شخصا» and «قتل حوالى 15 مدنيا» may; «قتلنا ستة من
     * الإرهابيين» and «مقتل ستة أشخاص» in another quarter are the same number of other dead.
     */
    private static boolean sameDead(Figure f, Figure g) {
        if (f.side() == null || g.side() == null) {
            Figure sided = f.side() == null ? g : f;
            return sided.side() == null || sided.side().isCivilian();
        }
        return f.side().name().equals(g.side().name());
    }

    /** The same doer against a different target is another incident («IS hit the army on Monday, the police on Wednesday»). */
    private static boolean otherTarget(Incident inc, Mention m) {
        ActorMention doer = inc.markedAttacker();
        if (doer == null || !m.attackerMarked() || m.actor1() == null || !doer.name().equals(m.actor1().name())) {
            return false;
        }
        for (Mention other : inc.mentions) {
            if (other.attackerMarked() && other.actor2() != null && m.actor2() != null
                    && ActorFinder.isOrganised(other.actor2().entry()) && ActorFinder.isOrganised(m.actor2().entry())
                    && !sameForce(other.actor2(), m.actor2())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameForce(ActorMention a, ActorMention b) {
        return a.name().equals(b.name()) || a.name().equals(b.entry().parent()) || b.name().equals(a.entry().parent())
                || (a.entry().parent() != null && a.entry().parent().equals(b.entry().parent()));
    }
}
