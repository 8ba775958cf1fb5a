package org.rasad.app.web;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An {@link EventQuery}'s filters over {@link EventColumns}: each dictionary value is tested once
 * per query, each event by its ids. Answers as {@link EventFilter} does (a test checks it).
 */
final class ColumnFilter {

    private final EventColumns c;
    private final EventQuery q;
    private final int from;
    private final int to;
    private final int type;
    private final int country;
    private final boolean[] admin1;
    private final boolean[] actors;
    private final BitSet text;

    /** @param textDocs documents matching the query's text, or null when it has none */
    ColumnFilter(EventColumns c, EventQuery q, Set<String> textDocs) {
        this.c = c;
        this.q = q;
        this.from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
        this.to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
        this.type = q.type() == null ? -1 : c.types.find(q.type());
        this.country = q.country() == null ? -1 : c.countries.find(q.country());
        this.admin1 = q.admin1() == null ? null : matching(c.admin1s.values(), q.admin1().toLowerCase(Locale.ROOT), false);
        this.actors = q.actor() == null ? null : matching(c.actors.values(), q.actor().toLowerCase(Locale.ROOT), true);
        this.text = textDocs == null ? null : c.eventsOf(textDocs);
    }

    private static boolean[] matching(List<String> values, String wanted, boolean substring) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = substring ? values.get(i).contains(wanted) : values.get(i).equals(wanted);
        }
        return out;
    }

    boolean test(int i) {
        int d = c.day[i];
        if ((q.from() != null || q.to() != null) && (d == EventColumns.NO_DATE || d < from || d > to)) {
            return false;
        }
        if (q.type() != null && c.type[i] != type && c.subType[i] != type) {
            return false;
        }
        if (q.disputedOnly() && !c.disputed[i]) {
            return false;
        }
        if (q.country() != null && c.country[i] != country) {
            return false;
        }
        if (admin1 != null && (c.admin1[i] < 0 || !admin1[c.admin1[i]])) {
            return false;
        }
        if (q.bbox() != null && (Double.isNaN(c.lat[i]) || Double.isNaN(c.lon[i]) || !q.bbox().contains(c.lat[i], c.lon[i]))) {
            return false;
        }
        if (actors != null && !(c.actor1[i] >= 0 && actors[c.actor1[i]] || c.actor2[i] >= 0 && actors[c.actor2[i]])) {
            return false;
        }
        return text == null || text.get(i);
    }
}
