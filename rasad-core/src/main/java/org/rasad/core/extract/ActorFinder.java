package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.dict.PhraseMatcher;

/**
 * Finds the actors of an article, in three passes:
 * <ol>
 *   <li>dictionary aliases; a generic alias followed by a country adjective takes that country
 *       («الجيش» + «المصري» → Military Forces of Egypt), otherwise the article's country; the words around
 *       an alias may say more of who it is ({@link AliasMeanings}, {@link ActorContext});</li>
 *   <li>units («كتيبة شهداء …», «السرية 77», «اللواء 128» but not the rank «اللواء خالد») take the
 *       name of the force they belong to: the next named state force in the sentence, else the
 *       article's main state force;</li>
 *   <li>references back: «التنظيم», «الجماعة», «الحركة» … stand for the non-state group the article
 *       is about; «قواته»/«قواتها» for the state force last named before them in the sentence.</li>
 * </ol>
 */
final class ActorFinder {

    private static final Set<String> UNIT_HEADS = WordLists.of("UNIT_HEADS");
    private static final Set<String> GROUP_ANAPHORS = WordLists.of("GROUP_ANAPHORS");
    private static final Set<String> FORCE_ANAPHORS = WordLists.of("FORCE_ANAPHORS");
    private static final Set<String> NAME_STOP = WordLists.of("ACTOR_NAME_STOP");
    private static final Set<String> THE_ATTACKERS = WordLists.of("THE_ATTACKERS");
    private static final Set<String> GUNMEN = WordLists.of("GUNMEN");

    private ActorFinder() {
    }

    /** The actors of an article, and the organised group it is mostly about (or null). */
    record Found(List<ActorMention> actors, ActorMention focus) {
    }

    /** @param matches the actor dictionary's matches over {@code ix.names} */
    static Found find(TextIndex ix, Lexicon lex, Country articleCountry, List<PhraseMatcher.Match<ActorEntry>> matches) {
        List<ActorMention> named = AliasMeanings.of(ix, lex, articleCountry, matches);
        ActorContext.resolve(ix, named);
        ActorMention focus = focusGroup(named);
        if (focus != null) {
            // «الإرهابيين», «العناصر الإرهابية» in an article about one group are that group
            for (int k = 0; k < named.size(); k++) {
                ActorMention m = named.get(k);
                if (m.entry().canonical().startsWith("Unidentified Armed Group")
                        && ix.originalText(m.start(), m.end()).contains("رهاب")) {
                    named.set(k, new ActorMention(m.start(), m.end(), focus.entry(), focus.name(), focus.country(), true));
                }
            }
        }
        List<ActorMention> out = new ArrayList<>(named);
        boolean[] taken = new boolean[ix.size()];
        for (ActorMention a : named) {
            for (int i = a.start(); i < a.end(); i++) {
                taken[i] = true;
            }
        }
        for (int i = 0; i < ix.size(); i++) {
            if (taken[i] || ix.forms(i) == null) {
                continue;
            }
            ActorMention extra = unit(ix, lex, out, i, articleCountry);
            if (extra == null) {
                extra = anaphor(ix, out, i, focus);
            }
            if (extra != null) {
                out.add(extra);
                for (int k = extra.start(); k < extra.end(); k++) {
                    taken[k] = true;
                }
                i = extra.end() - 1;
            }
        }
        for (int k = 0; k < out.size(); k++) {
            ActorMention m = out.get(k);
            if (m.entry().isUnidentified() && m.end() - m.start() == 1) {
                for (ActorMention before : out) {
                    if (before.end() == m.start() && before != m && isOrganised(before.entry())
                            && !ix.word(m.start()).startsWith("و")) {
                        out.set(k, new ActorMention(m.start(), m.end(), before.entry(), before.name(), before.country(), true));
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        dropLinkedGroups(ix, out);
        ActorContext.affiliate(ix, out);
        theAttackers(ix, out);  // «مسلحون من التنظيم»: the group is known only once «التنظيم» is resolved
        return new Found(out, focus);
    }

    private static final Set<String> LINKED_TO = WordLists.of("LINKED_TO");

    /**
     * «مسلحون من جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة», «الفصائل الموالية لتركيا»: the group a group
     * is linked to describes it; it is no side of the event, and never the target.
     */
    private static void dropLinkedGroups(TextIndex ix, List<ActorMention> out) {
        for (int k = out.size() - 1; k > 0; k--) {
            ActorMention m = out.get(k);
            ActorMention before = out.get(k - 1);
            if (!isOrganised(before.entry()) || !isOrganised(m.entry()) || m.anaphoric()) {
                continue;
            }
            int j = before.end();
            while (j < m.start() && ix.isQuote(j)) {
                j++;
            }
            if (j == m.start() - 1 && LINKED_TO.contains(ix.word(j))) {
                out.remove(k);
            }
        }
    }

    /**
     * «هجوم شنه مسلحون من تنظيم داعش … وأوضح البيان أن المهاجمين استخدموا …»: «the attackers», «the gunmen» with the
     * article are the gunmen just told, in this sentence or the one before, and take the group those were said to
     * belong to. A group named only as a side («قتل ثلاثة عناصر من قسد») may be the one attacked, so it is not taken;
     * with no gunmen of a group told, they stay unidentified.
     */
    private static void theAttackers(TextIndex ix, List<ActorMention> out) {
        for (int k = 0; k < out.size(); k++) {
            ActorMention m = out.get(k);
            if (!m.entry().isUnidentified() || !THE_ATTACKERS.contains(ix.bare(m.start()))) {
                continue;
            }
            int sentence = ix.sentenceOf(m.start());
            for (int j = k - 1; j >= 0 && ix.sentenceOf(out.get(j).start()) >= sentence - 1; j--) {
                ActorMention before = out.get(j);
                if (before.anaphoric() && isOrganised(before.entry()) && !before.entry().isStateForce()
                        && GUNMEN.contains(ix.bare(before.start()))) {
                    out.set(k, new ActorMention(m.start(), m.end(), before.entry(), before.name(), before.country(), true));
                    break;
                }
            }
        }
    }

    /**
     * «قوات الجيش الوطني الليبي» then «ثلاثة من عناصر الجيش»: where the article names one faction of a
     * country's forces, its plain «الجيش» is that faction; with two factions named it stays plain. Used for
     * the name an event reports, not for telling incidents apart.
     */
    static ActorMention faction(List<ActorMention> actors, ActorMention m) {
        if (m == null || !m.entry().isStateForce() || m.name().endsWith(")")) {
            return m;
        }
        ActorMention faction = null;
        for (ActorMention other : actors) {
            if (other.name().startsWith(m.name() + " (")) {
                if (faction != null && !faction.name().equals(other.name())) {
                    return m;
                }
                faction = other;
            }
        }
        return faction == null ? m : new ActorMention(m.start(), m.end(), faction.entry(), faction.name(), faction.country(), true);
    }

    /** A named organisation or force, not a crowd or a generic description. */
    static boolean isOrganised(ActorEntry e) {
        return e.isArmed() && !e.isUnidentified();
    }

    static Country nisba(TextIndex ix, Lexicon lex, int i) {
        List<String> forms = ix.nameForms(i);
        if (forms == null) {
            return null;
        }
        for (String f : forms) {
            Country c = lex.nisba.get(f);
            if (c == null && f.length() > 3 && f.endsWith("يا")) {
                c = lex.nisba.get(f.substring(0, f.length() - 1));  // «جنديا بوركينيا»: the singular in the accusative
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The organised non-state group named most often: what «التنظيم» refers to. */
    private static ActorMention focusGroup(List<ActorMention> named) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, ActorMention> byName = new HashMap<>();
        for (ActorMention a : named) {
            int inter = a.entry().inter();
            if ((inter == 2 || inter == 3 || inter == 4) && !a.entry().isUnidentified()) {
                counts.merge(a.name(), 1, Integer::sum);
                byName.putIfAbsent(a.name(), a);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byName.get(e.getKey())).orElse(null);
    }

    private static ActorMention unit(TextIndex ix, Lexicon lex, List<ActorMention> known, int i, Country country) {
        if (!ix.formIn(i, UNIT_HEADS)) {
            return null;
        }
        int j = i + 1;
        boolean numbered = j < ix.size() && ix.tokens.get(j).kind() == org.rasad.core.text.Token.Kind.NUMBER;
        if (!numbered && ix.word(i).contains("لواء")) {
            return null;  // «اللواء خالد المحجوب» is a rank, not a brigade
        }
        int end = j;
        while (end < ix.size() && end - j < 4 && ix.forms(end) != null && !NAME_STOP.contains(ix.word(end))
                && ix.sentenceOf(end) == ix.sentenceOf(i)) {
            end++;
        }
        if (end == j) {
            return null;
        }
        ActorMention parent = parentForce(ix, known, i);
        if (parent != null) {
            return new ActorMention(i, end, parent.entry(), parent.name(), parent.country(), false);
        }
        // no parent force named anywhere near: the unit belongs to the country's army
        ActorEntry army = new ActorEntry("Military Forces of {country}", 1, null, null);
        return new ActorMention(i, end, army, army.nameIn(country), country, false);
    }

    /** The state force a unit belongs to: named after it in the sentence, else the nearest before it. */
    private static ActorMention parentForce(TextIndex ix, List<ActorMention> known, int unit) {
        int sentence = ix.sentenceOf(unit);
        ActorMention before = null;
        for (ActorMention a : known) {
            if (!a.entry().isStateForce() || a.anaphoric()) {
                continue;
            }
            if (a.start() > unit && ix.sentenceOf(a.start()) == sentence && a.start() - unit < 12) {
                return a;
            }
            if (a.start() < unit && unit - a.start() < 60) {
                before = a;
            }
        }
        return before;
    }

    /**
     * «التنظيم» stands for a group named «تنظيم …» («تنظيم الدولة الإسلامية»), «الحركة» for a «حركة …»: the one
     * named most often (the first on a tie), or null when no named group is called so.
     */
    private static ActorMention calledSo(TextIndex ix, List<ActorMention> known, String noun) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, ActorMention> byName = new HashMap<>();
        for (ActorMention a : known) {
            if (a.anaphoric() || !isOrganised(a.entry()) || a.entry().isStateForce()) {
                continue;
            }
            for (int t = a.start(); t < a.end(); t++) {
                List<String> forms = ix.nameForms(t);
                if (forms != null && forms.contains(noun)) {
                    counts.merge(a.name(), 1, Integer::sum);
                    byName.putIfAbsent(a.name(), a);
                    break;
                }
            }
        }
        ActorMention best = null;
        for (ActorMention a : byName.values()) {
            int n = counts.get(a.name());
            if (best == null || n > counts.get(best.name()) || n == counts.get(best.name()) && a.start() < best.start()) {
                best = a;
            }
        }
        return best;
    }

    private static ActorMention anaphor(TextIndex ix, List<ActorMention> known, int i, ActorMention focus) {
        String w = ix.word(i);
        List<String> forms = ix.nameForms(i);
        String group = null;
        for (String f : forms) {
            if (GROUP_ANAPHORS.contains(f)) {
                group = f;
            }
        }
        if (group != null) {
            ActorMention called = calledSo(ix, known, group.startsWith("ال") ? group.substring(2) : group);
            ActorMention target = called != null ? called : focus;
            if (target != null) {
                return new ActorMention(i, i + 1, target.entry(), target.name(), target.country(), true);
            }
        }
        if (FORCE_ANAPHORS.contains(w) || (w.length() > 1 && FORCE_ANAPHORS.contains(w.substring(1)))) {
            int sentence = ix.sentenceOf(i);
            ActorMention last = null;
            for (ActorMention a : known) {
                if (a.start() < i && ix.sentenceOf(a.start()) >= sentence - 1 && a.entry().isArmed() && !a.anaphoric()) {
                    last = a;
                }
            }
            if (last != null) {
                return new ActorMention(i, i + 1, last.entry(), last.name(), last.country(), true);
            }
        }
        return null;
    }
}
