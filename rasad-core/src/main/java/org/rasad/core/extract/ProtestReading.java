package org.rasad.core.extract;

/** Protest words that only support a protest: whether a clause's crowd acts as one. */
final class ProtestReading {

    private ProtestReading() {
    }

    /**
     * People who gather and voice a demand are protesting even when no word says «protest»: «تجمع عشرات
     * الفلسطينيين … يحملون لافتات», «تدفقوا في الشوارع يهتفون ضد الحكومة». Two different supporting words
     * («تجمع», «لافتات»), one of them asserted, make the clause a protest; returns the first, or -1.
     */
    static int gatheringWithVoice(Annotations a, int from, int to) {
        int first = -1;
        String firstWord = null;
        boolean asserted = false;
        for (int i = from; i < to; i++) {
            if (!a.cueHead[i] || !(a.has(i, Cue.PROTEST_WEAK) || first >= 0 && (a.has(i, Cue.TYRES) || a.has(i, Cue.RIOT)))) {
                continue;  // after a gathering, burning tyres or throwing stones voice it too («تجمع مئات الشباب … لإشعال الإطارات»)
            }
            String w = Conjunction.strip(a.ix.word(i));
            if (first < 0) {
                first = i;
                firstWord = w;
                asserted = Modality.asserted(a, i, from, to);
            } else if (!w.equals(firstWord) && (asserted || Modality.asserted(a, i, from, to))) {
                return first;
            }
        }
        return -1;
    }

    /** Protesters act as protesters in the clause: they gather, march, chant, block roads, riot. */
    static boolean protestersAct(Annotations a, int from, int to) {
        return a.hasIn(from, to, Cue.PROTEST_WEAK) || a.hasIn(from, to, Cue.RIOT) || a.hasIn(from, to, Cue.TYRES)
                || a.hasIn(from, to, Cue.PROTEST);
    }
}
