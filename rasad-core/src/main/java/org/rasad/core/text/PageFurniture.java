package org.rasad.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds page furniture in normalised article text: the parts of a scraped page that are not the
 * article (related headlines, "read more" links, share buttons, counters), so that extraction does
 * not report the incidents of other articles. Works on lines; a line is <em>headline-like</em> when
 * it has at most {@value #MAX_HEADLINE_WORDS} words and does not end with a full stop.
 *
 * <p>Rules:
 * <ul>
 *   <li>a <b>block header</b> («عناوين/مقالات/أخبار/مواضيع ذات صلة», «المزيد من …», «الأكثر قراءة»,
 *       «الأكثر تفضيلا», «تعليقات», «Hot Topics», «Related Articles», or a bare «اقرأ أيضا» /
 *       «إقرأ المزيد» / «Read more») is furniture together with the headline-like lines after it;
 *       the block ends at the first body-like line (long, or ending with a full stop). Blank lines
 *       do not end it;</li>
 *   <li>a <b>link line</b> («اقرأ أيضا: عنوان آخر») is furniture on its own: it carries its one
 *       title, and the body text that resumes after it must not be swallowed;</li>
 *   <li>a <b>button or counter line</b> («شارك», «مشاركة», «Share», «Total», or just a number such as
 *       «125»), possibly with a count or punctuation, is furniture on its own;</li>
 *   <li>a run of two or more <b>list lines</b> starting with «- », «• » or «* », without a final full stop and of at most {@value #MAX_LIST_ITEM_WORDS} words;</li>
 *   <li>a line that <b>repeats</b> an earlier line exactly (headlines printed twice): the repeat
 *       is furniture, the first occurrence is not.</li>
 * </ul>
 * Markers are written here as a reader would write them and normalised once, like every dictionary.
 * Consecutive furniture lines (with the blank lines between them) form one span.
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class PageFurniture {

    static final int MAX_HEADLINE_WORDS = 14;
    /** Related-article titles in a bulleted run are often long news headlines. */
    static final int MAX_LIST_ITEM_WORDS = 24;

    private static final List<String> BLOCK_HEADERS = normalized(
            "عناوين ذات صلة", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "المزيد من",
            "الأكثر قراءة", "الأكثر تفضيلا", "الأكثر مشاهدة", "تعليقات", "Hot Topics", "Related Articles");
    private static final List<String> LINK_MARKERS = normalized(
            "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا", "اقرأ المزيد", "إقرأ المزيد", "Read more", "رابط الخبر",
            "رابط المقال", "رابط دائم", "شاهد أيضا", "شاهد أيضاً", "طالع أيضا", "اقرأ كذلك");
    private static final List<String> BUTTONS = normalized("شارك", "مشاركة", "Share", "Total");

    private PageFurniture() {
    }

    /** Spans (normalised offsets, in order, not overlapping) of the furniture in {@code normalized}. */
    public static List<Span> find(String normalized) {
        List<Span> lines = lines(normalized);
        boolean[] furniture = new boolean[lines.size()];
        markBlocks(normalized, lines, furniture);
        markLists(normalized, lines, furniture);
        markRepeats(normalized, lines, furniture);
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i]) {
                int first = i;
                while (i + 1 < lines.size() && furniture[i + 1]) {
                    i++;
                }
                out.add(new Span(lines.get(first).start(), lines.get(i).end()));
            }
        }
        return out;
    }

    private static void markBlocks(String s, List<Span> lines, boolean[] furniture) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).of(s);
            if (!isHeadlineLike(line)) {
                continue;
            }
            String link = startingMarker(line, LINK_MARKERS);
            if (isButton(line) || (link != null && hasTextAfter(line, link))) {
                furniture[i] = true;
            } else if (link != null || startingMarker(line, BLOCK_HEADERS) != null) {
                furniture[i] = true;
                while (i + 1 < lines.size() && isHeadlineLike(lines.get(i + 1).of(s))) {
                    furniture[++i] = true;
                }
            }
        }
    }

    private static void markLists(String s, List<Span> lines, boolean[] furniture) {
        int runStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean item = i < lines.size() && isListItem(lines.get(i).of(s));
            if (item && runStart < 0) {
                runStart = i;
            } else if (!item && runStart >= 0) {
                if (i - runStart >= 2) {
                    java.util.Arrays.fill(furniture, runStart, i, true);
                }
                runStart = -1;
            }
        }
    }

    private static void markRepeats(String s, List<Span> lines, boolean[] furniture) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).of(s))) {
                furniture[i] = true;
            }
        }
    }

    /** The non-blank lines, trimmed of white space. */
    private static List<Span> lines(String s) {
        List<Span> out = new ArrayList<>();
        int n = s.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || s.charAt(i) == '\n') {
                int start = lineStart;
                int end = i;
                while (start < end && Character.isWhitespace(s.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    out.add(new Span(start, end));
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    static boolean isHeadlineLike(String line) {
        return isHeadlineLike(line, MAX_HEADLINE_WORDS);
    }

    private static boolean isHeadlineLike(String line, int maxWords) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '"' || line.charAt(end - 1) == ')' || line.charAt(end - 1) == '\'')) {
            end--;
        }
        if (end == 0 || line.charAt(end - 1) == '.') {
            return false;
        }
        int words = 0;
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i)) && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                words++;
            }
        }
        return words <= maxWords;
    }

    private static boolean isListItem(String line) {
        return line.length() > 2 && (line.startsWith("- ") || line.startsWith("• ") || line.startsWith("* "))
                && isHeadlineLike(line, MAX_LIST_ITEM_WORDS);
    }

    /** A button word with at most a count, or a bare number such as «1,250». */
    private static boolean isButton(String line) {
        String marker = startingMarker(line, BUTTONS);
        String rest = marker == null ? line : line.substring(marker.length());
        boolean digits = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (!(Character.isWhitespace(c) || c == ',' || (marker != null && isCountPunctuation(c)))) {
                return false;
            }
        }
        return marker != null || digits;
    }

    /** «Total: 25», «شارك (12)»; not on a bare line, where «09:41» or «3-0» would be something else. */
    private static boolean isCountPunctuation(char c) {
        return c == '(' || c == ')' || c == ':' || c == '-';
    }

    /** The marker the line starts with as whole words, or null. */
    /**
     * A sentence that begins with a link marker («… في المحافظتين. اقرأ أيضا: مقتل قيادي …»): a related headline
     * run into the body text, furniture though it shares its line with the article.
     */
    public static boolean isLinkSentence(String normalizedSentence) {
        String s = normalizedSentence.strip();
        String m = startingMarker(s, LINK_MARKERS);
        return m != null && hasTextAfter(s, m);
    }

    private static String startingMarker(String line, List<String> markers) {
        for (String m : markers) {
            if (line.startsWith(m) && (line.length() == m.length() || !Character.isLetterOrDigit(line.charAt(m.length())))) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasTextAfter(String line, String marker) {
        for (int i = marker.length(); i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> normalized(String... markers) {
        return Stream.of(markers).map(Normalizer::normalize).distinct().toList();
    }
}
