package org.rasad.core.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the publication date an article states about itself near its top: «القاهرة - بوابة
 * الوسط الجمعة 28 يناير 2022, 09:41 مساء», «تاريخ النشر : 08:45 - 2023/08/16», «نشر في:
 * الأحد 12 فبراير 2023 - 10:15 ص», «2019-06-03 14:20».
 *
 * <p>Rules:
 * <ul>
 *   <li>only the head is read: the first {@value #MAX_LINES} lines, at most
 *       {@value #MAX_CHARS} characters (a date further down is about the story, not the page);</li>
 *   <li>only a full date with a year counts («28 يناير» alone could be any year);</li>
 *   <li>a date with a dateline cue wins: a weekday before it, a time of day next to it, or a
 *       label («نشر», «تاريخ», «بتاريخ») just before it; else the first full date that opens the text or
 *       stands on a short first line (a date inside the first paragraph is the story's).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Dateline {

    static final int MAX_CHARS = 500;
    static final int MAX_LINES = 8;
    /** Room for a date that starts inside the head to finish. */
    private static final int OVERHANG = 60;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern LABEL = Pattern.compile("(نشر|تاريخ|بتاريخ)[^\\n]{0,12}$");

    private Dateline() {
    }

    public static Optional<LocalDate> find(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return Optional.empty();
        }
        int limit = headEnd(normalized);
        String head = normalized.substring(0, Math.min(normalized.length(), limit + OVERHANG));
        return pick(head, limit, DateParser.instance().find(head));
    }

    /**
     * The same, from the date mentions already found in the whole of {@code normalized} (extraction parses
     * every date anyway; parsing the head again would cost a tenth of it).
     */
    public static Optional<LocalDate> find(String normalized, List<DateMention> mentions) {
        if (normalized == null || normalized.isEmpty()) {
            return Optional.empty();
        }
        int limit = headEnd(normalized);
        String head = normalized.substring(0, Math.min(normalized.length(), limit + OVERHANG));
        return pick(head, limit, mentions.stream().filter(m -> m.span().end() <= head.length()).toList());
    }

    private static Optional<LocalDate> pick(String head, int limit, List<DateMention> mentions) {
        List<DateMention> dates = mentions.stream()
                .filter(m -> m.span().start() < limit)
                .filter(m -> m.expression() instanceof DateExpression.Absolute)
                .toList();
        return dates.stream().filter(m -> hasCue(head, m.span())).findFirst()
                .or(() -> dates.stream().filter(m -> standsAsDateline(head, m.span())).findFirst())
                .map(m -> ((DateExpression.Absolute) m.expression()).date());
    }

    /**
     * Without a cue, a date is the dateline only where one stands: at the very start («سبها 12 فبراير 2020 -») or on a
     * short first line of its own. A date further into the first paragraph («… قتل 52 شخصا في 7 يوليو 2005») is the
     * story's.
     */
    private static boolean standsAsDateline(String head, Span date) {
        if (date.start() <= OPENING) {
            return true;
        }
        int lineEnd = head.indexOf('\n');
        return lineEnd >= 0 && date.end() <= lineEnd && lineEnd <= SHORT_LINE;
    }

    /** How far into the text a date may start and still open it. */
    private static final int OPENING = 40;
    /** A first line this short is a headline or a dateline, not a paragraph. */
    private static final int SHORT_LINE = 100;

    private static int headEnd(String text) {
        int end = Math.min(text.length(), MAX_CHARS);
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n' && ++lines == MAX_LINES) {
                return i;
            }
        }
        return end;
    }

    private static boolean hasCue(String head, Span date) {
        String before = head.substring(Math.max(0, date.start() - 20), date.start());
        String after = head.substring(date.end(), Math.min(head.length(), date.end() + 12));
        boolean weekdayFirst = DateTokens.tokenize(date.of(head)).stream()
                .anyMatch(t -> CalendarTables.bundled().weekday(t.text()) != null);
        return weekdayFirst || LABEL.matcher(before).find()
                || TIME.matcher(before).find() || TIME.matcher(after).find();
    }
}
