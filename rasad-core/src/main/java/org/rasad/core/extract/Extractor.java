package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;

/**
 * Per-article event extraction: the one entry point of this package.
 *
 * <p>The pipeline, in order (each step needs the ones before it):
 * <ol>
 *   <li>text layer: normalise with an offset map, tokenise, split sentences, mark page furniture;</li>
 *   <li>annotate: cues, numbers, dates, place words, the article's country, then actors (generic
 *       actors take the country) and the reference date (metadata, else the article's dateline);</li>
 *   <li>one {@link Mention} per clause that reports an event;</li>
 *   <li>merge mentions of the same incident ({@link IncidentMerger});</li>
 *   <li>code each incident as an event. An article that places some incidents drops the ones it
 *       does not place (they are background or restatements); an article that places none keeps
 *       them, unplaced, so a short report still yields its event.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe: one instance serves every thread.
 */
public final class Extractor {

    private final Lexicon lexicon;
    private final KnownPlaces knownPlaces;

    public Extractor(Lexicon lexicon) {
        this(lexicon, KnownPlaces.NONE);
    }

    private Extractor(Lexicon lexicon, KnownPlaces knownPlaces) {
        this.lexicon = lexicon;
        this.knownPlaces = knownPlaces;
    }

    /** The same extractor reading bare town names («في بغداد») as places when {@code places} knows them. */
    public Extractor withKnownPlaces(KnownPlaces places) {
        return new Extractor(lexicon, places == null ? KnownPlaces.NONE : places);
    }

    public Extractor() {
        this(Lexicon.bundled());
    }

    /**
     * A human-readable account of how the article was read: every clause that reported an event,
     * its cues, sides, figures, places and date, and which incident it joined. For analysts
     * checking a result and for developers tuning the dictionaries.
     */
    public String explain(Article article) {
        TextIndex ix = new TextIndex(article.text());
        Annotations a = new Annotations(ix, lexicon, article.published(), knownPlaces);
        StringBuilder b = new StringBuilder();
        b.append("== ").append(article.id()).append(" country=").append(a.country == null ? null : a.country.iso2())
                .append(" reference=").append(a.reference).append('\n');
        List<Mention> mentions = MentionBuilder.build(a);
        List<Incident> incidents = IncidentMerger.merge(mentions, a.reference);
        for (Mention m : mentions) {
            int k = 0;
            while (k < incidents.size() && !incidents.get(k).mentions.contains(m)) {
                k++;
            }
            b.append(k < incidents.size() ? "  [incident " + k : "  [dropped").append("] s").append(m.sentence()).append(' ')
                    .append(m.type().eventType()).append('/').append(m.type().subEventType())
                    .append(" trigger=«").append(ix.word(m.trigger())).append("» cues=").append(m.cues())
                    .append("\n     actor1=").append(name(m.actor1())).append(m.attackerMarked() ? " (marked)" : "")
                    .append(" actor2=").append(name(m.actor2()))
                    .append(" date=").append(m.date()).append(m.statementDate() ? " (statement)" : "")
                    .append(m.anchorOffset() == null ? "" : " anchor" + m.anchorOffset())
                    .append("\n     places=");
            for (PlaceMention p : m.places()) {
                b.append(p.kind()).append(':').append(p.name()).append('/').append(p.relation())
                        .append(p.anchor() == null ? "" : "→" + p.anchor()).append(' ');
            }
            b.append("\n     actors=");
            for (ActorMention am : a.actors) {
                if (am.start() >= m.from() && am.start() < m.to()) {
                    b.append(ix.originalText(am.start(), am.end())).append("→").append(am.name())
                            .append(am.anaphoric() ? "(ref)" : "").append("; ");
                }
            }
            b.append("\n     figures=");
            for (Figure f : m.figures()) {
                b.append(f.kind()).append(' ').append(f.value()).append(" of ").append(f.sideKey())
                        .append(f.update() ? " (update)" : "").append("; ");
            }
            b.append("\n     «").append(ix.originalText(m.from(), m.to())).append("»\n");
        }
        return b.toString();
    }

    /**
     * ACLED codes an event only with a side and a place: a killing the whole article leaves without
     * either («وقتل أكثر من مائة منهم») is a fragment of a story told elsewhere, not a report.
     */
    private static boolean codable(Incident inc, Event e) {
        return inc.place() != null || e.actor1() != null || e.actor2() != null;
    }

    private static String name(ActorMention m) {
        return m == null ? null : m.name();
    }

    /** Never throws for bad text: a failure becomes the document's error record. */
    public DocumentResult extract(Article article) {
        try {
            TextIndex ix = new TextIndex(article.text());
            Annotations a = new Annotations(ix, lexicon, article.published(), knownPlaces);
            List<Incident> incidents = IncidentMerger.merge(MentionBuilder.build(a), a.reference);
            boolean anyPlaced = incidents.stream().anyMatch(i -> i.place() != null && i.place().kind() != PlaceMention.Kind.COUNTRY);
            List<Event> all = new ArrayList<>();
            List<Boolean> inTown = new ArrayList<>();
            for (Incident inc : incidents) {
                all.add(EventBuilder.build(a, inc));
                // «في ريف إدلب», «قرب الموصل»: around a town is not at it, and a lead may sum up the towns around
                inTown.add(inc.place() != null && (inc.place().kind() == PlaceMention.Kind.SETTLEMENT
                        || inc.place().kind() == PlaceMention.Kind.NAMED) && !"near".equals(inc.place().relation()));
            }
            List<Event> events = new ArrayList<>();
            for (int k = 0; k < incidents.size(); k++) {
                Incident inc = incidents.get(k);
                boolean placed = inc.place() != null && inc.place().kind() != PlaceMention.Kind.COUNTRY;
                if ((placed || !anyPlaced && codable(inc, all.get(k))) && !SummaryTolls.isSummary(all, inTown, k)
                        && !SummaryTolls.isSeriesLead(incidents, k)) {
                    events.add(all.get(k));
                }
            }
            return new DocumentResult(article.id(), a.reference, UnclaimedAirStrikes.attribute(events), null);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug, not bad input: name where it happened so the report can be acted on
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return DocumentResult.failed(article.id(), "extraction failed: " + e + (at == null ? "" : " at " + at)
                    + "; please report it with the article");
        }
    }
}
