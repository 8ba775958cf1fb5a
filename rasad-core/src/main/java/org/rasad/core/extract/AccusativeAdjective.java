package org.rasad.core.extract;

import java.util.Set;
import org.rasad.core.dict.PhraseMatcher;

/**
 * An actor word in the accusative that describes the noun before it rather than naming people: «هجوما مسلحا» is an
 * armed attack, «مؤتمرا صحفيا» a press conference, while «20 إرهابيا» are twenty people. Used by
 * {@link ActorFinder} to drop such matches.
 */
final class AccusativeAdjective {

    /** Numbers that count the noun after them («عشرين إرهابيا») and adverbs («أيضا»): no noun it could describe. */
    private static final Set<String> NOT_DESCRIBED = WordLists.of("BEFORE_ACCUSATIVE_NOUN");

    private AccusativeAdjective() {
    }

    /**
     * One word in the accusative («إرهابيا») right after another indefinite accusative that is no number: an
     * adjective of that noun («هجوما إرهابيا»), not people; after a number («20 إرهابيا») it is the people counted.
     */
    static boolean describesWordBefore(TextIndex ix, PhraseMatcher.Match<ActorEntry> m) {
        if (m.end() - m.start() != 1 || m.start() == 0) {
            return false;
        }
        String w = ix.word(m.start());
        String before = ix.word(m.start() - 1);
        // «قتلوا جنديا»: a plural verb ends in «وا» too; «عشرين إرهابيا», «أيضا صحفيا»: numbers and adverbs are no nouns
        return w.endsWith("ا") && !w.startsWith("ال") && before.endsWith("ا") && !before.endsWith("وا")
                && !before.startsWith("ال") && before.length() > 2 && ix.tokens.get(m.start() - 1).isWord()
                && !Character.isDigit(before.charAt(0)) && !NOT_DESCRIBED.contains(Conjunction.strip(before));
    }
}
