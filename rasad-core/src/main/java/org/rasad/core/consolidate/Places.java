package org.rasad.core.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasad.core.model.Location;
import org.rasad.core.text.Normalizer;

/**
 * Whether two reported places can be the same incident's place.
 *
 * <ul>
 *   <li>{@link Match#SAME}: the same name once normalised and stripped of generic words
 *       («مدينة القطرون» = «القطرون»), or coordinates within {@value #NEAR_KM} km when both are geocoded;</li>
 *   <li>{@link Match#RELATED}: one name contains the other, or one is the other's anchor
 *       («جبل عصيدة غرب القطرون» and «القطرون»), or both hang off the same anchor;</li>
 *   <li>{@link Match#REGION}: either is only a region (geo precision 3): it fits any place of its country;</li>
 *   <li>{@link Match#UNKNOWN}: either has no place: compatible, no evidence either way;</li>
 *   <li>{@link Match#NONE}: different places.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Places {

    enum Match { SAME, RELATED, REGION, UNKNOWN, NONE }

    static final double NEAR_KM = 25;
    private static final double EARTH_KM = 6371.0;
    /** Grid rows: more than {@value #NEAR_KM} km of latitude, so two near points are at most a row apart. */
    private static final double ROW_DEGREES = 0.25;
    /** Points further apart in latitude alone are further than {@value #NEAR_KM} km (with a margin for rounding): no trigonometry. */
    private static final double NEAR_DEGREES_LATITUDE = Math.toDegrees(NEAR_KM / EARTH_KM) * 1.001;
    /** {@link #haversine} of two points {@value #NEAR_KM} km apart: comparing it saves an arc sine per pair. */
    private static final double NEAR_HAVERSINE = Math.pow(Math.sin(NEAR_KM / (2 * EARTH_KM)), 2);
    /** Words that describe what a place is rather than which: dropped before comparing names. */
    private static final Set<String> GENERIC = Set.of("مدينه", "بلده", "قريه", "منطقه", "منطقتي", "حي", "بلديه",
            "محافظه", "ولايه", "مركز", "ضواحي", "اطراف", "city", "town", "village", "district");

    private Places() {
    }

    /** A place's comparison keys, normalised once: its name, its other-script name, its anchor. */
    record Key(String name, String alt, String anchor, Double lat, Double lon, int precision) {
        static Key of(Location l) {
            if (l == null) {
                return null;
            }
            String name = key(l.nameAr(), l.name());
            // most places carry one name in both fields: normalise it once
            String alt = l.name() != null && l.name().equals(l.nameAr()) ? name : key(l.name(), null);
            return new Key(name, alt, key(l.anchorAr(), null), l.lat(), l.lon(), l.geoPrecision());
        }
    }

    static Match match(Location a, Location b) {
        return match(Key.of(a), Key.of(b));
    }

    static Match match(Key a, Key b) {
        if (a == null || b == null) {
            return Match.UNKNOWN;
        }
        if (!a.name().isEmpty() && (a.name().equals(b.name()) || a.name().equals(b.alt()) || b.name().equals(a.alt()))) {
            return Match.SAME;
        }
        if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null
                && Math.abs(a.lat() - b.lat()) <= NEAR_DEGREES_LATITUDE && haversine(a.lat(), a.lon(), b.lat(), b.lon()) <= NEAR_HAVERSINE) {
            return Match.SAME;
        }
        String aa = a.anchor();
        String ab = b.anchor();
        if (contains(a.name(), b.name()) || (!aa.isEmpty() && (aa.equals(b.name()) || aa.equals(ab)))
                || (!ab.isEmpty() && ab.equals(a.name()))) {
            return Match.RELATED;
        }
        if (a.precision() == 3 || b.precision() == 3) {
            return Match.REGION;
        }
        return Match.NONE;
    }

    /** A run of words inside a longer name, as that name registers it so that the shorter name finds it. */
    record Part(String words) {
    }

    /** A grid cell: a row of {@value #ROW_DEGREES} degrees of latitude and a column of that row's width ({@link #cell}). */
    record Cell(long y, long x) {
    }

    /**
     * The index keys a place registers under: its names (name, other-script name, anchor), every
     * shorter run of words inside its name as a {@link Part}, and its own grid cell. With
     * {@link #nearKeys} they make every {@link Match#SAME} or {@link Match#RELATED} pair share a key
     * whichever comes first: equal names or anchors meet by name; a name that contains another
     * registers it as a part, which the other looks up by its name, and looks the other's name up
     * among its own runs of words; points within {@value #NEAR_KM} km are in neighbouring cells.
     * A word that many names share («عين», «تل») is therefore no key by itself. Empty for null.
     */
    static List<Object> ownKeys(Key k) {
        List<Object> out = new ArrayList<>();
        if (k == null) {
            return out;
        }
        names(k, out);
        runs(k.name(), out, true);
        if (k.lat() != null && k.lon() != null) {
            out.add(cell(k, 0, 0));
        }
        return out;
    }

    /** The keys a place looks up: its names, the runs of words inside its name, its names as parts, the nine cells around it. */
    static List<Object> nearKeys(Key k) {
        List<Object> out = new ArrayList<>();
        if (k == null) {
            return out;
        }
        names(k, out);
        int names = out.size();
        for (int i = 0; i < names; i++) {
            out.add(new Part((String) out.get(i)));
        }
        runs(k.name(), out, false);
        if (k.lat() != null && k.lon() != null) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    out.add(cell(k, dy, dx));
                }
            }
        }
        return out;
    }

    private static void names(Key k, List<Object> out) {
        for (String n : new String[] {k.name(), k.alt(), k.anchor()}) {
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
    }

    /** Every run of consecutive words of {@code name} shorter than the name: as parts, or as plain names to look up. */
    private static void runs(String name, List<Object> out, boolean asParts) {
        String[] w = name.split(" ");
        for (int from = 0; from < w.length; from++) {
            for (int to = from + 1; to <= w.length; to++) {
                if (to - from < w.length) {
                    String run = String.join(" ", java.util.Arrays.asList(w).subList(from, to));
                    out.add(asParts ? new Part(run) : run);
                }
            }
        }
    }

    /**
     * A grid cell of a geocoded place: its own ({@code dy = dx = 0}) or a neighbour. A place
     * registers under its own cell and looks in the nine around it, so two points within
     * {@value #NEAR_KM} km always meet: rows are {@value #ROW_DEGREES} degrees of latitude (27.8 km),
     * and a row's columns are as many degrees of longitude as make 27.8 km at the highest latitude of
     * that row and its neighbours, so that cells are no larger than they must be (a fixed width in
     * degrees would be too narrow towards the poles or needlessly wide at the equator). Near the
     * poles a row is one cell.
     */
    static Cell cell(Key k, int dy, int dx) {
        long row = (long) Math.floor(k.lat() / ROW_DEGREES) + dy;
        double highest = (Math.abs(row) + 2) * ROW_DEGREES;
        double width = highest >= 80 ? 360 : ROW_DEGREES / Math.cos(Math.toRadians(highest));
        return new Cell(row, (long) Math.floor(k.lon() / width) + dx);
    }

    /** Places that fit anything of their country and so must be compared with every report. */
    static boolean wildcard(Key k) {
        return k == null || k.precision() == 3
                || ((k.lat() == null || k.lon() == null) && k.name().isEmpty() && k.alt().isEmpty() && k.anchor().isEmpty());
    }

    /** Normalised name without generic words and without the article «ال» on each word. */
    static String key(String name, String fallback) {
        String s = name == null || name.isBlank() ? fallback : name;
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String w : Normalizer.normalize(s).toLowerCase(java.util.Locale.ROOT).split("[\\s\\-_'\"«»()]+")) {
            if (w.isEmpty() || GENERIC.contains(w) || GENERIC.contains(stripArticle(w))) {
                continue;
            }
            b.append(b.isEmpty() ? "" : " ").append(stripArticle(w));
        }
        return b.toString();
    }

    private static String stripArticle(String w) {
        if (w.startsWith("ال") && w.length() > 4) {
            return w.substring(2);
        }
        return w.startsWith("al-") ? w.substring(3) : w;
    }

    /** Whole-word containment, so «جبل عصيدة» contains «عصيدة» but «مرزق» does not contain «زق». */
    private static boolean contains(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return false;
        }
        return containsWords(a, b) || containsWords(b, a);
    }

    /** {@code inner} occurs in {@code outer} between spaces or ends: no padded copies, as this runs for every candidate pair. */
    private static boolean containsWords(String outer, String inner) {
        for (int i = outer.indexOf(inner); i >= 0; i = outer.indexOf(inner, i + 1)) {
            int end = i + inner.length();
            if ((i == 0 || outer.charAt(i - 1) == ' ') && (end == outer.length() || outer.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The haversine of the central angle between two points: grows with their distance. */
    private static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        return Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    }
}
