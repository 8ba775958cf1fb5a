package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasad.core.model.Location;
import org.rasad.core.text.NormalizedText;
import org.rasad.core.text.Normalizer;
import org.rasad.core.text.Span;

/**
 * For a place the gazetteer lacks: the known place written nearest to it in its own sentence
 * («حي القلعة بمرزق» → Murzuq), or else in another sentence of the article that names it again
 * («بمنطقة جبل عصيدة قرب بلدة القطرون»). Only populated places of the article's country count,
 * so that a common word that happens to name a village abroad is never taken.
 */
final class SentenceAnchors {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{3,}");

    private final Gazetteer gazetteer;

    SentenceAnchors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<Place> nearest(Location loc, GeoContext ctx, String country) {
        if (loc.evidence() == null || ctx.text().isEmpty() || country == null) {
            return Optional.empty();
        }
        List<int[]> mentions = new ArrayList<>();
        mentions.add(new int[] {loc.evidence().start(), loc.evidence().end()});
        mentions.addAll(otherMentions(ctx.text(), loc.nameAr(), loc.evidence().start()));
        for (int[] m : mentions) {
            Optional<Place> p = nearestInSentence(ctx, m[0], m[1], country);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Place> nearestInSentence(GeoContext ctx, int from, int to, String country) {
        int[] s = Sentences.around(ctx.text(), from, to);
        Matcher m = WORD.matcher(ctx.text()).region(s[0], s[1]);
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            int distance = m.end() <= from ? from - m.end() : m.start() - to;
            if (distance < 0 || distance >= bestDistance) {
                continue;
            }
            Optional<Place> p = CandidateRanking.best(gazetteer.find(m.group()), country, Set.of(), ctx.articlePlaces())
                    .filter(x -> x.country().equals(country) && x.featureClass() == 'P');
            if (p.isPresent()) {
                best = p.get();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where else the article writes the same name, in its original offsets. */
    private static List<int[]> otherMentions(String text, String name, int except) {
        List<int[]> out = new ArrayList<>();
        String needle = Normalizer.normalize(name == null ? "" : name).strip();
        if (needle.length() < 3) {
            return out;
        }
        NormalizedText nt = Normalizer.instance().apply(text);
        for (int i = nt.normalized().indexOf(needle); i >= 0; i = nt.normalized().indexOf(needle, i + needle.length())) {
            Span s = nt.toOriginal(i, i + needle.length());
            if (s.start() != except) {
                out.add(new int[] {s.start(), s.end()});
            }
        }
        return out;
    }
}
