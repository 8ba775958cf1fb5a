package org.rasad.core.consolidate;

import java.util.HashSet;
import java.util.Set;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;
import org.rasad.core.text.Normalizer;

/**
 * Shared wording of two reports' evidence sentences: outlets rewrite agency copy, so the same
 * incident tends to keep its distinctive words (names, numbers, places). Jaccard overlap of the
 * normalised words of three letters or more. Stateless and thread-safe.
 */
final class Wording {

    private Wording() {
    }

    /** Jaccard overlap of two {@link #fingerprint fingerprints}, in [0, 1]. */
    static double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /**
     * The evidence words as sorted distinct hashes: a report keeps a few bytes per word instead of
     * its strings, which matters for a million reports; a rare collision only adds a shared word.
     */
    static int[] fingerprint(Event e) {
        return words(e).stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }

    static Set<String> words(Event e) {
        Set<String> out = new HashSet<>();
        for (Evidence ev : e.evidence()) {
            for (String w : Normalizer.normalize(ev.text()).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 3) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
