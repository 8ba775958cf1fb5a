package org.rasad.core.extract;

import java.util.List;

/**
 * One demonstration told over several sentences takes the gravest form any of them tells, in ACLED's
 * order: peaceful, then met with intervention, then violent, then met with excessive force
 * («تظاهر مئات …» then «… قبل أن تتدخل قوات الأمن وتفرقهم» is a protest with intervention).
 */
final class ProtestSeverity {

    private static final List<String> ORDER = List.of("Peaceful protest", "Protest with intervention",
            "Violent demonstration", "Excessive force against protesters");

    private ProtestSeverity() {
    }

    /** The gravest protest type among the mentions, or null when any mention is not a protest or riot. */
    static EventTyper.Type gravest(List<Mention> mentions) {
        EventTyper.Type best = null;
        for (Mention m : mentions) {
            int rank = ORDER.indexOf(m.type().subEventType());
            if (!EventTyper.isProtest(m.type()) || rank < 0) {
                return null;
            }
            if (best == null || rank > ORDER.indexOf(best.subEventType())) {
                best = m.type();
            }
        }
        return best;
    }
}
