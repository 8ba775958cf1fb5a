package org.rasad.core.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.rasad.core.dict.DictionaryException;
import org.rasad.core.dict.TsvReader;
import org.rasad.core.text.Normalizer;

/**
 * The small word lists of the extractor's rules («بعد», «إثر» …; the relative pronouns; the ranks before a
 * name), read once from {@code dict/words.tsv} so that an analyst can read and extend them. Words are
 * normalised like the text. Immutable; thread-safe.
 */
final class WordLists {

    private static final String RESOURCE = "org/rasad/core/dict/words.tsv";

    /** Loaded on first use; the holder idiom makes that thread-safe without locks. */
    private static final class Holder {
        static final Map<String, Set<String>> LISTS = load();
    }

    private WordLists() {
    }

    /**
     * The list of that name.
     *
     * @throws DictionaryException when the bundled file has no such list: a broken build, not bad input
     */
    static Set<String> of(String name) {
        Set<String> words = Holder.LISTS.get(name);
        if (words == null) {
            throw new DictionaryException(RESOURCE + " has no list «" + name + "»; it is one the extractor needs");
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (TsvReader.Row row : TsvReader.resource(RESOURCE, 2)) {
            Set<String> words = new LinkedHashSet<>();
            for (String w : TsvReader.values(row.cell(1))) {
                words.add(Normalizer.normalize(w));
            }
            if (lists.putIfAbsent(row.cell(0), Set.copyOf(words)) != null) {
                throw row.error("list «" + row.cell(0) + "» is given twice; add its words to one row");
            }
        }
        return Map.copyOf(lists);
    }
}
