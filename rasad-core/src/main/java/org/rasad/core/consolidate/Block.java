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
    private final Map<MentionRef, List<ConsolidatedEvent>> incidents = new HashMap<>();
    /** Groups whose incidents are stale; clustering waits for {@link #events()} so a batch clusters each group once. */
    private final Set<MentionRef> dirty = new LinkedHashSet<>();

    void add(List<Report> reports) {
        List<Features> added = reports.stream().map(Features::of).toList();
        for (Features f : added) {
            parent.put(f.id(), f.id());
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

    /** The block's incidents; groups changed since the last call are clustered again now, once. */
    List<ConsolidatedEvent> events() {
        for (MentionRef d : dirty) {
            MentionRef root = find(d);
            if (!incidents.containsKey(root)) {
                incidents.put(root, Clusterer.cluster(members.get(root)).stream().map(Block::incident).toList());
            }
        }
        dirty.clear();
        List<ConsolidatedEvent> out = new ArrayList<>();
        incidents.values().forEach(out::addAll);
        return out;
    }

    static ConsolidatedEvent incident(List<Report> reports) {
        Tolls.Toll toll = Tolls.reconcile(reports);
        return new ConsolidatedEvent(id(reports.get(0)), Representative.event(reports, toll), toll.low(), toll.high(),
                toll.disputed(), reports);
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
        incidents.remove(ra);
    }
}
