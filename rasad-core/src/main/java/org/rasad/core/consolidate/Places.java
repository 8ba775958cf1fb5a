package org.rasad.core.consolidate;

import java.util.LinkedHashSet;
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
    private static final double CELL_DEGREES = 0.5;
    /** Words that describe what a place is rather than which: dropped before comparing names. */
    private static final Set<String> GENERIC = Set.of("مدينه", "بلده", "قريه", "منطقه", "منطقتي", "حي", "بلديه",
            "محافظه", "ولايه", "مركز", "ضواحي", "اطراف", "city", "town", "village", "district");

    private Places() {
    }

    /** A place's comparison keys, normalised once: its name, its other-script name, its anchor. */
    record Key(String name, String alt, String anchor, Double lat, Double lon, int precision) {
        static Key of(Location l) {
            return l == null ? null : new Key(key(l.nameAr(), l.name()), key(l.name(), null), key(l.anchorAr(), null),
                    l.lat(), l.lon(), l.geoPrecision());
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
                && km(a.lat(), a.lon(), b.lat(), b.lon()) <= NEAR_KM) {
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

    /** Index keys under which a place can meet its matches by name: its name, its anchor, their words. */
    static Set<String> keys(Location l) {
        Set<String> out = new LinkedHashSet<>();
        if (l == null) {
            return out;
        }
        for (String k : new String[] {key(l.nameAr(), l.name()), key(l.name(), null), key(l.anchorAr(), null)}) {
            if (!k.isEmpty()) {
                out.add(k);
                for (String w : k.split(" ")) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The grid cells of a geocoded place: its own ({@code dy = dx = 0}) or a neighbour. A place
     * registers under its own cell and looks in the nine around it, so two points within
     * {@value #NEAR_KM} km always meet.
     */
    static String cell(Location l, int dy, int dx) {
        long y = (long) Math.floor(l.lat() / CELL_DEGREES) + dy;
        long x = (long) Math.floor(l.lon() / CELL_DEGREES) + dx;
        return "cell:" + y + ":" + x;
    }

    static boolean geocoded(Location l) {
        return l != null && l.lat() != null && l.lon() != null;
    }

    /** Places that fit anything of their country and so must be compared with every report. */
    static boolean wildcard(Location l) {
        return l == null || l.geoPrecision() == 3 || (!geocoded(l) && keys(l).isEmpty());
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
        return (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
