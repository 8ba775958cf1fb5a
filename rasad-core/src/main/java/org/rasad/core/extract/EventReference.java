package org.rasad.core.extract;

import java.util.Set;

/**
 * Tells a trigger that refers back to an event («بعد الهجوم», «منذ اغتياله», «تلك التفجيرات») from one that
 * reports it («هاجم مسلحون», «وقع انفجار»).
 *
 * <p>News prose names past and known incidents all the time: as the cause of something else, as the
 * time of something else, as background. Such a reference never starts an incident of its own; it may
 * only add to one the article reports (a clause with a death or injury figure is a report whatever its
 * form). A trigger is a reference when it is
 * <ul>
 *   <li>definite or pointed at («الهجوم», «هذا الهجوم», «تلك التفجيرات»);</li>
 *   <li>a verbal noun with a possessive ending («اغتياله», «هجومها»): the event belongs to someone
 *       already named;</li>
 *   <li>governed by a word of time or cause («بعد», «قبيل», «منذ», «عقب», «إثر», «بسبب», «ردا على»,
 *       «انتقاما من», «ذكرى») within two words before it;</li>
 *   <li>a bare plural noun («تفجيرات», «اغتيالات», «هجمات») with no number: violence in general.</li>
 * </ul>
 * The test works on normalised words, so it applies to any trigger word an analyst adds to the
 * dictionary, not to a fixed list.
 */
final class EventReference {

    /** Words that make what follows the time, cause or occasion of something else. */
    private static final Set<String> GOVERNORS = WordLists.of("REFERENCE_GOVERNORS");

    private static final Set<String> ORDINALS = WordLists.of("GOVERNOR_ORDINALS");

    private static final Set<String> LAUNCH_NOUNS = WordLists.of("LAUNCH_NOUNS");

    /** Governing words that make a series of events («سلسلة», «موجة»). */
    private static final Set<String> SERIES = WordLists.of("SERIES_GOVERNORS");

    private static final Set<String> DEMONSTRATIVES = WordLists.of("DEMONSTRATIVES");

    /** «محاولة»: an attempt at the event after it, which the clause may tell («نجا من محاولة لاغتياله»). */
    private static final Set<String> ATTEMPTS = Annotations.ATTEMPTS;

    private static final Set<String> SINGLING_OUT = WordLists.of("SINGLING_OUT");

    private static final String[] POSSESSIVES = {"هما", "هم", "هن", "ها", "ه"};

    private EventReference() {
    }

    static boolean isReference(Annotations a, int trigger, int from) {
        TextIndex ix = a.ix;
        String w = ix.bare(trigger);
        for (Annotations.DateRef d : a.dates) {
            if (d.mention().eventOffsetDays().isPresent() && d.end() <= trigger && trigger - d.end() <= 1) {
                return false;  // «بعد يومين من اختطافهم»: the phrase dates this incident from the statement
            }
        }
        if (isSingledOut(a, trigger, from)) {
            return false;  // «آخر الهجمات», «أحدث الاعتداءات»: one particular incident, told now
        }
        if (isArrestIdiom(ix, trigger)) {
            return false;  // «ألقت الشرطة القبض على …»: the object of the arrest idiom, never a noun referred back to
        }
        if (isGoverned(a, trigger, from) || followsRelativePronoun(ix, trigger, from) || a.afterCharge(trigger)) {
            // «المتهم باغتيال الوزير»: a charge names violence known, not violence told
            return true;
        }
        if (trigger > from && STOPPING_VERBS.contains(ix.bare(trigger - 1))) {
            return true;  // «أوقفت الجماعة هجماتها»: attacks stopped are attacks known, not one told
        }
        if (trigger > from && a.occurrenceAt(dayBefore(a, trigger, from))) {
            // «تجددت المظاهرات», «وقع الانفجار», «تجددت اليوم الاثنين المواجهات»: the event is the subject of a verb
            // that reports it, the day between
            return false;
        }
        if (a.has(trigger, Cue.SHOOTING) && (verbBeforeItsSubject(a, trigger, from) || fireVerbBefore(a, trigger, from))) {
            // «أطلقت قوات الأمن الرصاص», «فتح جنود بورميون النار»: the object of the verb that fired it, the subject between
            return false;
        }
        if (trigger > from && ATTEMPTS.contains(ix.bare(trigger - 1))) {
            return false;  // «نجا من محاولة لاغتياله»: the attempt on him is what the clause tells
        }
        if (w.startsWith("بال") && (a.has(trigger, Cue.ABUSE) || a.has(trigger, Cue.SHOOTING))) {
            return false;  // «بالضرب», «بالرصاص»: the manner of the violence the clause tells, not an event named
        }
        if (isDefinite(w) && seriesReported(a, trigger, from)) {
            return false;  // «شنت القوات، ليل السبت، موجة جديدة من الغارات»: the wave the verb tells
        }
        if ((isDefinite(w) || trigger > from && DEMONSTRATIVES.contains(ix.word(trigger - 1)))
                && !a.has(trigger, Cue.PROTESTER) && a.actorAt[trigger] == null) {
            // «القصف», «هذه التفجيرات»; not «المتظاهرين» nor «الانتحاري», who are people, not an event
            return true;
        }
        // «استعادة» ends in «ة», which normalising writes like the «ه» of «اغتياله»: no possessive
        String stem = ix.taMarbuta(trigger) ? w : stripPossessive(w);
        if (isVerbalNoun(stem) && !stem.equals(w)) {
            // «واصلت الطائرات الحربية امس غاراتها على …»: the raids are the object of the verb that tells them
            return !objectOfVerbBeforeItsSubject(a, trigger, from);
        }
        return false;
    }

    /** The token before {@code trigger}, past a day told between a verb and its subject; {@code from} at least. */
    private static int dayBefore(Annotations a, int trigger, int from) {
        int j = trigger - 1;
        while (j > from && (a.inDate(j) || a.ix.isComma(j))) {
            j--;
        }
        return j;
    }

    /** «أوقف», «علق», «أنهى»: verbs that stop what they take as object. */
    private static final Set<String> STOPPING_VERBS = WordLists.of("STOPPING_VERBS");

    /** How far back, over the doer and the day, the verb whose object the trigger is may stand. */
    private static final int VERB_REACH = 10;

    /**
     * «موجة جديدة من الغارات», «سلسلة من التفجيرات»: the definite event noun after «من» and a word of series (an
     * adjective may follow it), the series being the object of a verb that says it happened.
     */
    private static boolean seriesReported(Annotations a, int trigger, int from) {
        if (trigger - 2 < from || !a.ix.word(trigger - 1).equals("من")) {
            return false;
        }
        for (int k = trigger - 2; k >= Math.max(from, trigger - 3); k--) {
            if (SERIES.contains(a.ix.bare(k))) {
                return objectOfVerbBeforeItsSubject(a, k, from);
            }
        }
        return false;
    }

    /**
     * «واصلت الطائرات الحربية الإسرائيلية امس غاراتها», «شنت غاراتها»: the trigger is the object of a verb of
     * occurrence standing before it, with only the doer and the day between.
     */
    private static boolean objectOfVerbBeforeItsSubject(Annotations a, int trigger, int from) {
        for (int j = trigger - 1; j >= Math.max(from, trigger - VERB_REACH); j--) {
            if (a.occurrenceAt(j)) {
                // «أوقفت الجماعة هجماتها»: attacks stopped are no attack told
                return !STOPPING_VERBS.contains(a.ix.bare(j));
            }
            if (a.actorAt[j] == null && !a.inDate(j) && !a.ix.isComma(j) && !inSubject(a, j)) {
                return false;  // only the doer and the day, which commas may set off, stand between
            }
        }
        return false;
    }

    /** Words that open a phrase of place, time or aim: past one, the noun is no object of the verb before. */
    private static final Set<String> PHRASE_OPENERS = WordLists.of("PHRASE_OPENERS");

    /**
     * A word of a subject the lexicon does not name («يواصل أنصار الرئيس المعزول اعتصامهم», «واصل آلاف السودانيين»):
     * no cue of its own, no punctuation, no word that opens a phrase of place or time, and no verbal noun in «ت», whose
     * object the event would be («على خلفية تكثيف المقاتلين هجماتهم»: their attacks, stepped up, are known ones).
     */
    private static boolean inSubject(Annotations a, int j) {
        String w = a.ix.bare(j);
        return a.cues.get(j).isEmpty() && !a.ix.isPunctuation(j) && !PHRASE_OPENERS.contains(a.ix.word(j))
                && !(w.startsWith("ت") && isVerbalNoun(w));
    }

    static final Set<String> RELATIVE_PRONOUNS = WordLists.of("RELATIVE_PRONOUNS");
    private static final Set<String> AUXILIARIES = WordLists.of("AUXILIARIES");

    /**
     * «رفيق الحريري الذي اغتيل في 2005», «الممرضة التي تم اختطافها», «الهجوم الذي استهدف …»: a relative
     * clause describes someone or something already named; what it tells is background to the sentence.
     */
    static boolean followsRelativePronoun(TextIndex ix, int trigger, int from) {
        return relativePronounBefore(ix, trigger, from) >= 0;
    }

    /** The relative pronoun just before the trigger, auxiliaries between («التي تم اختطافها»), or -1. */
    private static int relativePronounBefore(TextIndex ix, int trigger, int from) {
        int j = trigger - 1;
        while (j >= from && j >= trigger - 3 && AUXILIARIES.contains(ix.bare(j))) {
            j--;
        }
        return j >= from && RELATIVE_PRONOUNS.contains(ix.bare(j)) ? j : -1;
    }

    /** Governed by a word of time, cause or occasion within three words before it («بعد», «على خلفية»). */
    private static boolean isGoverned(Annotations a, int trigger, int from) {
        return governor(a, trigger, from) >= 0;
    }

    /**
     * Where the words about a referred event begin: the word of time or cause that governs the trigger («غداة هجوم …»),
     * or the relative pronoun before it («… الذي قتل …»); -1 when the trigger stands on its own («الهجوم أوقع …»).
     * What follows that word (a toll, a place) describes the referred event, not the clause's own.
     */
    static int referredFrom(Annotations a, int trigger, int from) {
        int g = governor(a, trigger, from);
        return g >= 0 ? g : relativePronounBefore(a.ix, trigger, from);
    }

    /** A word of time, cause or occasion («بعد», «إثر», «ذكرى»), with or without «و». */
    static boolean isGovernorWord(String w) {
        return GOVERNORS.contains(w) || GOVERNORS.contains(Conjunction.strip(w));
    }

    static int governor(Annotations a, int trigger, int from) {
        TextIndex ix = a.ix;
        for (int j = trigger - 1; j >= Math.max(from, trigger - 3); j--) {
            String g = ix.word(j);
            if (isGovernorWord(g)) {
                // «نفذت سلسلة ضربات جوية»: a series the verb says was carried out is reported, not referred to
                // «شن الطيران الحربي الإسرائيلي سلسلة غارات»: the verb's subject may stand between, and the day
                // («شنت المقاتلات الأميركية فجر اليوم السبت سلسلة غارات», commas round the day)
                int verb = j - 1;
                while (verb > from && (a.actorAt[verb] != null || a.inDate(verb) || ix.isComma(verb))) {
                    verb--;
                }
                // «سلسلة من التفجيرات هزت أسواقا …»: or the series is the subject of the verb right after it
                boolean seriesDone = SERIES.contains(Conjunction.strip(g))
                        && (verb >= from && a.occurrenceAt(verb) || trigger + 1 < ix.size() && a.occurrenceAt(trigger + 1));
                return seriesDone ? -1 : j;
            }
            if (ORDINALS.contains(g) || ATTEMPTS.contains(Conjunction.strip(g)) || LAUNCH_NOUNS.contains(g)) {
                continue;  // «الذكرى الثانية لاغتيال …», «بعد محاولة اغتياله», «على خلفية إطلاق صاروخ»
            }
            if (!g.equals("من") && !g.equals("علي") && !g.equals("ل") && !g.equals("عن")) {
                break;  // only «من», «على», «عن» may stand between the governing word and the event («بعد ساعات من» is not)
            }
        }
        return -1;
    }

    private static final Set<String> FIRE_VERBS = WordLists.of("FIRE_VERBS");

    /** How far before the fire it opened the verb may stand: its subject between. */
    private static final int FIRE_REACH = 6;

    /** «فتح جنود بورميون النار»: a verb of firing a few words before, in the same stretch of the clause. */
    private static boolean fireVerbBefore(Annotations a, int trigger, int from) {
        for (int j = trigger - 1; j >= Math.max(from, trigger - FIRE_REACH); j--) {
            if (a.ix.isPunctuation(j) && !a.ix.isComma(j)) {
                return false;
            }
            if (FIRE_VERBS.contains(a.ix.word(j)) || FIRE_VERBS.contains(a.ix.bare(j))) {
                return true;
            }
        }
        return false;
    }

    /** A verb of occurrence right before the actor just before {@code trigger} («أطلقت قوات الأمن الرصاص»). */
    private static boolean verbBeforeItsSubject(Annotations a, int trigger, int from) {
        int j = trigger - 1;
        if (j <= from || a.actorAt[j] == null) {
            return false;
        }
        while (j > from && a.actorAt[j] != null) {
            j--;
        }
        return a.occurrenceAt(j);
    }

    /**
     * «القبض على …» («ألقت الشرطة القبض على», «القبض أمس على», «والقبض عليهم»): the arrest idiom, whose verb may stand
     * words away with the subject in between; the idiom itself says the arrest was made.
     */
    static boolean isArrestIdiom(TextIndex ix, int i) {
        if (!ix.bare(i).equals("القبض")) {
            return false;
        }
        for (int j = i + 1; j < Math.min(ix.size(), i + 4); j++) {  // «القبض أمس على», «القبض فجر اليوم على»
            if (ix.word(j).startsWith("علي")) {
                return true;
            }
        }
        return false;
    }

    /** Verbal nouns of a killing that name it after its victim («اغتيال الحريري», «باغتيال موقعها»). */
    private static final Set<String> NAMED_KILLINGS = WordLists.of("NAMED_KILLINGS");

    /**
     * «أثار اغتيال بوتو موجة عنف», «اتهم الحزب إسرائيل بالوقوف وراء اغتيال القيادي عماد مغنية»: a killing named by its
     * verbal noun and its victim is how news recalls one everybody knows; told without a day, it refers back. The
     * verb («اغتال مسلحون …») or a deed done («تم اغتيال», «نفذوا اغتيال») reports one.
     */
    static boolean isNamedKilling(Annotations a, int trigger, int from) {
        if (!a.ix.formIn(trigger, NAMED_KILLINGS)) {
            return false;
        }
        int before = trigger - 1;
        return before < from || !a.occurrenceAt(before) && !ATTEMPTS.contains(a.ix.bare(before));
    }

    /** «آخر الهجمات», «أعنف المعارك»: a superlative picks out one incident, which the sentence then tells. */
    static boolean isSingledOut(Annotations a, int trigger, int from) {
        return trigger > from && SINGLING_OUT.contains(a.ix.bare(trigger - 1));
    }

    private static boolean isDefinite(String w) {
        return w.startsWith("ال") || w.startsWith("بال") || w.startsWith("لل") || w.startsWith("كال");
    }

    /**
     * Derived verbal nouns: «تفجير», «تفعيل» (form II); «انفجار», «اغتيال», «استهداف» (forms VII, VIII, X)
     * carry a long vowel before the last letter, which the matching verbs («انفجر», «استهدف») do not.
     * Form I nouns have no pattern to see, so the common ones are named.
     */
    static boolean isVerbalNoun(String w) {
        if (w.equals("هجوم") || w.equals("اعتداء") || w.equals("هجمات")) {
            return true;
        }
        if (w.endsWith("ات") && w.length() >= 7) {
            w = w.substring(0, w.length() - 2);  // «تفجيرات», «اغتيالات»: the plural of a verbal noun
        }
        if (w.length() < 5) {
            return false;
        }
        char first = w.charAt(0);
        char penultimate = w.charAt(w.length() - 2);
        return (first == 'ت' || first == 'ا') && (penultimate == 'ي' || penultimate == 'ا');
    }

    static String stripPossessive(String w) {
        for (String p : POSSESSIVES) {
            if (w.endsWith(p) && w.length() - p.length() >= 3) {
                return w.substring(0, w.length() - p.length());
            }
        }
        return w;
    }
}
