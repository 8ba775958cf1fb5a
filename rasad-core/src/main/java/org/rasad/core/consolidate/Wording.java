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

    /** Jaccard overlap of the evidence words, in [0, 1]. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
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
