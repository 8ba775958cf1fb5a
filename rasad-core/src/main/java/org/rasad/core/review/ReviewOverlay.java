package org.rasad.core.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.consolidate.Report;
import org.rasad.core.review.ReviewAction.Confirm;
import org.rasad.core.review.ReviewAction.Correct;
import org.rasad.core.review.ReviewAction.Merge;
import org.rasad.core.review.ReviewAction.Split;

/**
 * Replays the analysts' decisions, oldest first, over freshly consolidated events. Because
 * decisions name their events by reports (see {@link ReviewAction}), they survive
 * re-consolidation: after new articles join, a correction still lands on the incident that holds
 * its report. A decision whose report is gone (the article was removed) is skipped.
 *
 * <p>Pure and stateless: safe to share between threads.
 */
public final class ReviewOverlay {

    private static final Comparator<Report> REPORT_ORDER =
            Comparator.comparing(Report::doc).thenComparingInt(Report::eventIndex);

    private ReviewOverlay() {
    }

    public static List<ReviewedEvent> apply(List<ConsolidatedEvent> events, List<ReviewAction> actions) {
        List<ReviewedEvent> out = new ArrayList<>(events.size());
        events.forEach(e -> out.add(ReviewedEvent.unreviewed(e)));
        for (ReviewAction a : actions) {
            int i = indexOf(out, a.anchor());
            if (i < 0) {
                continue;
            }
            ReviewedEvent r = out.get(i);
            if (a instanceof Confirm) {
                out.set(i, new ReviewedEvent(r.event(), true, r.corrected()));
            } else if (a instanceof Correct c) {
                out.set(i, corrected(r, c));
            } else if (a instanceof Merge m) {
                merge(out, i, m.other());
            } else if (a instanceof Split s) {
                split(out, i, s.anchor());
            }
        }
        return out;
    }

    /** Index of the event that holds this report, or -1. */
    public static int indexOf(List<ReviewedEvent> events, MentionRef m) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).event().mentions().contains(m)) {
                return i;
            }
        }
        return -1;
    }

    private static ReviewedEvent corrected(ReviewedEvent r, Correct c) {
        ConsolidatedEvent e = r.event();
        Set<String> fields = new HashSet<>(r.corrected());
        fields.add(c.field().apiName());
        return new ReviewedEvent(new ConsolidatedEvent(e.eventId(), c.field().apply(e.event(), c.value()),
                e.fatalitiesLow(), e.fatalitiesHigh(), e.disputed(), e.reports()), r.confirmed(), fields);
    }

    private static void merge(List<ReviewedEvent> out, int i, MentionRef other) {
        int j = indexOf(out, other);
        if (j < 0 || j == i) {
            return;
        }
        ReviewedEvent a = out.get(i);
        ReviewedEvent b = out.get(j);
        List<Report> reports = Stream.concat(a.event().reports().stream(), b.event().reports().stream())
                .sorted(REPORT_ORDER).toList();
        Integer low = min(a.event().fatalitiesLow(), b.event().fatalitiesLow());
        Integer high = max(a.event().fatalitiesHigh(), b.event().fatalitiesHigh());
        boolean disputed = a.event().disputed() || b.event().disputed() || !Objects.equals(low, high);
        Set<String> fields = new HashSet<>(a.corrected());
        fields.addAll(b.corrected());
        ConsolidatedEvent merged = new ConsolidatedEvent(a.eventId(), a.event().event(), low, high, disputed, reports);
        out.set(i, new ReviewedEvent(merged, a.confirmed() && b.confirmed(), fields));
        out.remove(j);
    }

    private static void split(List<ReviewedEvent> out, int i, MentionRef leaving) {
        ReviewedEvent r = out.get(i);
        List<Report> reports = r.event().reports();
        if (reports.size() < 2) {
            return;
        }
        Report gone = reports.stream().filter(x -> x.mention().equals(leaving)).findFirst().orElseThrow();
        List<Report> rest = reports.stream().filter(x -> x != gone).toList();
        out.set(i, new ReviewedEvent(figuresOf(r.eventId(), r.event().event(), rest), r.confirmed(), r.corrected()));
        out.add(i + 1, ReviewedEvent.unreviewed(figuresOf(splitId(leaving), gone.event(), List.of(gone))));
    }

    /** Low and high from the reports' own figures: the consolidated figures no longer describe this group. */
    private static ConsolidatedEvent figuresOf(String id, org.rasad.core.model.Event event, List<Report> reports) {
        Integer low = null;
        Integer high = null;
        for (Report x : reports) {
            low = min(low, x.event().fatalities());
            high = max(high, x.event().fatalities());
        }
        return new ConsolidatedEvent(id, event, low, high, !Objects.equals(low, high), reports);
    }

    /** A stable id for an event split off around one report, so that links to it survive a restart. */
    static String splitId(MentionRef m) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("split:" + m).getBytes(StandardCharsets.UTF_8));
            return "ev-s" + java.util.HexFormat.of().formatHex(h, 0, 7);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
