package org.rasad.core.extract;

/** The conjunctions «و» and «ف» written onto the next word («وقال», «فنفى»). */
final class Conjunction {

    private Conjunction() {
    }

    /** The word without a leading «و» or «ف»; short words keep theirs, as it is more likely their own letter. */
    static String strip(String w) {
        return (w.startsWith("و") || w.startsWith("ف")) && w.length() > 3 ? w.substring(1) : w;
    }
}
