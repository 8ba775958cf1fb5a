package org.rasad.core.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rasad.core.text.TimePrecision;

/**
 * One report of an event in one clause of an article, before mentions of the same incident are merged.
 *
 * @param sentence      sentence index
 * @param from          first token of the clause
 * @param to            one past its last token
 * @param trigger       the token of the word that reports the event
 * @param type          ACLED type and sub-type
 * @param strongType    true when the type comes from a specific cue (air strike, IED, protest …)
 *                      rather than a generic attack or killing word
 * @param cues          every cue of the clause
 * @param actor1        acting side, or null
 * @param actor2        other side, or null
 * @param attackerMarked true when the text marks who acted («نفذه التنظيم», «استهدف مسلحون»)
 * @param places        places named in the clause, most specific first
 * @param date          event date, or null
 * @param precision     its precision, or null
 * @param statementDate true when the only date is the day of a statement about the event
 * @param anchorOffset  for «بعد يومين من …»: days from the incident of the previous mention, else null
 * @param figures       casualty figures
 * @param joinOnly      a rival figure in a disputing clause («نفى … هذا العدد، وأكد العثور على 3 جثث»):
 *                      a claim about an incident already told, never an incident of its own
 * @param referenceTrigger its trigger refers back to an event rather than reporting one ({@link EventReference})
 * @param undatedDay    in an article without a date: the event's day resolved against an arbitrary reference,
 *                      good only for telling two days of the same article apart; else null
 * @param retold        the event is named with the article and its clause gives no toll and no day («وأفادت مصادر
 *                      بأن الغارات استهدفت منطقة الكسارة»): most likely the one already told, with a place in more detail
 * @param seriesLead    the clause tells a series of attacks or many places at once («قتل 33 شخصا في غارات ومواجهات
 *                      شهدتها عدة محافظات»): a lead that sums up incidents, never one of them ({@link SummaryTolls})
 */
record Mention(int sentence, int from, int to, int trigger, EventTyper.Type type, boolean strongType, EnumSet<Cue> cues,
               ActorMention actor1, ActorMention actor2, boolean attackerMarked, List<PlaceMention> places,
               LocalDate date, TimePrecision precision, boolean statementDate, Integer anchorOffset,
               List<Figure> figures, boolean joinOnly, boolean referenceTrigger, LocalDate undatedDay, boolean retold,
               boolean seriesLead) {

    PlaceMention bestPlace() {
        return places.isEmpty() ? null : places.get(0);
    }

    /**
     * The same clause told of one of its places: «مقتل تسعة مدنيين في قرية بليون وأربعة في قرية البارة» becomes a
     * mention per town, each with its own places and figures ({@link TollsByPlace}, {@link TownsOfAClause}).
     */
    Mention withPlaces(List<PlaceMention> places, List<Figure> figures) {
        return new Mention(sentence, from, to, trigger, type, strongType, cues, actor1, actor2, attackerMarked, places, date,
                precision, statementDate, anchorOffset, figures, joinOnly, referenceTrigger, undatedDay, retold, seriesLead);
    }

    /**
     * «المعركة», «هذه الاشتباكات», «بعد الهجوم» with no casualty figure: a reference back to an incident,
     * which never starts an incident of its own (the article may report it elsewhere, and then this joins it).
     */
    boolean isReferenceOnly() {
        // «اغتيال» is both the trigger and the death it implies: only a figure of its own makes a report
        return joinOnly || referenceTrigger && figures.stream().allMatch(f -> f.start() <= trigger && trigger < f.end());
    }

    /**
     * An explosion of no stated kind («دوي انفجارات», «وقع انفجاران»): typed as a bomb only for want of better, it may
     * be the weapons of a fight or the blasts of a strike told elsewhere.
     */
    boolean isUnstatedExplosion() {
        return type.subEventType().equals("Remote explosive/landmine/IED") && !cues.contains(Cue.IED);
    }

    /** Repelling or pursuing attackers: a follow-up of the attack just told, wherever the chase ended. */
    boolean isFollowUp() {
        return cues.contains(Cue.PURSUIT) && !strongType && figures.isEmpty();
    }

    boolean hasEventDate() {
        return date != null && !statementDate;
    }
}
