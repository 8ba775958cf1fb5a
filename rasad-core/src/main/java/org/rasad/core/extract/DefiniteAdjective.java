package org.rasad.core.extract;

import org.rasad.core.dict.PhraseMatcher;

/**
 * A one-word alias that is also an adjective («البحرية» the navy, and naval) right after a definite noun describes that
 * noun: «الصواريخ البحرية» are naval missiles, «التجارة البحرية» maritime trade; «أعلنت البحرية الأمريكية» is the navy.
 * Used by {@link AliasMeanings} to drop such matches.
 */
final class DefiniteAdjective {

    private DefiniteAdjective() {
    }

    static boolean describesWordBefore(TextIndex ix, PhraseMatcher.Match<ActorEntry> m) {
        if (m.end() - m.start() != 1 || m.start() == 0 || !ix.tokens.get(m.start() - 1).isWord()) {
            return false;
        }
        String w = ix.word(m.start());
        String before = ix.bare(m.start() - 1);
        // the adjective agrees with its noun: both take the article; a noun in construct («قائد البحرية») takes none
        return w.startsWith("ال") && w.endsWith("يه") && PlaceFinder.isDefinite(before) && before.length() > 4
                && m.values().stream().allMatch(ActorEntry::isGeneric);
    }
}
