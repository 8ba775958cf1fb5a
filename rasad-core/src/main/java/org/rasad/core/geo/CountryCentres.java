package org.rasad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.dict.TsvReader;
import org.rasad.core.text.Normalizer;

/**
 * Country centres and Arabic country words, from the bundled {@code countries.tsv} (the same file
 * extraction reads). Loaded once; immutable.
 */
final class CountryCentres {

    record Centre(String iso2, String name, double lat, double lon) {
    }

    private static final Map<String, Centre> CENTRES = new HashMap<>();
    /** Every written form of a country word in a sentence («سوريا», «السوري», «بليبيا»), normalised. */
    private static final Map<String, String> WORDS = new HashMap<>();
    /** The same for country names only («سوريا», «بسوريا»), without the adjectives. */
    private static final Map<String, String> NAMES = new HashMap<>();

    /** A country name in a stretch of text, with its character offsets in that text. */
    record Mention(String iso2, int start, int end) {
    }

    static {
        for (TsvReader.Row row : TsvReader.resource("org/rasad/core/dict/countries.tsv", 7)) {
            String iso = row.cell(0);
            try {
                CENTRES.put(iso, new Centre(iso, row.cell(1), Double.parseDouble(row.cell(3)), Double.parseDouble(row.cell(4))));
            } catch (NumberFormatException e) {
                throw row.error("bad country centre «" + row.cell(3) + "», «" + row.cell(4) + "»");
            }
            for (String w : TsvReader.values(row.cell(5))) {
                String n = Normalizer.normalize(w);
                for (String prefix : List.of("", "و", "ب", "ل", "في", "وب")) {
                    NAMES.putIfAbsent(prefix + n, iso);
                }
            }
            List<String> words = new ArrayList<>(TsvReader.values(row.cell(5)));
            words.addAll(TsvReader.values(row.cell(6)));
            for (String w : words) {
                String n = Normalizer.normalize(w);
                for (String prefix : List.of("", "ال", "و", "ب", "ل", "وال", "بال", "لل", "في")) {
                    WORDS.putIfAbsent(prefix + n, iso);
                }
            }
        }
    }

    private CountryCentres() {
    }

    static Centre of(String iso2) {
        return iso2 == null ? null : CENTRES.get(iso2);
    }

    /**
     * The country names (not adjectives) in a stretch of text, with offsets into it. One- and two-word names
     * only; the text is normalised word by word so that the offsets stay those of the original.
     */
    static List<Mention> namesIn(String text) {
        List<Mention> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\u0640]+").matcher(text);
        int prevStart = -1;
        String prev = null;
        while (m.find()) {
            String w = Normalizer.normalize(m.group());
            String two = prev == null ? null : NAMES.get(prev + " " + w);
            if (two != null) {
                out.add(new Mention(two, prevStart, m.end()));
            } else if (NAMES.containsKey(w)) {
                out.add(new Mention(NAMES.get(w), m.start(), m.end()));
            }
            prev = w;
            prevStart = m.start();
        }
        return out;
    }

    /** The countries a stretch of text names, by name or adjective. */
    static Set<String> mentionedIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = Normalizer.normalize(text).split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String one = WORDS.get(words[i]);
            String two = i + 1 < words.length ? WORDS.get(words[i] + " " + words[i + 1]) : null;
            if (two != null) {
                out.add(two);
            } else if (one != null) {
                out.add(one);
            }
        }
        return out;
    }
}
