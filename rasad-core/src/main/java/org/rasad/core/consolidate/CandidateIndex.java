package org.rasad.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs inside one block without comparing all pairs.
 *
 * <ul>
 *   <li>a report with an exact date meets the reports of that day and the next and previous, and the undated or imprecisely
 *       dated reports that share a place key with it (or whose place fits anything);</li>
 *   <li>an undated or imprecisely dated report meets the reports that share a place key with it
 *       (name, anchor, a word of either, a grid cell around its coordinates), and those whose place
 *       fits anything; with no place of its own it meets the whole block.</li>
 * </ul>
 * The cost is linear in the block as long as days and place keys are not each shared by a large
 * part of it. Candidates are only candidates: {@link PairScorer} decides. Not thread-safe.
 */
final class CandidateIndex {

    private final Map<LocalDate, List<Features>> byDay = new HashMap<>();
    private final Map<String, List<Features>> byPlace = new HashMap<>();
    private final List<Features> anyPlace = new ArrayList<>();
    private final List<Features> all = new ArrayList<>();

    void add(Features f) {
        all.add(f);
        if (exact(f)) {
            byDay.computeIfAbsent(f.report().event().date(), d -> new ArrayList<>()).add(f);
        }
        if (Places.wildcard(f.report().event().location())) {
            anyPlace.add(f);
        } else {
            for (String k : f.placeKeys()) {
                byPlace.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The indexed reports that may be the same incident as {@code f}, each once, in index order. */
    List<Features> candidates(Features f) {
        Map<MentionRef, Features> out = new LinkedHashMap<>();
        boolean exact = exact(f);
        if (exact) {
            LocalDate d = f.report().event().date();
            // the neighbouring days for the publication-day allowance of PairScorer.datesCompatible
            for (LocalDate day : List.of(d.minusDays(1), d, d.plusDays(1))) {
                for (Features c : byDay.getOrDefault(day, List.of())) {
                    out.put(c.id(), c);
                }
            }
        }
        for (Features c : byPlace(f)) {
            // an exact date meets other exact dates through byDay only: a different day never matches
            if (!exact || !exact(c)) {
                out.putIfAbsent(c.id(), c);
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<Features> byPlace(Features f) {
        if (Places.wildcard(f.report().event().location())) {
            return all;
        }
        List<Features> out = new ArrayList<>(anyPlace);
        for (String k : f.placeKeys()) {
            out.addAll(byPlace.getOrDefault(k, List.of()));
        }
        return out;
    }

    private static boolean exact(Features f) {
        return f.report().event().date() != null && PairScorer.precision(f.report().event()) == 1;
    }
}
