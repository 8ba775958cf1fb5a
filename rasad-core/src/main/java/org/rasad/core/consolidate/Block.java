package org.rasad.core.consolidate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.model.Claim;

/**
 * The reports of one {@link BlockingKey} and their incidents, kept up to date incrementally.
 *
 * <p>Reports that {@link PairScorer#linked link} form groups (connected components, kept with
 * union-find). A new report can only change the group it joins, so only that group is clustered
 * again, lazily when the events are next asked for. Because groups and the clustering of a group depend only on the set of reports, adding
 * reports one document at a time gives the same incidents as adding them all at once, in any order.
 * Not thread-safe.
 */
final class Block {

    private final CandidateIndex index = new CandidateIndex();
    private final Map<MentionRef, MentionRef> parent = new HashMap<>();
    private final Map<MentionRef, List<Features>> members = new HashMap<>();
    private final Map<MentionRef, List<List<Report>>> clusters = new HashMap<>();
    private final Map<MentionRef, List<ConsolidatedEvent>> incidents = new HashMap<>();
    /** Each report's incident, and each document's reports: for figures a document gives two incidents. */
    private final Map<MentionRef, List<Report>> clusterOf = new HashMap<>();
    private final Map<String, List<MentionRef>> byDoc = new HashMap<>();
    /** Groups whose incidents are stale; clustering waits for {@link #events()} so a batch clusters each group once. */
    private final Set<MentionRef> dirty = new LinkedHashSet<>();

    void add(List<Report> reports) {
        List<Features> added = reports.stream().map(Features::of).toList();
        for (Features f : added) {
            parent.put(f.id(), f.id());
            byDoc.computeIfAbsent(f.id().doc(), d -> new ArrayList<>()).add(f.id());
            members.put(f.id(), new ArrayList<>(List.of(f)));
            for (Features c : index.candidates(f)) {
                if (PairScorer.linked(f, c)) {
                    union(f.id(), c.id());
                }
            }
            index.add(f);
        }
        added.forEach(f -> dirty.add(find(f.id())));
    }

    /**
     * The block's incidents; groups changed since the last call are clustered again now, once,
     * and the figures of every group that shares a document with them are reconciled again.
     */
    List<ConsolidatedEvent> events() {
        Set<MentionRef> stale = new LinkedHashSet<>();
        for (MentionRef d : dirty) {
            MentionRef root = find(d);
            if (!stale.add(root)) {
                continue;
            }
            List<List<Report>> groups = Clusterer.cluster(members.get(root));
            clusters.put(root, groups);
            groups.forEach(c -> c.forEach(r -> clusterOf.put(r.mention(), c)));
        }
        dirty.clear();
        Set<MentionRef> affected = new LinkedHashSet<>(stale);
        for (MentionRef root : stale) {
            for (List<Report> c : clusters.get(root)) {
                for (Report r : c) {
                    byDoc.get(r.doc()).forEach(m -> affected.add(find(m)));
                }
            }
        }
        for (MentionRef root : affected) {
            incidents.put(root, clusters.get(root).stream().map(this::incident).toList());
        }
        List<ConsolidatedEvent> out = new ArrayList<>();
        incidents.values().forEach(out::addAll);
        return out;
    }

    private ConsolidatedEvent incident(List<Report> reports) {
        Tolls.Toll toll = Tolls.reconcile(reports, r -> borrowed(r, reports));
        return new ConsolidatedEvent(id(reports.get(0)), Representative.event(reports, toll), toll.low(), toll.high(),
                toll.disputed(), reports);
    }

    /**
     * The death figures of {@code r} that its document also gives to another of its events, in another
     * incident, where another document confirms them, while none confirms them in {@code incident}.
     */
    private Set<Claim> borrowed(Report r, List<Report> incident) {
        Set<Claim> out = new LinkedHashSet<>();
        for (Claim c : r.event().claims()) {
            if (!Account.deaths(c) || c.actor() == null || confirmed(c, r, incident)) {
                continue;
            }
            for (MentionRef m : byDoc.get(r.doc())) {
                List<Report> other = clusterOf.get(m);
                if (other == null || other == incident) {
                    continue;
                }
                Report sibling = other.stream().filter(x -> x.mention().equals(m)).findFirst().orElseThrow();
                if (sibling.event().claims().stream().anyMatch(s -> sameFigure(s, c)) && confirmed(c, sibling, other)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Another document of the incident gives the same side the same figure. */
    private static boolean confirmed(Claim c, Report r, List<Report> incident) {
        return incident.stream().anyMatch(o -> !o.doc().equals(r.doc())
                && o.event().claims().stream().anyMatch(x -> sameFigure(x, c)));
    }

    private static boolean sameFigure(Claim a, Claim b) {
        return Account.deaths(a) && a.value().equals(b.value()) && a.actor() != null && b.actor() != null
                && Actors.base(a.actor()).equals(Actors.base(b.actor()));
    }

    /** Named after the earliest mention, which does not depend on the order reports arrive in. */
    private static String id(Report first) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(first.mention().toString().getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private MentionRef find(MentionRef x) {
        MentionRef root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!parent.get(x).equals(root)) {
            MentionRef next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    /** Joins two groups, the smaller into the larger; the absorbed group's incidents are stale. */
    private void union(MentionRef a, MentionRef b) {
        MentionRef ra = find(a);
        MentionRef rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (members.get(ra).size() < members.get(rb).size()) {
            MentionRef t = ra;
            ra = rb;
            rb = t;
        }
        parent.put(rb, ra);
        members.get(ra).addAll(members.remove(rb));
        incidents.remove(rb);
        clusters.remove(rb);
    }
}
