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
 */
record Mention(int sentence, int from, int to, int trigger, EventTyper.Type type, boolean strongType, EnumSet<Cue> cues,
               ActorMention actor1, ActorMention actor2, boolean attackerMarked, List<PlaceMention> places,
               LocalDate date, TimePrecision precision, boolean statementDate, Integer anchorOffset,
               List<Figure> figures, boolean joinOnly) {

    PlaceMention bestPlace() {
        return places.isEmpty() ? null : places.get(0);
    }

    /**
     * «المعركة», «هذه الاشتباكات», «الهجوم» with nothing new (no figures, no date): a reference back to an
     * incident already told, which never starts an incident of its own.
     */
    boolean isReferenceOnly(TextIndex ix) {
        String w = ix.word(trigger);
        boolean definite = w.startsWith("ال") || w.startsWith("وال") || w.startsWith("بال")
                || (trigger > 0 && (ix.word(trigger - 1).equals("هذه") || ix.word(trigger - 1).equals("هذا")
                || ix.word(trigger - 1).equals("تلك")));
        return joinOnly || definite && figures.isEmpty() && !hasEventDate() && places.stream().noneMatch(PlaceMention::isSpecific);
    }

    /** Repelling or pursuing attackers: a follow-up of the attack just told, wherever the chase ended. */
    boolean isFollowUp() {
        return cues.contains(Cue.PURSUIT) && !strongType && figures.isEmpty();
    }

    boolean hasEventDate() {
        return date != null && !statementDate;
    }
}
