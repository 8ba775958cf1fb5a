package org.rasad.core.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Claim;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;

/**
 * Synthetic per-document events with the spread of a real feed, for the consolidation benchmark.
 *
 * <ul>
 *   <li>20 countries, busier ones first (a Zipf-like share), each with 300 places (6,000 in all)
 *       scattered a few degrees around its centre; a third of the names share a generic first word
 *       («تل», «جبل», «عين» …), as real place names do;</li>
 *   <li>incidents spread uniformly over ten years (2014–2023), each reported by one to five outlets
 *       of 200 (mean about 2.2), in one document each;</li>
 *   <li>each report has its own coding noise: mostly the day (some undated, a week or a month), mostly
 *       the town (some «near» it, a region, or no place), figures that agree, differ or are missing,
 *       sometimes by side, and evidence words partly shared with the other reports.</li>
 * </ul>
 * Deterministic for a given seed. Not thread-safe.
 */
public final class SyntheticEvents {

    private static final String[] COUNTRIES = {"SY", "YE", "IQ", "LY", "SD", "SO", "ML", "NG", "AF", "PS", "LB", "EG",
        "BF", "NE", "TD", "ET", "CD", "MZ", "DZ", "TN"};
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] GENERIC_WORDS = {"تل", "جبل", "عين", "بئر", "وادي", "كفر", "دير"};
    private static final String[][] TYPES = {
        {"Battles", "Armed clash"}, {"Battles", "Armed clash"}, {"Battles", "Armed clash"},
        {"Explosions/Remote violence", "Air/drone strike"}, {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
        {"Explosions/Remote violence", "Remote explosive/landmine/IED"}, {"Violence against civilians", "Attack"},
        {"Violence against civilians", "Attack"}, {"Protests", "Peaceful protest"}, {"Strategic developments", "Arrests"}};
    private static final int PLACES_PER_COUNTRY = 300;
    private static final int OUTLETS = 200;
    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 3652;

    /** The generated documents and the outlet of each, in document order. */
    public record Corpus(List<DocumentResult> documents, List<String> sources, int incidents) {
    }

    private record Place(String name, double lat, double lon, String country) {
    }

    private final Random random;
    private final List<List<Place>> places = new ArrayList<>();
    private final List<List<ActorRef>> actors = new ArrayList<>();
    private final double[] countryWeight = new double[COUNTRIES.length];

    public SyntheticEvents(long seed) {
        random = new Random(seed);
        double total = 0;
        for (int c = 0; c < COUNTRIES.length; c++) {
            total += countryWeight[c] = 1.0 / (c + 2);
            double lat = 5 + random.nextDouble() * 30;
            double lon = -10 + random.nextDouble() * 75;
            List<Place> ps = new ArrayList<>();
            for (int p = 0; p < PLACES_PER_COUNTRY; p++) {
                ps.add(new Place(placeName(), lat + random.nextGaussian() * 2, lon + random.nextGaussian() * 2, COUNTRIES[c]));
            }
            places.add(ps);
            actors.add(List.of(new ActorRef("Military Forces of " + COUNTRIES[c], "الجيش", 1, COUNTRIES[c]),
                    new ActorRef("Police Forces of " + COUNTRIES[c], "الشرطة", 1, COUNTRIES[c]),
                    new ActorRef("Rebel Front (" + COUNTRIES[c] + ")", "الجبهة", 2, COUNTRIES[c]),
                    new ActorRef("Islamic State (" + COUNTRIES[c] + ")", "داعش", 2, COUNTRIES[c]),
                    new ActorRef("Tribal Militia (" + COUNTRIES[c] + ")", "مسلحو القبيلة", 4, COUNTRIES[c]),
                    new ActorRef("Civilians (" + COUNTRIES[c] + ")", "مدنيين", 7, COUNTRIES[c]),
                    new ActorRef("Unidentified Armed Group (" + COUNTRIES[c] + ")", "مسلحون", 3, COUNTRIES[c])));
        }
        for (int c = 0; c < COUNTRIES.length; c++) {
            countryWeight[c] /= total;
        }
    }

    /** About {@code events} per-document events (exactly that many), one per document. */
    public Corpus generate(int events) {
        List<DocumentResult> docs = new ArrayList<>(events);
        List<String> sources = new ArrayList<>(events);
        int incidents = 0;
        while (docs.size() < events) {
            incidents++;
            int reports = Math.min(events - docs.size(), reporters());
            incident(incidents, reports, docs, sources);
        }
        return new Corpus(docs, sources, incidents);
    }

    private void incident(int id, int reports, List<DocumentResult> docs, List<String> sources) {
        int c = country();
        Place place = places.get(c).get((int) Math.min(PLACES_PER_COUNTRY - 1, Math.abs(random.nextGaussian()) * 90));
        LocalDate day = START.plusDays(random.nextInt(DAYS));
        String[] type = TYPES[random.nextInt(TYPES.length)];
        List<ActorRef> as = actors.get(c);
        ActorRef a1 = as.get(2 + random.nextInt(3));
        ActorRef a2 = random.nextBoolean() ? as.get(random.nextInt(2)) : as.get(5);
        int dead = random.nextDouble() < 0.4 ? 0 : random.nextDouble() < 0.7 ? 1 + random.nextInt(5) : 5 + random.nextInt(45);
        String detail = word() + " " + word() + " " + word();
        for (int r = 0; r < reports; r++) {
            LocalDate published = day.plusDays(random.nextInt(4));
            String doc = "syn-" + id + "-" + r;
            docs.add(new DocumentResult(doc, random.nextDouble() < 0.01 ? null : published,
                    List.of(report(type, day, a1, a2, place, dead, detail)), null));
            sources.add("outlet-" + random.nextInt(OUTLETS));
        }
    }

    private Event report(String[] type, LocalDate day, ActorRef a1, ActorRef a2, Place place, int dead, String detail) {
        double d = random.nextDouble();
        LocalDate date = d < 0.80 ? day : d < 0.85 ? day.plusDays(random.nextInt(3) - 1) : d < 0.88 ? day : null;
        Integer precision = date == null ? null : d < 0.85 ? 1 : d < 0.87 ? 2 : 3;
        Location where = location(place);
        ActorRef actor1 = random.nextDouble() < 0.1 ? generic(a1) : a1;
        List<Claim> claims = new ArrayList<>();
        Integer fatalities = null;
        double f = random.nextDouble();
        if (dead > 0 && f < 0.9) {
            int value = f < 0.65 ? dead : Math.max(1, dead + random.nextInt(5) - 2);
            ActorRef side = random.nextBoolean() ? a2 : null;
            fatalities = value;
            claims.add(new Claim("killed", (long) value, null, "exact", side == null ? null : side.name(),
                    random.nextDouble() < 0.05, new Evidence(0, 8, "مقتل " + value), null));
        }
        String text = "اشتباكات " + (where == null ? "" : where.nameAr()) + " " + detail + " " + word();
        return new Event(type[0], type[1], date, precision, actor1, a2, where, fatalities, null, List.of(), claims,
                List.of(new Evidence(0, text.length(), text)));
    }

    private ActorRef generic(ActorRef a) {
        return new ActorRef("Unidentified Armed Group (" + a.country() + ")", "مسلحون", 3, a.country());
    }

    private Location location(Place p) {
        double d = random.nextDouble();
        if (d < 0.85) {
            return new Location(p.name(), p.name(), p.lat(), p.lon(), p.country(), null, 1, "in", null, null, null, null);
        }
        if (d < 0.92) {
            String hill = "تلة " + word();
            return new Location(hill, hill, null, null, p.country(), null, 2, "offset", p.name(), 90 * random.nextInt(4),
                    (double) (5 + random.nextInt(40)), null);
        }
        if (d < 0.97) {
            String region = "جنوب " + p.country();
            return new Location(region, region, null, null, p.country(), null, 3, "region", null, 180, null, null);
        }
        return null;
    }

    private int reporters() {
        double d = random.nextDouble();
        return d < 0.40 ? 1 : d < 0.65 ? 2 : d < 0.80 ? 3 : d < 0.92 ? 4 : 5;
    }

    private int country() {
        double d = random.nextDouble();
        for (int c = 0; c < COUNTRIES.length; c++) {
            d -= countryWeight[c];
            if (d <= 0) {
                return c;
            }
        }
        return COUNTRIES.length - 1;
    }

    private String placeName() {
        String name = word() + (random.nextDouble() < 0.3 ? " " + word() : "");
        return random.nextDouble() < 0.33 ? GENERIC_WORDS[random.nextInt(GENERIC_WORDS.length)] + " " + name : name;
    }

    private String word() {
        int n = 3 + random.nextInt(4);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return b.toString();
    }
}
