package org.rasad.core.extract;

import java.util.Set;

/**
 * Violence told as what someone keeps doing, not as an incident: a plural event noun with no number done by a verb in
 * the present («وينفذ التنظيم هجمات في دول المنطقة», «يقوم بعمليات خطف»), and dead or wounded with no number after such
 * a verb («يسقط فيها قتلى وجرحى»). The verbs are {@code HABITUAL_VERBS} of {@code words.tsv}, and verbs of occurrence
 * with the prefix «ي».
 */
final class HabitualViolence {

    private HabitualViolence() {
    }

    /**
     * «هجمات … يسقط فيها قتلى من قوات الأمن والمدنيين»: dead with no number, after a verb in the present, are what
     * such violence does, not a toll of one incident.
     */
    static boolean isHabitualToll(Annotations a, int casualty, int from) {
        if (!(a.has(casualty, Cue.KILLED_NOUN) || a.has(casualty, Cue.INJURED_NOUN) || a.has(casualty, Cue.COMBINED))
                || casualty > from && a.quantity[casualty - 1] != null) {
            return false;
        }
        for (int j = casualty - 1; j >= Math.max(from, casualty - 3); j--) {
            if (isPresentOccurrence(a, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «وينفذ التنظيم هجمات بكل دول المنطقة», «تشن الطائرات غارات على القرى»: a plural event noun with no number, done
     * by a verb in the present, is what someone keeps doing, not an incident.
     */
    static boolean isHabitualPlural(Annotations a, int trigger, int from) {
        // the plural is the event word or the noun it follows («يقوم بعمليات خطف»)
        int plural = isBarePlural(a, trigger) ? trigger : trigger > from && isBarePlural(a, trigger - 1) ? trigger - 1 : -1;
        if (plural < 0 || plural > from && a.quantity[plural - 1] != null) {
            return false;
        }
        // the nearest verb of occurrence before it, across a relative clause about the doer («وينفذ التنظيم، الذي
        // تأسس في نيجيريا، هجمات»), is in the present
        for (int j = plural - 1; j >= Math.max(from, plural - 16); j--) {
            if (HABITUAL_VERBS.contains(a.ix.bare(j)) || a.occurrenceAt(j)) {
                return isPresentOccurrence(a, j);
            }
        }
        return false;
    }

    private static boolean isBarePlural(Annotations a, int i) {
        String w = a.ix.bare(i);
        if (w.startsWith("ب")) {
            w = w.substring(1);
        }
        return w.endsWith("ات") && w.length() >= 5 && !w.startsWith("ال");
    }

    /**
     * A verb of occurrence in the present: one of {@code HABITUAL_VERBS}, or one with the prefix «ي»; «ت» also begins
     * past verbs and nouns («تجمع», «تظاهر», «تبادل»), so only the list vouches for those.
     */
    private static boolean isPresentOccurrence(Annotations a, int j) {
        String w = a.ix.bare(j);
        return HABITUAL_VERBS.contains(w) || w.length() >= 4 && w.charAt(0) == 'ي' && a.occurrenceAt(j);
    }

    private static final Set<String> HABITUAL_VERBS = WordLists.of("HABITUAL_VERBS");
}
