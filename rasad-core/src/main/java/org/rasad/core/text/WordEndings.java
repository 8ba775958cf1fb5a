package org.rasad.core.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The last two letters of every word of a list: a word that ends otherwise is not in the list, with or
 * without a proclitic («و», «ب», «ل», «ف») before it. The number and date readers ask this of every
 * token before the costlier look-ups that strip proclitics, because most words of a text end in a way
 * no number word, vague quantity or dual noun does.
 */
final class WordEndings {

    private final Set<Integer> endings = new HashSet<>();

    private WordEndings() {
    }

    static WordEndings of(Collection<String> words) {
        WordEndings e = new WordEndings();
        for (String w : words) {
            if (!w.isEmpty()) {
                e.endings.add(key(w));
            }
        }
        return e;
    }

    /** False only when no word of the list can be {@code word} or its ending. */
    boolean mayEnd(String word) {
        return !word.isEmpty() && endings.contains(key(word));
    }

    private static int key(String w) {
        int n = w.length();
        return n == 1 ? w.charAt(0) : (w.charAt(n - 2) << 16) | w.charAt(n - 1);
    }
}
