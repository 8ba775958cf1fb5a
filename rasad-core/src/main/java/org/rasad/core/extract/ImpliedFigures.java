package org.rasad.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Figures the text gives without a number: one person named after a death word («مقتل جندي», «اغتال مسلحون
 * العميد») or before it («إن جنديا … قتل»), a possessive («مقتلهما» is two), and one more of the same kind
 * after a count («أربعة مسلحين وجندي»), and a whole group told dead without a count («وقتلهم جميعا»). Used by {@link FigureFinder}.
 */
final class ImpliedFigures {

    private static final Set<String> DEATH_NOUNS = WordLists.of("DEATH_NOUNS");
    private static final Set<String> ALL_OF_THEM = WordLists.of("ALL_OF_THEM");

    /** Possessive endings on a person noun («وطفلها», «وابنه», «وزوجته»). */
    private static final List<String> POSSESSIVES = List.of("هما", "هم", "ها", "ه");

    private ImpliedFigures() {
    }

    /** «مقتل جندي», «مقتلهما», «مصرعه». */
    static Figure impliedByNoun(Annotations a, int cue, int to, boolean update) {
        TextIndex ix = a.ix;
        String w = ix.word(cue);
        if ((w.endsWith("هم") || w.endsWith("هن")) && cue + 1 < to && ALL_OF_THEM.contains(ix.word(cue + 1))) {
            // «اصاب صاروخ السيارة وقتلهم جميعا»: every one of a group already named died, a toll without a count
            return new Figure(Cue.KILLED, null, null, cue, cue + 2, null, update);
        }
        for (String stem : DEATH_NOUNS) {
            int at = w.indexOf(stem);
            if (at >= 0 && at <= 2 && w.length() > at + stem.length()) {
                String suffix = w.substring(at + stem.length());
                if (suffix.equals("هما")) {
                    return new Figure(Cue.KILLED, null, 2L, cue, cue + 1, null, update);
                }
                if (suffix.equals("ه") || suffix.equals("ها")) {
                    return new Figure(Cue.KILLED, null, 1L, cue, cue + 1, null, update);
                }
            }
        }
        int j = cue + 1;
        ActorMention subject = j < to ? a.actorAt[j] : null;
        if (subject != null && subject.entry().isGeneric() && !isPerson(a, j) && subject.end() < to) {
            j = subject.end();  // «قتل مسلحون مجهولون ضابطا»: the doers come between the verb and the one killed
        }
        if (j < to && a.quantity[j] == null && !a.has(j, Cue.COMBINED)) {
            // a title counts after a verb only: «اغتال مسلحون العميد», not «منفذ جريمة اغتيال الشيخ»
            boolean verb = a.occurrenceAt(cue);
            if (isPerson(a, j) && (verb || !ONE_PERSON_TITLES.contains(ix.word(j)))) {
                return new Figure(Cue.KILLED, null, 1L, j, j + 1, FigureFinder.sideAfter(a, j, Math.min(to, j + 5)), update);
            }
        }
        return a.occurrenceAt(cue) ? objectAfterAdverbs(a, cue, to, update) : null;
    }

    /** «وإصابة ضابط», «أصيب مدني»: one person named right after a word of wounding, with no number. */
    static Figure oneHurt(Annotations a, int cue, int to, boolean update) {
        int j = cue + 1;
        if (j >= to || a.quantity[j] != null || a.has(j, Cue.COMBINED) || !(isPerson(a, j) || isKin(a.ix.word(j)))
                || ONE_PERSON_TITLES.contains(a.ix.word(j)) && !a.occurrenceAt(cue)) {
            return null;
        }
        return new Figure(Cue.INJURED, null, 1L, j, j + 1, FigureFinder.sideAfter(a, j, Math.min(to, j + 5)), update);
    }

    /**
     * «قتل الجيش، بالرصاص، أمس، متظاهرا فلسطينيا»: the one killed after the doer and the manner and day of the
     * killing; only an object in the accusative («متظاهرا»), or the one an assassination names, is taken this far
     * from its verb.
     */
    private static Figure objectAfterAdverbs(Annotations a, int verb, int to, boolean update) {
        int j = verb + 1;
        while (j < Math.min(to, verb + 10)) {
            if (a.actorAt[j] != null && !isPerson(a, j)) {
                j = a.actorAt[j].end();
            } else if (a.ix.isPunctuation(j) || a.inDate(j) || a.has(j, Cue.SHOOTING)) {
                j++;
            } else {
                break;
            }
        }
        String w = j < to ? a.ix.word(j) : "";
        // «اغتال مسلحون مجهولون، مساء أمس، مختار بلدة المزيريب»: whom an assassination names is one person killed, in
        // whatever case
        boolean object = w.endsWith("ا") || a.cueHead[verb] && a.has(verb, Cue.ASSASSINATE);
        if (j > verb + 1 && j < to && object && a.quantity[j] == null && isPerson(a, j)) {
            return new Figure(Cue.KILLED, null, 1L, j, j + 1, FigureFinder.sideAfter(a, j, Math.min(to, j + 5)), update);
        }
        return null;
    }

    /** A singular person written with «و» right after a figure: one more of the same kind («وجندي»). */
    static boolean andOneMore(Annotations a, int i, List<Figure> out) {
        String w = a.ix.word(i);
        if (out.isEmpty() || !w.startsWith("و") || w.length() < 4 || out.get(out.size() - 1).end() != i
                || out.get(out.size() - 1).value() == null) {
            return false;
        }
        String bare = w.substring(1);
        if (isKin(bare)) {
            return true;  // «استشهد طفل وأمه», «قتل رجل وزوجته»
        }
        for (String own : POSSESSIVES) {
            if (!a.lex.personSingular.containsKey(bare) && bare.endsWith(own) && bare.length() > own.length() + 2) {
                bare = bare.substring(0, bare.length() - own.length());  // «مقتل امرأة وطفلها»: her child is one more
            }
        }
        return a.lex.personSingular.containsKey(bare) && !bare.equals("شخص");
    }

    /** «أمه», «زوجته», «نجله»: a kin word with a possessive ending, one person. */
    static boolean isKin(String w) {
        for (String own : POSSESSIVES) {
            if (w.endsWith(own) && KIN.contains(w.substring(0, w.length() - own.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Kin words that, with a possessive ending, are one more person («وأمه», «وزوجته»). */
    private static final Set<String> KIN = WordLists.of("KIN");

    /** Ranks and titles of one person («اغتال مسلحون العميد …»); «اللواء» is left out: it is also a brigade. */
    private static final Set<String> ONE_PERSON_TITLES = WordLists.of("ONE_PERSON_TITLES");

    /**
     * «إن جنديا على الأقل من قوات الحكومة قتل»: the one killed named before the verb, right after «إن» or
     * at the start of the clause.
     */
    static Figure subjectBefore(Annotations a, int verb, int from, int to, boolean update) {
        if (!a.occurrenceAt(verb)) {
            return null;
        }
        for (int j = verb - 1; j >= Math.max(from, verb - 7); j--) {
            if (a.quantity[j] != null || a.triggerAt(j)) {
                return null;
            }
            boolean opens = j == from || ClauseDates.COMPLEMENTIZERS.contains(a.ix.word(j - 1));
            if (opens && isPerson(a, j)) {
                return new Figure(Cue.KILLED, null, 1L, j, j + 1, FigureFinder.sideAfter(a, j, Math.min(to, verb)), update);
            }
        }
        return null;
    }

    /**
     * One person named by a singular noun: «ضابط», and as an object «ضابطا» (the accusative ending); or by
     * a country's adjective («استشهد فلسطيني»).
     */
    static boolean isPerson(Annotations a, int j) {
        if (ONE_PERSON_TITLES.contains(a.ix.word(j))) {
            return true;
        }
        String w = a.ix.word(j);
        if (!w.startsWith("ال") && !w.endsWith("ين") && !w.endsWith("ون") && !w.endsWith("يات")
                && ActorFinder.nisba(a.ix, a.lex, j) != null) {
            return true;
        }
        for (String f : a.ix.nameForms(j) == null ? List.<String>of() : a.ix.nameForms(j)) {
            if (a.lex.personSingular.containsKey(f)
                    || f.endsWith("ا") && f.length() > 3 && a.lex.personSingular.containsKey(f.substring(0, f.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
