package org.rasad.core.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Arabic number words in their normalised spelling («ثلاثه», «احدي», «مائه», «الاف»), with
 * every gender and case form news text uses:
 * <ul>
 *   <li>units 1–9, masculine and feminine, with the accusative alef («واحدا», «خمسا»);
 *       «احد»/«احدي» are marked because alone they are a count only before a noun;</li>
 *   <li>«اثنا/اثني/اثنتا/اثنتي», which only occur before «عشر/عشره» (12);</li>
 *   <li>ten «عشر/عشره/عشرا», which is also the second word of 11–19;</li>
 *   <li>tens 20–90 in nominative «ون» and oblique «ين» forms;</li>
 *   <li>hundreds: «مئه/مائه», the duals «مئتان/مئتين/مئتي», the fused 300–900
 *       («ثلاثمائه», «ثلاثمئه»);</li>
 *   <li>scales thousand, million, billion as singular, dual and plural.</li>
 * </ul>
 * Words with the article are deliberately absent: «الاثنين» is Monday, «الاحد» Sunday.
 * Also the home of proclitic stripping, shared by every lookup of the parser. Immutable.
 */
final class NumberWords {

    enum Kind { UNIT, TEEN_PREFIX, TEN, TENS, HUNDRED, SCALE }

    enum Form { SINGULAR, DUAL, PLURAL }

    /** @param needsNoun «احد»/«احدي»: a count only when a noun follows («احد عناصر») */
    record Entry(Kind kind, long value, Form form, boolean needsNoun) {
    }

    /** Whole words that a proclitic would wrongly turn into a number: «لست» is "I am not", not «ل» + six. */
    private static final Set<String> LOOKALIKES = Set.of("لست", "ولست", "فلست");

    private static final Map<String, Entry> WORDS = new HashMap<>();

    static {
        units(1, "واحد", "واحده", "واحدا");
        WORDS.put("احد", new Entry(Kind.UNIT, 1, Form.SINGULAR, true));
        WORDS.put("احدي", new Entry(Kind.UNIT, 1, Form.SINGULAR, true));
        units(2, "اثنان", "اثنين", "اثنتان", "اثنتين");
        put(Kind.TEEN_PREFIX, 2, Form.SINGULAR, "اثنا", "اثني", "اثنتا", "اثنتي");
        units(3, "ثلاث", "ثلاثه", "ثلاثا");
        units(4, "اربع", "اربعه", "اربعا");
        units(5, "خمس", "خمسه", "خمسا");
        units(6, "ست", "سته", "ستا");
        units(7, "سبع", "سبعه", "سبعا");
        units(8, "ثمان", "ثماني", "ثمانيه", "ثمانيا");
        units(9, "تسع", "تسعه", "تسعا");
        put(Kind.TEN, 10, Form.SINGULAR, "عشر", "عشره", "عشرا");
        String[] tens = {"عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int k = 0; k < tens.length; k++) {
            put(Kind.TENS, 20 + 10L * k, Form.SINGULAR, tens[k] + "ون", tens[k] + "ين");
        }
        put(Kind.HUNDRED, 100, Form.SINGULAR, "مئه", "مائه");
        put(Kind.HUNDRED, 200, Form.SINGULAR, "مئتان", "مئتين", "مئتي", "مئتا", "مائتان", "مائتين", "مائتي", "مائتا");
        String[] hundreds = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int k = 0; k < hundreds.length; k++) {
            put(Kind.HUNDRED, 300 + 100L * k, Form.SINGULAR, hundreds[k] + "مئه", hundreds[k] + "مائه");
        }
        put(Kind.HUNDRED, 800, Form.SINGULAR, "ثمانيمئه", "ثمانيمائه");
        scale(1_000, new String[] {"الف", "الفا"}, new String[] {"الفان", "الفين", "الفي"}, "الاف");
        scale(1_000_000, new String[] {"مليون", "مليونا"}, new String[] {"مليونان", "مليونين", "مليوني"}, "ملايين");
        scale(1_000_000_000, new String[] {"مليار", "مليارا"}, new String[] {"ملياران", "مليارين", "ملياري"},
                "مليارات");
    }

    private NumberWords() {
    }

    /** Endings of the words of the table (filled in the static block above). */
    private static final WordEndings ENDINGS = WordEndings.of(WORDS.keySet());

    /** False when no number word, with or without a proclitic, can be {@code word}. */
    static boolean mayEndNumberWord(String word) {
        return ENDINGS.mayEnd(word);
    }

    /** The entry for a word exactly as written (no proclitic), or null. */
    static Entry exact(String word) {
        return WORDS.get(word);
    }

    /** The words of the table, for tests that check they are in normalised form. */
    static Set<String> words() {
        return Set.copyOf(WORDS.keySet());
    }

    /**
     * How many proclitic letters to skip so that the rest of {@code word} is {@code known}:
     * 0 when the word itself is known, 1 for «و ف ب ل», 2 for «و/ف» + «ب/ل» («وبثلاثه»),
     * -1 when no reading works. The stem must keep at least two letters.
     */
    static int procliticLength(String word, Predicate<String> known) {
        if (LOOKALIKES.contains(word)) {
            return -1;
        }
        if (known.test(word)) {
            return 0;
        }
        int n = word.length();
        if (n > 2 && "وفبل".indexOf(word.charAt(0)) >= 0 && known.test(word.substring(1))) {
            return 1;
        }
        if (n > 3 && "وف".indexOf(word.charAt(0)) >= 0 && "بل".indexOf(word.charAt(1)) >= 0
                && known.test(word.substring(2))) {
            return 2;
        }
        return -1;
    }

    private static void units(long value, String... forms) {
        put(Kind.UNIT, value, Form.SINGULAR, forms);
    }

    private static void scale(long value, String[] singular, String[] dual, String plural) {
        put(Kind.SCALE, value, Form.SINGULAR, singular);
        put(Kind.SCALE, value, Form.DUAL, dual);
        put(Kind.SCALE, value, Form.PLURAL, plural);
    }

    private static void put(Kind kind, long value, Form form, String... forms) {
        for (String f : forms) {
            if (WORDS.put(f, new Entry(kind, value, form, false)) != null) {
                throw new IllegalStateException("number word «" + f + "» listed twice");
            }
        }
    }
}
