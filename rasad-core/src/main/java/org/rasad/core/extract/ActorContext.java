package org.rasad.core.extract;

import java.util.List;

/**
 * What the words around an actor say it is, beyond its dictionary entry:
 * <ul>
 *   <li>gunmen of a named group, or suspected of belonging to it («مسلحون من حركة الشباب», «مسلحين يشتبه بأنهم من
 *       جماعة بوكو حرام»), are that group;</li>
 *   <li>a rank serving in a force («ضابط في الشرطة», «جنديان من قوات اليونيفيل») is that force;</li>
 *   <li>a name in brackets («قوى الأمن الداخلي (الأسايش)») says which force the words before it mean;</li>
 *   <li>«التنظيم المسلح», «الجماعة المسلحة»: an adjective of the actor before it is no actor of its own.</li>
 * </ul>
 * Each pass rewrites mentions in place; {@code actors} is in text order.
 */
final class ActorContext {

    private ActorContext() {
    }

    static void resolve(TextIndex ix, List<ActorMention> actors) {
        affiliate(ix, actors);
        for (int k = 0; k < actors.size() - 1; k++) {
            ActorMention m = actors.get(k);
            ActorMention next = actors.get(k + 1);
            // «ضابط في الشرطة», «مجند من حرس الحدود», «جنديان من قوات اليونيفيل»: a rank of one force, serving in
            // the force named after it
            if (m.entry().isStateForce() && (next.entry().isStateForce() || next.entry().inter() == 8
                    || m.entry().isGeneric() && ActorFinder.isOrganised(next.entry())) && !m.name().equals(next.name())
                    && next.start() == m.end() + 1 && (ix.word(m.end()).equals("في") || ix.word(m.end()).equals("من"))) {
                actors.set(k, new ActorMention(m.start(), m.end(), next.entry(), next.name(), next.country(), true));
            }
        }
        for (int k = 0; k < actors.size() - 1; k++) {
            ActorMention m = actors.get(k);
            ActorMention inBrackets = actors.get(k + 1);
            // «قوى الأمن الداخلي (الأسايش)»: the name in brackets says which force the words before it mean
            if (inBrackets.start() == m.end() + 1 && ix.word(m.end()).equals("(") && inBrackets.end() < ix.size()
                    && ix.word(inBrackets.end()).equals(")") && !m.name().equals(inBrackets.name())) {
                actors.set(k, new ActorMention(m.start(), m.end(), inBrackets.entry(), inBrackets.name(), inBrackets.country(), true));
            }
        }
        for (int k = 1; k < actors.size(); k++) {
            ActorMention m = actors.get(k);
            ActorMention before = actors.get(k - 1);
            // «التنظيم المسلح», «الجماعة المسلحة»: an adjective of the actor before it, not another actor
            // «جثث خمسة أشخاص مجهولي الهوية»: people of unknown identity, not unknown attackers
            boolean unknownIdentity = ix.word(m.start()).startsWith("مجهول") && m.end() - m.start() == 2;
            if (m.entry().isUnidentified() && m.start() == before.end() && (m.end() - m.start() == 1 || unknownIdentity)
                    && !ix.word(m.start()).startsWith("و")) {
                actors.set(k, new ActorMention(m.start(), m.end(), before.entry(), before.name(), before.country(), true));
            }
        }
    }

    /**
     * «مجموعة مسلحة تابعة للتنظيم (داعش)», «مسلحون من حركة الشباب»: gunmen take the group named right after
     * them; not «اغتال مسلحون مجهولون العميد …»: unknown gunmen are nobody's, and a state force right after them
     * is the verb's object, not their group. {@code actors} is in text order.
     */
    static void affiliate(TextIndex ix, List<ActorMention> actors) {
        for (int k = 0; k < actors.size() - 1; k++) {
            ActorMention m = actors.get(k);
            ActorMention next = actors.get(k + 1);
            // «مسلحين يشتبه بأنهم من جماعة بوكو حرام»: a suspicion may take two more words to name the group
            int reach = suspected(ix, m.end(), next.start()) ? 5 : 3;
            if (m.entry().isUnidentified() && ActorFinder.isOrganised(next.entry())
                    && next.start() - m.end() <= reach && affiliation(ix, m.end(), next.start())
                    && !ix.originalText(m.start(), m.end()).contains("مجهول")
                    && !(next.start() == m.end() && next.entry().isStateForce())) {
                actors.set(k, new ActorMention(m.start(), m.end(), next.entry(), next.name(), next.country(), true));
            }
        }
    }

    /** «يشتبه بأنهم من», «يعتقد أنهم»: the words between say whom the men are thought to belong to. */
    private static boolean suspected(TextIndex ix, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = ix.bare(j);
            if (w.startsWith("يشتبه") || w.startsWith("يعتقد") || w.startsWith("يرجح")) {
                return true;
            }
        }
        return false;
    }

    private static boolean affiliation(TextIndex ix, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = ix.word(j);
            // «من», «التابعين ل», «ينتمون إلى», «يشتبه بانتمائهم إلى»
            if (w.equals("من") || w.contains("تابع") || w.startsWith("ينتم") || w.startsWith("موالي") || w.startsWith("المنتمي")
                    || w.contains("انتماء") || w.contains("انتمائ")) {
                return true;
            }
        }
        return from == to && !ix.word(to).startsWith("و");
    }
}
