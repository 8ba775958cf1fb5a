package org.rasad.core.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Phrases whose verb and noun stand apart: «فتح مسلحون النار», «أطلقت قوات الاحتلال الصهيونية النار», «احتجزوا أربعة
 * من الشرطة رهائن», «قطع مسلحون رؤوس خمسة مدنيين», «أحرق مستوطنون، الليلة الماضية، منزلين», «اعترضت الدفاعات الجوية صاروخا». The subject, the object
 * or the time stands between them, so no phrase of the dictionary covers them; the noun carries the cue all the same.
 * The noun alone names people or things («الرهائن», «منازل»), not an event.
 *
 * <p>The other way round, a word after a verb of violence may make it figurative: «انفجرت رايس وليفني بالضحك»,
 * «خطفت الأجهزة أنظار الصحافيين», «فجر النائب مفاجأة», «اغتيال الحلم». Such a verb reports nothing, so it loses its
 * event and casualty cues. Only its subject may stand between (none for killing: «قتل خمسة في العملية» is no idiom),
 * and no word between may carry a cue of its own («فجر انتحاري نفسه … فزاد التوتر» stays a bombing); a subject
 * that runs long («خطفت التقنيات التي حملها الصحفيون … أنظار الحضور») is allowed where the word is unmistakable. The verbs and
 * nouns are lists of {@code words.tsv}.
 */
final class SplitPhrases {

    /** How far before its noun the verb may stand. */
    private static final int REACH = 10;

    /**
     * @param evenOnACue the noun gets the cue even when it has cues of its own («طائرة مسيرة» intercepted)
     */
    private record Phrase(Set<String> verbs, Set<String> nouns, Cue cue, boolean evenOnACue) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(WordLists.of("FIRE_VERBS"), WordLists.of("FIRE"), Cue.SHOOTING, false),
            new Phrase(WordLists.of("HOLDING_VERBS"), WordLists.of("HOSTAGES"), Cue.KIDNAP, false),
            new Phrase(WordLists.of("ARSON_VERBS"), WordLists.of("PROPERTY"), Cue.LOOT, false),
            // «أعلنت الحركة، أمس، سيطرتها على البلدة»: a takeover announced by the force that made it
            new Phrase(WordLists.of("ANNOUNCING"), WordLists.of("OWN_CONTROL"), Cue.SEIZED, true),
            // «دخل مقاتلو الحركة الثلاثاء بلدة تييغلو»: a town entered by those named between
            new Phrase(WordLists.of("ENTER_VERBS"), WordLists.of("ENTERED_TOWNS"), Cue.TAKEOVER, false),
            // «طعن شاب جنديا بسكين»: a stabbing, the victim between the verb and the blade
            new Phrase(WordLists.of("STAB_VERBS"), WordLists.of("BLADES"), Cue.ATTACK, false),
            // «قطع مسلحون مرتبطون بالتنظيم رؤوس خمسة مدنيين»: a beheading is a killing, and the count follows the heads
            new Phrase(WordLists.of("CUTTING_VERBS"), WordLists.of("HEADS"), Cue.KILLED, false),
            // the drone or missile is an event word of its own («طائرة مسيرة»); intercepted, it did no harm
            new Phrase(WordLists.of("INTERCEPTING"), WordLists.of("INTERCEPTED"), Cue.DEFUSED, true),
            // «تفكيك عبوة ناسفة», «فككت الفرق سيارة مفخخة»: the bomb is an event word of its own; defused, it did no harm
            new Phrase(WordLists.of("DEFUSING"), WordLists.of("DEFUSED_WEAPONS"), Cue.DEFUSED, true));

    /**
     * A verb of violence and the words after it that make it figurative.
     *
     * @param between how many words may stand between them (the verb's subject)
     */
    private record Figurative(Set<String> verbs, Set<String> words, int between) {
    }

    private static final List<Figurative> FIGURATIVE = List.of(
            new Figurative(WordLists.of("BURST_VERBS"), WordLists.of("BURST_FIGURATIVE"), 3),
            new Figurative(WordLists.of("DETONATE_VERBS"), WordLists.of("DETONATE_FIGURATIVE"), 3),
            new Figurative(WordLists.of("SEIZE_VERBS"), WordLists.of("SEIZE_FIGURATIVE"), 10),
            new Figurative(WordLists.of("KILL_VERBS"), WordLists.of("KILL_FIGURATIVE"), 0),
            // «قصف المهاجم الكاميروني مرمى ريال مدريد بهدفين»: a striker shells only a goal
            new Figurative(WordLists.of("SHELL_VERBS"), WordLists.of("SHELL_FIGURATIVE"), 6),
            // «اعتصم المدرب بالصمت»: he kept silent
            new Figurative(WordLists.of("SITIN_VERBS"), WordLists.of("SITIN_FIGURATIVE"), 3));

    /** Every noun of every phrase: one look-up per token finds the few that may end a phrase. */
    private static final Set<String> ANY_NOUN = java.util.stream.Stream.concat(
                    PHRASES.stream().flatMap(p -> p.nouns().stream()), FIGURATIVE.stream().flatMap(f -> f.words().stream()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> PREPOSITIONS = Set.of("امام", "تحت", "علي", "عن", "في", "من", "الي", "وسط");

    private SplitPhrases() {
    }

    /** Adds the cue of every split phrase to its noun; one pass over the tokens. */
    static void mark(TextIndex ix, List<EnumSet<Cue>> cues, boolean[] cueHead) {
        for (int i = 1; i < ix.size(); i++) {
            String bare = ix.bare(i);
            if (!ANY_NOUN.contains(bare)) {
                continue;
            }
            for (Figurative f : FIGURATIVE) {
                int verb = f.words().contains(bare) ? figurativeVerb(ix, cues, i, f) : -1;
                if (verb >= 0) {
                    cues.get(verb).removeIf(c -> c.isTrigger() || c == Cue.KILLED || c == Cue.INJURED);
                }
            }
            for (Phrase p : PHRASES) {
                if ((p.evenOnACue() || cues.get(i).isEmpty()) && p.nouns().contains(bare) && verbBefore(ix, i, p.verbs())) {
                    cueHead[i] = true;
                    cues.get(i).add(p.cue());
                }
            }
        }
    }

    /**
     * The verb of {@code f} right before the word, only its subject between; -1 when there is none, or when a
     * preposition stands before the word («خطفوه أمام أنظار المارة»: the eyes of those who saw it, not the idiom).
     */
    private static int figurativeVerb(TextIndex ix, List<EnumSet<Cue>> cues, int word, Figurative f) {
        if (PREPOSITIONS.contains(ix.word(word - 1))) {
            return -1;
        }
        for (int j = word - 1; j >= Math.max(0, word - 1 - f.between()); j--) {
            if (f.verbs().contains(ix.bare(j))) {
                return j;
            }
            // a word of the game is no cue of its own here («اعتصم المدرب بالصمت»)
            if (ix.isPunctuation(j) || cues.get(j).stream().anyMatch(c -> c != Cue.SPORT)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean verbBefore(TextIndex ix, int noun, Set<String> verbs) {
        for (int j = noun - 1; j >= Math.max(0, noun - REACH); j--) {
            if (ix.isPunctuation(j) && !ix.isComma(j) && !ix.isQuote(j)) {
                // commas may set off the day between («أحرق مستوطنون، الليلة الماضية، منزلين»), quotes a name
                // («قطع مسلحون يتبعون تنظيم «الدولة الإسلامية» رؤوس خمسة مدنيين»)
                return false;
            }
            // «فككت» begins with the letter of the conjunction «ف»: the word as written is tried too
            if (verbs.contains(ix.bare(j)) || verbs.contains(ix.word(j))) {
                return true;
            }
        }
        return false;
    }
}
