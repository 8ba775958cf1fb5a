package org.rasad.core.extract;

import java.util.EnumSet;

/**
 * Which word of a clause is its event, and whether the clause reports that event or only refers to it.
 *
 * <p>Rules, in the order they apply:
 * <ul>
 *   <li>a trigger word counts only where it is asserted ({@link Modality}); denied or threatened events
 *       are neither reported nor referred to;</li>
 *   <li>a report beats a reference back to an event ({@link EventReference}), then a violent word beats a
 *       non-violent one;</li>
 *   <li>words in a relative clause about someone («الذي اغتيل …»), up to its comma, and words that go on
 *       describing a referred event («في أعقاب هجوم انتحاري استهدف …») are references;</li>
 *   <li>people gathering and voicing a demand are a protest even with no protest word
 *       ({@link ProtestReading});</li>
 *   <li>an arrest told beside a killing only referred to is an arrest; any violence told makes arrests
 *       part of it;</li>
 *   <li>a clause that tells its own dead and wounded reports, whatever its trigger.</li>
 * </ul>
 */
final class TriggerScan {

    /**
     * What the scan found.
     *
     * @param cues      the clause's cues, without those of events only referred to beside a report
     * @param trigger   the event word's token, or -1
     * @param reference the event word refers back to an event rather than reporting one
     * @param referredFrom for a reference governed by a word of time or cause, or in a relative clause: that word's
     *                  token, where the words about the referred event begin; else -1
     * @param unreal    some event word was denied, threatened or hypothetical
     */
    record Scan(EnumSet<Cue> cues, int trigger, boolean reference, int referredFrom, boolean unreal) {
    }

    private TriggerScan() {
    }

    static Scan scan(Annotations a, int from, int to) {
        EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
        int trigger = -1;
        boolean violent = false;
        boolean unreal = false;
        boolean reference = false;
        int triggerRank = -1;
        EnumSet<Cue> reportedCues = EnumSet.noneOf(Cue.class);
        EnumSet<Cue> referenceCues = EnumSet.noneOf(Cue.class);
        int lastRef = -1;
        boolean relativeClause = false;  // «… الحريري الذي اغتيل في فبراير 2005 في بيروت في تفجير»
        // «بعد يوم من مقتل 16 شخصا، بينهم 14 طفلا في هجوم انتحاري», «لمناسبة الذكرى الثانية لاغتيال تويني في تفجير»: the
        // word of time or cause that governs a referred event or death, while the phrase about it goes on; else -1
        int referredPhrase = -1;
        int firstReferredFrom = -1;
        boolean referredSeen = false;
        boolean bomber = false;
        // end of words read as no event: an attack made with words («شن هجوما عنيفا على البطريرك»), protests that describe
        // a person («أحد منظمي الاحتجاجات»)
        int ignoredEnd = -1;
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && VerbalAttack.at(a, i, from, to)) {
                ignoredEnd = a.cueEnd(i, to);
            }
            if (i < ignoredEnd) {
                continue;
            }
            if (a.cueHead[i] && a.has(i, Cue.PROTEST) && i > from && PROTEST_PEOPLE.contains(a.ix.bare(i - 1))) {
                // «أحد منظمي الاحتجاجات», «من قادة الإضراب»: the protests describe a person, they are no event here
                ignoredEnd = a.cueEnd(i, to);
                continue;
            }
            cues.addAll(a.cues.get(i));
            if (a.ix.isPunctuation(i) && !a.ix.isQuote(i)) {
                relativeClause = false;  // a comma or a full stop ends the relative clause
                if (!a.ix.isComma(i)) {
                    referredPhrase = -1;
                }
            }
            if (referredPhrase >= 0 && (a.ix.word(i).startsWith("و") || i > from && a.ix.isPunctuation(i - 1))
                    && a.occurrenceAt(i)) {
                // «بعد مقتل ثلاثة جنود، شن الجيش هجوما», «… ونجا الوزير»: a verb after a comma or «و» starts what the
                // clause tells; one right after the referred word describes it («منذ هجوم انتحاري أسفر عن مقتل …»)
                referredPhrase = -1;
            }
            if (!a.cueHead[i]) {
                continue;
            }
            if (a.has(i, Cue.KILLED) || a.has(i, Cue.INJURED)) {
                // «… الذي قتل مع ستة من أعوانه في غارة»: a death told of someone in a relative clause is background too
                relativeClause |= EventReference.followsRelativePronoun(a.ix, i, from);
                int g = EventReference.governor(a, i, from);
                if (g >= 0) {
                    referredPhrase = g;
                }
            }
            if (isBomber(a, i)) {
                // «اعتقلت انتحاريا», «الانتحاري الذي فجر نفسه … كان قد أفرج عنه»: the bomber is a person the clause
                // names; what he did is told by a verb («فجر انتحاري نفسه») or a toll («قتل انتحاري 20 شخصا»)
                bomber = true;
                continue;
            }
            for (Cue c : a.cues.get(i)) {
                if (c == Cue.PROTESTER && !ProtestReading.protestersAct(a, from, to)
                        && !ProtestReading.crowdDispersed(a, i, from)) {
                    continue;  // «لتفريق المتظاهرين», «إصابة متظاهرين»: people named, no protest told
                }
                if (c.isTrigger()) {
                    int g = EventReference.governor(a, i, from);
                    if (Modality.asserted(a, i, from, to)) {
                        // «في أعقاب هجوم انتحاري استهدف …»: words that go on describing a referred event share its status
                        boolean manner = referredPhrase >= 0 && tellsManner(a, i);
                        // «عمليات القتل والخطف والتهجير»: kinds of violence listed sum up a period, not an incident
                        int list = HarmList.listStart(a, i, from, to);
                        boolean ref = EventReference.isReference(a, i, from) || lastRef >= 0 && describesSameEvent(a, lastRef, i)
                                || relativeClause || manner || HabitualViolence.isHabitualPlural(a, i, from) || list >= 0
                                || c == Cue.PROTESTER && ProtestReading.detailOfProtestTold(a, i, from, to);
                        relativeClause |= EventReference.followsRelativePronoun(a.ix, i, from);
                        int referredFrom = g >= 0 ? g : manner ? referredPhrase : list >= 0 ? list
                                : EventReference.referredFrom(a, i, from);
                        if (g >= 0) {
                            referredPhrase = g;
                        }
                        if (ref && !referredSeen) {
                            // where the words about referred events begin: the first referred word's governor, or
                            // -1 when it stands on its own («ارتفعت حصيلة ضحايا الهجوم الذي استهدف …»)
                            firstReferredFrom = referredFrom;
                            referredSeen = true;
                        }
                        for (Cue t : a.cues.get(i)) {
                            if (t.isTrigger()) {
                                (ref ? referenceCues : reportedCues).add(t);
                            }
                        }
                        // a report beats a reference back to an event («تجمع المتظاهرون … لوقف الهجمات»);
                        // then a violent word beats a non-violent one
                        int rank = (ref ? 0 : 2) + (c.isViolent() ? 1 : 0);
                        lastRef = ref ? i : -1;
                        if (rank > triggerRank) {
                            trigger = i;
                            triggerRank = rank;
                            reference = ref;
                        }
                        violent |= c.isViolent();
                    } else {
                        unreal = true;
                        if (g >= 0) {
                            // «في حالة تأهب منذ هجوم انتحاري … في مسيرة»: referred to, even in a clause that is not
                            // asserted, and the march is where it struck
                            referredPhrase = g;
                        }
                        for (Cue t : a.cues.get(i)) {
                            if (t.isTrigger()) {
                                referenceCues.add(t);  // denied or threatened: no report either
                            }
                        }
                    }
                    break;
                }
            }
        }
        if (trigger < 0 || reference) {
            // «تجمع مئات … وأحرقوا الإطارات … في وقت نفى فيه المتشددون مسؤوليتهم عن الهجومين»: the gathering
            // is told, the attacks only referred to
            int gathering = ProtestReading.gatheringWithVoice(a, from, to);
            if (gathering >= 0) {
                trigger = gathering;
                reference = false;
                cues.add(Cue.PROTEST);
                reportedCues.add(Cue.PROTEST);
            }
        }
        if (!reference && !reportedCues.isEmpty() && reportedCues.stream().noneMatch(Cue::isViolent)) {
            // «ألقي القبض على منفذ جريمة اغتيال …»: the arrest is told, the killing only referred to
            referenceCues.removeAll(reportedCues);
            cues.removeAll(referenceCues);
            violent = false;
        }
        // «غداة هجوم … أسفر عن سقوط 220 قتيلا»: a toll after the word that refers back belongs to the referred event
        int referredFrom = reference ? firstReferredFrom : -1;
        if (reference && ownCasualty(a, from, referredFrom < 0 ? to : referredFrom)) {
            reference = false;  // «شهدت اليوم مقتل وإصابة 11 شخصا إثر انفجار …»: the clause tells its own dead and wounded
        }
        if (bomber && !violent && trigger >= 0) {
            cues.remove(Cue.SUICIDE);  // «اعتقلت انتحاريا»: an arrest of a bomber, no bombing
        }
        if (violent && !cues.contains(Cue.PROTEST) && !cues.contains(Cue.PROTESTER)) {
            cues.remove(Cue.ARREST);  // arrests made in a fight are part of it; at a protest they are the intervention
        }
        return new Scan(cues, trigger, reference, reference ? referredFrom : -1, unreal);
    }

    /** «انتحاري», «الانتحاريين»: a suicide attacker named as a person, with no other event word in the phrase. */
    private static boolean isBomber(Annotations a, int i) {
        return a.actorAt[i] != null && a.has(i, Cue.SUICIDE)
                && a.cues.get(i).stream().allMatch(c -> c == Cue.SUICIDE || !c.isTrigger());
    }

    /**
     * A word of death or injury of its own («أصيب», «مقتل وإصابة»), asserted and not itself referred back to
     * («بعد مقتله»); a word that is also the event («اغتيال») does not count.
     */
    private static boolean ownCasualty(Annotations a, int from, int to) {  // to: where the referred event's words begin
        for (int i = from; i < to; i++) {
            if (a.cueHead[i] && (a.has(i, Cue.KILLED) || a.has(i, Cue.INJURED) || a.has(i, Cue.COMBINED))
                    && a.cues.get(i).stream().noneMatch(Cue::isTrigger) && Modality.asserted(a, i, from, to)
                    && !EventReference.isReference(a, i, from) && !HabitualViolence.isHabitualToll(a, i, from)) {
                return true;
            }
        }
        return false;
    }

    /** «في هجوم», «بتفجير», «جراء قصف»: the event word says how a death or event already named came about. */
    private static boolean tellsManner(Annotations a, int trigger) {
        String before = trigger > 0 ? a.ix.word(trigger - 1) : "";
        return a.ix.word(trigger).startsWith("ب") || MANNER.contains(before) || MANNER.contains(Conjunction.strip(before));
    }

    private static final java.util.Set<String> MANNER = WordLists.of("MANNER_MARKERS");

    /** «منظمي», «قادة», «ناشطي»: people named by the protests they lead or join. */
    private static final java.util.Set<String> PROTEST_PEOPLE = WordLists.of("PROTEST_PEOPLE");

    /** Every word between two event words carries an event cue: one phrase goes on about one event. */
    private static boolean describesSameEvent(Annotations a, int previous, int trigger) {
        for (int j = previous + 1; j < trigger; j++) {
            if (a.cues.get(j).stream().noneMatch(Cue::isTrigger)) {
                return false;
            }
        }
        return true;
    }
}
