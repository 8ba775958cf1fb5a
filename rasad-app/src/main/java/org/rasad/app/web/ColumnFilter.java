package org.rasad.app.web;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An {@link EventQuery}'s filters over {@link EventColumns}: dates, type, country, disputed and
 * text as bitmaps combined once per query, the rest (admin1, box, actor) tested per surviving event
 * by its ids, each dictionary value having been tested once. Answers as {@link EventFilter} does
 * (a test checks it).
 */
final class ColumnFilter {

    private final EventColumns c;
    private final boolean dates;
    private final boolean byType;
    private final boolean disputedOnly;
    private final boolean byCountry;
    private final BoundingBox bbox;
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
        this.dates = q.from() != null || q.to() != null;
        this.byType = q.type() != null;
        this.disputedOnly = q.disputedOnly();
        this.byCountry = q.country() != null;
        this.bbox = q.bbox();
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

    /** The events that pass every filter, as a new bitmap over the columns' (date) order. */
    BitSet matches() {
        BitSet b = new BitSet(c.size);
        int lo = dates ? c.firstOnOrAfter(from) : 0;
        int hi = !dates ? c.size : to == Integer.MAX_VALUE ? c.firstOnOrAfter(Integer.MAX_VALUE) : c.firstOnOrAfter(to + 1);
        b.set(lo, Math.max(lo, hi));
        if (byType) {
            b.and(c.ofType(type));
        }
        if (byCountry) {
            b.and(c.ofCountry(country));
        }
        if (disputedOnly) {
            b.and(c.disputedSet);
        }
        if (text != null) {
            b.and(text);
        }
        if (actors != null) {
            b.and(c.ofActors(actors));
        }
        if (bbox != null) {
            b.and(c.inBox(bbox));
        }
        if (admin1 != null) {
            for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
                if (!test(i)) {
                    b.clear(i);
                }
            }
        }
        return b;
    }

    /** Every filter on one event: plain fields and array reads only. */
    boolean test(int i) {
        if (dates) {
            int d = c.day[i];
            if (d == EventColumns.NO_DATE || d < from || d > to) {
                return false;
            }
        }
        if (byType && c.type[i] != type && c.subType[i] != type) {
            return false;
        }
        if (disputedOnly && !c.disputed[i]) {
            return false;
        }
        if (byCountry && c.country[i] != country) {
            return false;
        }
        if (admin1 != null && (c.admin1[i] < 0 || !admin1[c.admin1[i]])) {
            return false;
        }
        if (bbox != null && (Double.isNaN(c.lat[i]) || Double.isNaN(c.lon[i]) || !bbox.contains(c.lat[i], c.lon[i]))) {
            return false;
        }
        if (actors != null && !(c.actor1[i] >= 0 && actors[c.actor1[i]] || c.actor2[i] >= 0 && actors[c.actor2[i]])) {
            return false;
        }
        return text == null || text.get(i);
    }
}
