package org.rasad.core.geo;

import java.text.Normalizer.Form;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasad.core.text.Normalizer;

/**
 * The key a place name is indexed and looked up under.
 *
 * <p>Rules:
 * <ul>
 *   <li>Rasad's matching form first ({@link Normalizer}: hamza and alef forms, «ة»→«ه», «ى»→«ي», no
 *       diacritics, Latin lower case), so that the gazetteer and the article meet in one form;</li>
 *   <li>Latin diacritics and transliteration marks go («Al Qaţrūn», «Ra’s» → «al qatrun», «ras»);
 *       apostrophes go and hyphens become spaces;</li>
 *   <li>the article is dropped from every word («القطرون» and «قطرون», «al qatrun» and «qatrun»
 *       meet), because GeoNames and the press disagree on it;</li>
 *   <li>at lookup, a proclitic «و ب ل ف ك» or «لل» on the first word is also tried without it
 *       («بمرزق» → «مرزق»), the longer reading first; then a final «ا» for a final «ة» and back
 *       («مركا» → «مركة»).</li>
 * </ul>
 * Only Arabic- and Latin-script names are indexed: they are the ones an Arabic article or an analyst uses.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾ]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\"().,]+");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");
    private static final Pattern ARABIC_OR_LATIN = Pattern.compile("[\\p{IsArabic}\\p{IsLatin}0-9\\s\\-'’‘`ʿʾ\"().,]+");

    private PlaceNames() {
    }

    /** The index key of a name, or "" when nothing is left of it. */
    public static String key(String name) {
        String s = Normalizer.normalize(name);
        s = MARKS.matcher(java.text.Normalizer.normalize(s, Form.NFD)).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (String word : SEPARATORS.split(s)) {
            String w = withoutArticle(word);
            if (!w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    /** Whether a GeoNames name is worth indexing: Arabic or Latin script, with a letter in it. */
    public static boolean indexable(String name) {
        // GeoNames writes some Arabic names with a left-to-right mark («مركة\u200E»): invisible, not another script
        String n = FORMAT_CHARACTERS.matcher(name).replaceAll("");
        return !n.isBlank() && n.length() <= 200 && ARABIC_OR_LATIN.matcher(n).matches()
                && n.codePoints().anyMatch(Character::isLetter);
    }

    /** The keys to try for a name as an article writes it, best reading first. */
    public static List<String> lookupKeys(String written) {
        Set<String> keys = new LinkedHashSet<>();
        String s = Normalizer.normalize(written).strip();
        keys.add(key(s));
        if (s.startsWith("لل") && s.length() > 4) {
            keys.add(key(s.substring(2)));
        } else if (s.length() > 3 && "وبلفك".indexOf(s.charAt(0)) >= 0) {
            keys.add(key(s.substring(1)));
        }
        for (String k : List.copyOf(keys)) {
            keys.addAll(finalVowelVariants(k));
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    /**
     * A final long «ا» and a final «ة» (matching form «ه») stand for the same sound and the press writes either
     * («مركا», GeoNames «مركة»; «تمسة», «تمسه», «تمسا»): tried after the name as written.
     */
    private static List<String> finalVowelVariants(String key) {
        if (key.length() < 3) {
            return List.of();
        }
        char last = key.charAt(key.length() - 1);
        String stem = key.substring(0, key.length() - 1);
        return last == 'ه' ? List.of(stem + "ا") : last == 'ا' ? List.of(stem + "ه") : List.of();
    }

    private static String withoutArticle(String w) {
        if (w.startsWith("ال") && w.length() > 3) {
            return w.substring(2);
        }
        return w.equals("al") || w.equals("el") ? "" : w;
    }
}
