package org.rasad.core.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * The last two letters of every word of a list: a word that ends otherwise is not in the list, with or
 * without a proclitic («و», «ب», «ل», «ف») before it. The number and date readers ask this of every
 * token before the costlier look-ups that strip proclitics, because most words of a text end in a way
 * no number word, vague quantity or dual noun does.
 */
final class WordEndings {

    /** The endings, sorted: a binary search asks without boxing a key, as a set of integers would. */
    private final int[] endings;

    private WordEndings(int[] endings) {
        this.endings = endings;
    }

    static WordEndings of(Collection<String> words) {
        return new WordEndings(words.stream().filter(w -> !w.isEmpty()).mapToInt(WordEndings::key).sorted().distinct().toArray());
    }

    /** False only when no word of the list can be {@code word} or its ending. */
    boolean mayEnd(String word) {
        return !word.isEmpty() && Arrays.binarySearch(endings, key(word)) >= 0;
    }

    private static int key(String w) {
        int n = w.length();
        return n == 1 ? w.charAt(0) : (w.charAt(n - 2) << 16) | w.charAt(n - 1);
    }
}
