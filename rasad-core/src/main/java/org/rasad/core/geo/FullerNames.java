package org.rasad.core.geo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasad.core.text.Normalizer;

/**
 * The fuller form of a shortened name that the same article also writes: a report that says «بلدة الأرانب»
 * after «كتيبة شهداء أم الأرانب» means Umm al-Aranib. Only a name-forming word before the name counts
 * (umm, abu, bir, ain, ras, bani, sidi, tall, jabal, wadi, bin...), since those are the words a writer drops;
 * a clitic «و», «ب», «ل» or «ف» on it is ignored.
 */
final class FullerNames {

    private static final Set<String> NAME_FORMING = Set.of("ام", "ابو", "ابي", "بئر", "بير", "عين", "راس", "بني", "سيدي",
            "تل", "جبل", "وادي", "بن", "حاسي", "قصر", "خان", "دير", "كفر", "مرسي", "برج");

    private FullerNames() {
    }

    /** The fuller forms of {@code written} in {@code text}, in matching form, in the order they occur. */
    static List<String> in(String text, String written) {
        String name = Normalizer.normalize(written == null ? "" : written).strip();
        if (name.length() < 3 || text == null || text.isEmpty()) {
            return List.of();
        }
        Pattern p = Pattern.compile("(?<![\\p{L}])(\\p{L}+)\\s+" + Pattern.quote(name) + "(?![\\p{L}])");
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(Normalizer.normalize(text));
        while (m.find()) {
            String word = withoutClitic(m.group(1));
            if (word != null) {
                out.add(word + " " + name);
            }
        }
        return List.copyOf(out);
    }

    private static String withoutClitic(String w) {
        if (NAME_FORMING.contains(w)) {
            return w;
        }
        for (String clitic : new String[] {"وب", "و", "ب", "ل", "ف"}) {
            if (w.startsWith(clitic) && NAME_FORMING.contains(w.substring(clitic.length()))) {
                return w.substring(clitic.length());
            }
        }
        return null;
    }
}
