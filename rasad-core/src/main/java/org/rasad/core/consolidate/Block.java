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

    /** A report of the block: its link in the union-find forest, and at a root its group's reports. */
    private static final class Node {
        final Features features;
        Node parent = this;
        List<Features> members;
        /** The incident this report is in, once its group is clustered. */
        List<Report> incident;

        Node(Features features) {
            this.features = features;
            this.members = new ArrayList<>(List.of(features));
        }
    }

    private final CandidateIndex<Node> index = new CandidateIndex<>();
    /** Clustering and incidents of each group, by root. */
    private final Map<Node, List<List<Report>>> clusters = new HashMap<>();
    private final Map<Node, List<ConsolidatedEvent>> incidents = new HashMap<>();
    /** Each document's reports: for figures a document gives two incidents. */
    private final Map<String, List<Node>> byDoc = new HashMap<>();
    /** Groups whose incidents are stale; clustering waits for {@link #events()} so a batch clusters each group once. */
    private final Set<Node> dirty = new LinkedHashSet<>();

    void add(List<Report> reports) {
        List<Node> added = new ArrayList<>(reports.size());
        for (Report r : reports) {
            Node n = new Node(Features.of(r));
            added.add(n);
            byDoc.computeIfAbsent(r.doc(), d -> new ArrayList<>(1)).add(n);
            for (Node c : index.candidates(n.features)) {
                if (find(c) != find(n) && PairScorer.linked(n.features, c.features)) {
                    union(n, c);
                }
            }
            index.add(n.features, n);
        }
        added.forEach(n -> dirty.add(find(n)));
    }

    /**
     * The block's incidents; groups changed since the last call are clustered again now, once,
     * and the figures of every group that shares a document with them are reconciled again.
     */
    List<ConsolidatedEvent> events() {
        Set<Node> stale = new LinkedHashSet<>();
        for (Node d : dirty) {
            Node root = find(d);
            if (!stale.add(root)) {
                continue;
            }
            List<List<Report>> groups = Clusterer.cluster(root.members);
            clusters.put(root, groups);
            groups.forEach(c -> c.forEach(r -> node(r).incident = c));
        }
        dirty.clear();
        Set<Node> affected = new LinkedHashSet<>(stale);
        for (Node root : stale) {
            for (List<Report> c : clusters.get(root)) {
                for (Report r : c) {
                    byDoc.get(r.doc()).forEach(m -> affected.add(find(m)));
                }
            }
        }
        for (Node root : affected) {
            incidents.put(root, clusters.get(root).stream().map(this::incident).toList());
        }
        List<ConsolidatedEvent> out = new ArrayList<>();
        incidents.values().forEach(out::addAll);
        return out;
    }

    private Node node(Report r) {
        for (Node n : byDoc.get(r.doc())) {
            if (n.features.report().eventIndex() == r.eventIndex()) {
                return n;
            }
        }
        throw new IllegalStateException("report " + r.mention() + " is not in this block");
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
            for (Node m : byDoc.get(r.doc())) {
                List<Report> other = m.incident;
                if (other == null || other == incident) {
                    continue;
                }
                Report sibling = m.features.report();
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

    private static Node find(Node x) {
        Node root = x;
        while (root.parent != root) {
            root = root.parent;
        }
        while (x.parent != root) {
            Node next = x.parent;
            x.parent = root;
            x = next;
        }
        return root;
    }

    /** Joins two groups, the smaller into the larger; the absorbed group's incidents are stale. */
    private void union(Node a, Node b) {
        Node ra = find(a);
        Node rb = find(b);
        if (ra == rb) {
            return;
        }
        if (ra.members.size() < rb.members.size()) {
            Node t = ra;
            ra = rb;
            rb = t;
        }
        rb.parent = ra;
        ra.members.addAll(rb.members);
        rb.members = null;
        incidents.remove(rb);
        clusters.remove(rb);
    }
}
