package org.rasad.core.dict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.text.Normalizer;

/**
 * Finds dictionary phrases in a token sequence with a token trie, so the cost grows with the
 * length of the text, not the size of the dictionary.
 *
 * <p>A phrase is words separated by spaces, normalised like the text. A word ending in {@code *}
 * matches any word that begins with it («اشتباك*» matches «اشتباكات»). Each token is looked up in all
 * its clitic forms (see {@code Clitics}), so «وبالقرب» finds «قرب» and «للجيش» finds «الجيش».
 * Quotation marks between the words of a phrase are skipped («تنظيم "الدولة"»).
 * At each position the longest phrase wins, and matches do not overlap.
 *
 * <p>Immutable after {@link Builder#build()}; thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** A found phrase: tokens {@code [start, end)} and what it stands for. */
    public record Match<T>(int start, int end, List<T> values) {
    }

    /** The words of the text: the lookup forms of each token ({@code null} for punctuation). */
    public interface Words {
        int size();

        List<String> forms(int i);

        boolean isQuote(int i);
    }

    private static final class Node<T> {
        final Map<String, Node<T>> exact = new HashMap<>();
        final Map<String, Node<T>> prefix = new HashMap<>();
        final List<T> values = new ArrayList<>();
        /** After {@link Builder#build()}: the prefix entries as a letter trie, walked along a word without making substrings. */
        Letters<T> prefixes;

        void seal() {
            if (!prefix.isEmpty()) {
                prefixes = new Letters<>();
                for (Map.Entry<String, Node<T>> e : prefix.entrySet()) {
                    prefixes.add(e.getKey(), e.getValue());
                }
            }
            for (Node<T> child : exact.values()) {
                child.seal();
            }
            for (Node<T> child : prefix.values()) {
                child.seal();
            }
        }
    }

    /** A trie of letters: where a prefix entry ends, the phrase node that follows it. */
    private static final class Letters<T> {
        char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        Letters<T>[] children = new Letters[0];
        Node<T> end;

        void add(String word, Node<T> node) {
            Letters<T> at = this;
            for (int k = 0; k < word.length(); k++) {
                at = at.childOrAdd(word.charAt(k));
            }
            at.end = node;
        }

        Letters<T> child(char c) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] == c) {
                    return children[k];
                }
            }
            return null;
        }

        private Letters<T> childOrAdd(char c) {
            Letters<T> found = child(c);
            if (found == null) {
                found = new Letters<>();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = found;
            }
            return found;
        }
    }

    private final Node<T> root;

    private PhraseMatcher(Node<T> root) {
        this.root = root;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<Match<T>> findAll(Words words) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match<T> m = longestAt(words, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<T> longestAt(Words words, int i) {
        if (words.forms(i) == null) {
            return null;
        }
        Match<T>[] best = newBest();
        walk(root, words, i, i, best);
        return best[0];
    }

    @SuppressWarnings("unchecked")
    private static <T> Match<T>[] newBest() {
        return (Match<T>[]) new Match[1];
    }

    private void walk(Node<T> node, Words words, int start, int i, Match<T>[] best) {
        while (i > start && i < words.size() && words.isQuote(i)) {
            i++;
        }
        if (i >= words.size()) {
            return;
        }
        List<String> forms = words.forms(i);
        if (forms == null) {
            return;
        }
        for (String f : forms) {
            Node<T> next = node.exact.get(f);
            if (next != null) {
                visit(next, words, start, i, best);
            }
            if (node.prefixes != null) {
                visitPrefixes(node.prefixes, f, 0, words, start, i, best);
            }
        }
    }

    /**
     * Every prefix entry that begins {@code f}, longest first: the walk goes down the letters of
     * {@code f} and visits on the way back up. This is the inner loop of all dictionary matching,
     * so it makes no substring and no array.
     */
    private void visitPrefixes(Letters<T> at, String f, int depth, Words words, int start, int i, Match<T>[] best) {
        if (depth < f.length()) {
            Letters<T> next = at.child(f.charAt(depth));
            if (next != null) {
                visitPrefixes(next, f, depth + 1, words, start, i, best);
            }
        }
        if (at.end != null && depth >= 2) {
            visit(at.end, words, start, i, best);
        }
    }

    private void visit(Node<T> next, Words words, int start, int i, Match<T>[] best) {
        if (!next.values.isEmpty() && (best[0] == null || i + 1 > best[0].end())) {
            best[0] = new Match<>(start, i + 1, List.copyOf(next.values));
        }
        walk(next, words, start, i + 1, best);
    }

    /** Collects phrases; the phrases are normalised here, like the text. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();

        public Builder<T> add(String phrase, T value) {
            String norm = Normalizer.normalize(phrase).strip();
            if (norm.isEmpty()) {
                throw new IllegalArgumentException("empty phrase for " + value);
            }
            Node<T> node = root;
            for (String word : norm.split("\\s+")) {
                if (word.endsWith("*") && word.length() > 2) {
                    String p = word.substring(0, word.length() - 1);
                    node = node.prefix.computeIfAbsent(p, k -> new Node<>());
                } else {
                    node = node.exact.computeIfAbsent(word, k -> new Node<>());
                }
            }
            if (!node.values.contains(value)) {
                node.values.add(value);
            }
            return this;
        }

        public PhraseMatcher<T> build() {
            root.seal();
            return new PhraseMatcher<>(root);
        }
    }
}
