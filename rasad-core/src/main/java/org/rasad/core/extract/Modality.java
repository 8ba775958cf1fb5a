package org.rasad.core.extract;

import java.util.Set;

/**
 * Decides whether a trigger word reports something that happened.
 *
 * <p>A trigger is not asserted when, in its clause:
 * <ul>
 *   <li>a denial or negation comes shortly before it («نفى … وقوع هجوم», «لم يتعرض لهجوم»), or a denial of
 *       the truth or occurrence of what follows anywhere before it («نفى … صحة ما تداولته صفحات بشأن …»);</li>
 *   <li>a threat, plan, warning, forecast or condition comes shortly before it («تهدد باستهداف»,
 *       «خطة لشن هجمات», «إذا هاجم») or right after it;</li>
 *   <li>the clause opens with a condition («إذا», «لو», «في حال»): all of it is a supposition;</li>
 *   <li>a word of the future comes before it or anywhere in the next few words («هجوم وشيك», «عمليات
 *       في بعض المناطق الفترة المقبلة»);</li>
 *   <li>a verb in the future («سيرد», «ستشن») or «قد» with a present verb («قد يهاجم») comes shortly before it;</li>
 *   <li>it is part of a ceasefire phrase («وقف إطلاق النار»);</li>
 *   <li>it is a verbal noun with the «ل» of purpose («طلبوا تسليمه لإعدامه», «العتبة لتفجير صراعات»): what
 *       someone meant to do, unless a word of undergoing or trying stands before it («تعرضت لهجوم», «في محاولة
 *       لاغتياله»).</li>
 * </ul>
 * Commas do not end the reach: Arabic news runs clauses together with «و».
 */
final class Modality {

    private static final int BEFORE = 6;
    private static final int AFTER = 2;
    private static final int DENIAL_REACH = 16;
    private static final int FUTURE_AFTER = 8;
    private static final Set<String> NOT_FUTURE = WordLists.of("NOT_FUTURE");
    private static final Set<String> DENIED_OBJECTS = WordLists.of("DENIED_OBJECTS");

    /** «إليه», «لها»: the pronoun after a verb of calling that points back to the event just named. */
    private static final Set<String> CALLED_FOR = Set.of("اليه", "اليها", "له", "لها");

    private Modality() {
    }

    static boolean asserted(Annotations a, int trigger, int from, int to) {
        if (a.has(trigger, Cue.CEASEFIRE) || isPurpose(a, trigger, from)) {
            return false;
        }
        for (int j = from; j < trigger - BEFORE; j++) {
            if (a.has(j, Cue.NEGATION) && isDenialVerb(a.ix.word(j))
                    && (j >= trigger - DENIAL_REACH || deniesWhatFollows(a, j, trigger))) {
                return false;  // «نفى مصدر أمني اليوم وقوع أي هجوم على كمين …»: a denial covers its whole clause
            }
        }
        boolean defused = a.has(trigger, Cue.DEFUSED);
        for (int j = Math.max(from, wordsBefore(a, trigger, BEFORE)); j < trigger; j++) {
            // «أعلنت الشرطة إحباط هجوم انتحاري وتفكيك سيارة مفخخة»: the attack was foiled, the bomb really defused
            boolean unreal = a.has(j, Cue.UNREAL) && !(defused && isFoiling(a.ix.word(j)));
            if (a.has(j, Cue.NEGATION) || unreal || a.has(j, Cue.FUTURE) || isFutureVerb(a.ix.word(j))
                    || (a.ix.word(j).equals("قد") && j + 1 < to && isPresentVerb(a.ix.word(j + 1)))) {
                return false;
            }
        }
        if (opensWithCondition(a, from, trigger)) {
            return false;  // «إذا اندلعت حرب شاملة فإن الصواريخ قد تطال المدن»: the whole sentence is a supposition
        }
        int triggerEnd = a.cueEnd(trigger, to);
        for (int j = triggerEnd; j < Math.min(to, triggerEnd + FUTURE_AFTER); j++) {
            // «في إضراب مفتوح دعت إليه نقابات»: who called for the protest told, not a call for one to come
            boolean calledFor = j + 1 < to && CALLED_FOR.contains(a.ix.word(j + 1));
            // «مواكب سلمية حاشدة طالبت بعودة الحكم المدني»: what a protest demanded is its voice, no wish of the writer's
            boolean voiced = a.has(trigger, Cue.PROTEST) && ProtestReading.voices(a, j);
            if (a.has(j, Cue.FUTURE) || (j < triggerEnd + AFTER && a.has(j, Cue.UNREAL) && !calledFor && !voiced)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> UNDERGOING = WordLists.of("UNDERGOING");

    /** «لإعدامه», «لتفجير»: the «ل» of purpose on a verbal noun, with no word of undergoing shortly before it. */
    private static boolean isPurpose(Annotations a, int trigger, int from) {
        String w = a.ix.bare(trigger);
        if (!w.startsWith("ل") || w.startsWith("لل") || w.length() < 5) {
            return false;
        }
        String noun = EventReference.stripPossessive(w.substring(1));
        if (!EventReference.isVerbalNoun(noun) && !PURPOSE_NOUNS.contains(noun)) {
            return false;
        }
        for (int j = trigger - 1; j >= Math.max(from, trigger - 3); j--) {  // «تعرضت دورية للجيش لهجوم»
            if (UNDERGOING.contains(a.ix.bare(j))) {
                return false;
            }
        }
        return true;
    }

    /** Form I verbal nouns, which have no pattern to see. */
    private static final Set<String> PURPOSE_NOUNS = WordLists.of("PLAIN_EVENT_NOUNS");

    /** The token {@code words} words before {@code trigger}, not counting brackets and punctuation. */
    private static int wordsBefore(Annotations a, int trigger, int words) {
        int j = trigger;
        int counted = 0;
        while (j > 0 && counted < words) {
            j--;
            if (Character.isLetterOrDigit(a.ix.word(j).codePointAt(0))) {
                counted++;
            }
        }
        return j;
    }

    /**
     * «نفى مصدر أمني … صحة ما تداولته صفحات … بشأن تعرض كمين لهجوم»: denying the truth or the occurrence of
     * something denies all of it, however long the words before it run.
     */
    private static boolean deniesWhatFollows(Annotations a, int denial, int trigger) {
        for (int k = denial + 1; k < trigger; k++) {
            if (DENIED_OBJECTS.contains(a.ix.bare(k))) {
                return true;
            }
        }
        return false;
    }

    /** «إحباط», «أحبطت», «إفشال»: a plot foiled, which a bomb defused in the same breath makes real. */
    private static boolean isFoiling(String w) {
        String v = Conjunction.strip(w);
        return v.startsWith("احبط") || v.startsWith("احباط") || v.startsWith("يحبط") || v.startsWith("تحبط")
                || v.startsWith("افشال") || v.startsWith("افشل");
    }

    private static boolean isDenialVerb(String w) {
        String v = Conjunction.strip(w);
        return v.startsWith("نف") || v.startsWith("ينف") || v.startsWith("تنف") || v.startsWith("كذب") || v.startsWith("انكر");
    }

    /** «سيرد», «ستشن», «وسيتم»: the future prefix on a present-tense verb. */
    static boolean isFutureVerb(String w) {
        String v = Conjunction.strip(w);
        if (v.length() < 4 || v.charAt(0) != 'س' || NOT_FUTURE.contains(v)) {
            return false;
        }
        char p = v.charAt(1);
        // a verb takes no noun endings: «سياسيا», «سيارات», «سيطرتها» are nouns and adjectives
        boolean nounEnding = v.endsWith("يا") || v.endsWith("ات") || v.endsWith("تها") || v.endsWith("يين");
        return (p == 'ي' || p == 'ت' || p == 'ن') && v.length() >= 5 && !nounEnding;
    }

    /**
     * «إذا», «ولو», «وفي حال»: a conditional that opens the clause governs all of it. The phrase is the one the cue list
     * already marks unreal; its first word says it is a condition and not a threat or a plan.
     */
    private static boolean opensWithCondition(Annotations a, int from, int trigger) {
        for (int j = from; j < Math.min(trigger, from + 2); j++) {
            if (a.cueHead[j] && a.has(j, Cue.UNREAL) && a.ix.formIn(j, CONDITIONS)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONDITIONS = WordLists.of("CONDITIONS");

    private static boolean isPresentVerb(String w) {
        return w.length() >= 4 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت' || w.charAt(0) == 'ن');
    }
}
