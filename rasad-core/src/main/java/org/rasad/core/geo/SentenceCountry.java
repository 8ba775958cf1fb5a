package org.rasad.core.geo;

import java.util.List;
import java.util.Optional;
import org.rasad.core.model.Location;

/**
 * The country a place's own sentence puts it in, when that is not the article's country: a Libyan article
 * that says «معركة مع قوات سوريا الديمقراطية في منطقة غويران» places Ghuwayran in Syria even though the
 * gazetteer does not know it. Rules:
 * <ul>
 *   <li>a country named right after the place, a direction at most between («منطقة متينا شمالي العراق»), is its
 *       country, whatever the nationality of the sentence's actors («وزارة الدفاع التركية»);</li>
 *   <li>when the sentence names the article's country or uses its adjective («جنديان تونسيان»), the
 *       article's country stands;</li>
 *   <li>else the country name nearest to the place in the sentence («غويران في سوريا»), except a neighbour
 *       named as a border («القريبة من الحدود مع الجزائر»);</li>
 *   <li>else a nationality adjective right after the place («بلدة كفرا اللبنانية»), within three words.
 *       Adjectives elsewhere in the sentence describe people («جنود أمريكيين»), not places.</li>
 * </ul>
 */
final class SentenceCountry {

    private static final int ADJECTIVE_REACH_WORDS = 3;

    private SentenceCountry() {
    }

    static Optional<String> of(Location loc, GeoContext ctx) {
        if (loc.evidence() == null || ctx.text().isEmpty()) {
            return Optional.empty();
        }
        String text = ctx.text();
        int from = loc.evidence().start();
        int to = loc.evidence().end();
        int[] s = Sentences.around(text, from, to);
        if (s[0] > from || s[1] < to) {
            return Optional.empty();
        }
        String sentence = text.substring(s[0], s[1]);
        List<CountryCentres.Mention> names = CountryCentres.namesIn(sentence).stream()
                .filter(m -> !afterBorderWord(sentence, m.start()) && !afterDivisionWord(sentence, m.start())).toList();
        int start = from - s[0];
        int end = to - s[0];
        // «غارات جوية على منطقة متينا شمالي العراق»: a country named right after the place, a direction at most
        // between, is where it is, whatever nationality the sentence's actors have («وزارة الدفاع التركية»)
        Optional<String> attached = names.stream()
                .filter(m -> m.start() >= end && wordsBetween(sentence, end, m.start()) <= 1)
                .map(CountryCentres.Mention::iso2).findFirst();
        if (attached.isPresent()) {
            return attached.filter(c -> !c.equals(ctx.country()));
        }
        if (ctx.country() != null && CountryCentres.mentionedIn(sentence).contains(ctx.country())) {
            return Optional.empty();
        }
        Optional<String> nearest = names.stream()
                .min((a, b) -> Integer.compare(distance(a, start, end), distance(b, start, end)))
                .map(CountryCentres.Mention::iso2);
        if (nearest.isPresent()) {
            return nearest;
        }
        String after = text.substring(to, s[1]).strip();
        String[] words = after.split("\\s+", ADJECTIVE_REACH_WORDS + 1);
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, ADJECTIVE_REACH_WORDS)));
        return CountryCentres.mentionedIn(head).stream().filter(c -> !c.equals(ctx.country())).findFirst();
    }

    /** Words for a division or town: a country's name right after one names the place («ولاية النيجر» in Nigeria). */
    private static final java.util.regex.Pattern DIVISION_WORD = java.util.regex.Pattern.compile(
            "(^|[وبل])(ولاية|ولايه|محافظة|محافظه|إقليم|اقليم|مدينة|مدينه)$");

    private static boolean afterDivisionWord(String sentence, int at) {
        String[] before = sentence.substring(0, at).strip().split("\\s+");
        return before.length > 0 && DIVISION_WORD.matcher(before[before.length - 1]).find();
    }

    /** «الحدود مع الجزائر», «الشريط الحدودي مع سوريا»: a border word within the three words before. */
    private static boolean afterBorderWord(String sentence, int at) {
        String[] before = sentence.substring(0, at).strip().split("\\s+");
        for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
            if (before[i].contains("حدود") || before[i].contains("حدودي")) {
                return true;
            }
        }
        return false;
    }

    private static int wordsBetween(String sentence, int from, int to) {
        String between = sentence.substring(from, to).strip();
        return between.isEmpty() ? 0 : between.split("\\s+").length;
    }

    private static int distance(CountryCentres.Mention m, int start, int end) {
        return m.end() <= start ? start - m.end() : Math.max(0, m.start() - end);
    }
}
