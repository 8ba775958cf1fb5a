package org.rasad.core.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Candidate stems of a normalised Arabic word, for dictionary lookup.
 *
 * <p>Arabic writes conjunctions, prepositions and the article onto the word («وبالقرب» = و + ب +
 * ال + قرب), and pronouns at its end («قواته» = قوات + ه). Rather than guessing one analysis, the
 * word yields every plausible reading and the dictionaries say which they know:
 * <ul>
 *   <li>the word itself;</li>
 *   <li>without a conjunction «و» / «ف»;</li>
 *   <li>then without a preposition «ب» / «ل» / «ك» (with «لل» read as ل + ال);</li>
 *   <li>then without the article «ال»;</li>
 *   <li>each of those without a common enclitic pronoun (ه ها هم هما هن كم نا);</li>
 * </ul>
 * {@link #formsWithStem} adds Lucene's light stem, for vocabulary (not names).
 * Stems shorter than two letters are not offered. Stateless and thread-safe.
 */
public final class Clitics {

    private static final String[] ENCLITICS = {"هما", "هم", "هن", "ها", "كم", "نا", "ه"};
    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    private Clitics() {
    }

    public static List<String> forms(String word) {
        return forms(word, false);
    }

    /**
     * @param taMarbuta the word ends in «ة» in the original: its final «ه» in matching form is
     *                  not the pronoun (so «مسلحة» does not yield «مسلح», nor «عسكرية» «عسكري»)
     */
    public static List<String> forms(String word, boolean taMarbuta) {
        List<String> out = new ArrayList<>(8);
        add(out, word);
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
            add(out, w);
        }
        if (w.length() > 3 && w.startsWith("لل")) {
            w = "ال" + w.substring(2);
            add(out, w);
        } else if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
            String rest = w.substring(1);
            if (rest.startsWith("ال") || !out.contains(rest)) {
                w = rest;
                add(out, w);
            }
        }
        if (w.length() > 3 && w.startsWith("ال")) {
            w = w.substring(2);
            add(out, w);
        }
        int known = out.size();
        for (int i = 0; i < known; i++) {
            String f = out.get(i);
            for (String e : ENCLITICS) {
                if (taMarbuta && e.equals("ه")) {
                    continue;
                }
                if (f.length() - e.length() >= 3 && f.endsWith(e)) {
                    String base = f.substring(0, f.length() - e.length());
                    // «قواته» → «قوات»; a ta marbuta before a pronoun is written «ت»: «دوريته» → «دوريه»
                    add(out, base);
                    if (base.endsWith("ت")) {
                        add(out, base.substring(0, base.length() - 1) + "ه");
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The forms plus Lucene's light stem, which also removes plural and feminine endings
     * («الاشتباكات» → «اشتباك»). Good for vocabulary, wrong for names: the stem of «القطرون» is «قطر».
     */
    public static List<String> formsWithStem(String word, boolean taMarbuta) {
        List<String> out = forms(word, taMarbuta);
        char[] buf = word.toCharArray();
        int len = STEMMER.stem(buf, buf.length);
        if (len >= 2) {
            add(out, new String(buf, 0, len));
        }
        return out;
    }

    private static void add(List<String> out, String form) {
        if (form.length() >= 2 && !out.contains(form)) {
            out.add(form);
        }
    }
}
