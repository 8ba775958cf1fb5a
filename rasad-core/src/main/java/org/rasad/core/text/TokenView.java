package org.rasad.core.text;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tokens of one text with the look-ups the date rules share. Every question is about one
 * index and answers false or null past either end, so rules can look ahead without checks.
 * One instance per {@link DateParser#find} call; not shared between threads.
 */
final class TokenView {

    /** A month name found at an index, and how many tokens it spans (one or two). */
    record MonthHit(CalendarTables.MonthName name, int length) {
    }

    private static final MonthHit NO_MONTH = new MonthHit(null, 0);

    private final List<DateTokens.Token> tokens;
    private final CalendarTables tables;
    /** {@link #month} per index, looked up once: every date rule asks it of the same tokens. */
    private final MonthHit[] months;

    TokenView(List<DateTokens.Token> tokens, CalendarTables tables) {
        this.tokens = tokens;
        this.tables = tables;
        this.months = new MonthHit[tokens.size()];
    }

    int size() {
        return tokens.size();
    }

    Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private DateTokens.Token word(int i) {
        if (i < 0 || i >= tokens.size() || tokens.get(i).kind() != DateTokens.Kind.WORD) {
            return null;
        }
        return tokens.get(i);
    }

    /**
     * Whether any date rule could match from i: a number, or a word (or it without a clitic prefix)
     * some rule begins with. Most tokens of a text are neither, and the rules need not be tried there.
     */
    boolean mayStartDate(int i) {
        DateTokens.Token t = tokens.get(i);
        if (t.kind() != DateTokens.Kind.WORD) {
            return t.number() >= 0;
        }
        for (String form : t.forms()) {
            if (tables.mayStartDate(form)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at i, or it without a clitic prefix, is one of {@code words}. */
    boolean is(int i, Set<String> words) {
        DateTokens.Token t = word(i);
        if (t == null) {
            return false;
        }
        for (String form : t.forms()) {
            if (words.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** The value {@code table} gives the word at i (or it without a clitic prefix), or null. */
    <T> T valueOf(int i, Map<String, T> table) {
        DateTokens.Token t = word(i);
        if (t == null) {
            return null;
        }
        for (String form : t.forms()) {
            T value = table.get(form);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    boolean is(int i, String word) {
        DateTokens.Token t = word(i);
        return t != null && t.forms().contains(word);
    }

    /** The value of a number token of at most four digits at i, else −1. */
    int number(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).number() : -1;
    }

    boolean mark(int i, char c) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == DateTokens.Kind.MARK
                && tokens.get(i).text().charAt(0) == c;
    }

    /** Whether tokens i and i + 1 touch, with no space between them («2023/08/16»). */
    boolean touching(int i) {
        return i >= 0 && i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    DayOfWeek weekday(int i) {
        DateTokens.Token t = word(i);
        if (t != null) {
            for (String form : t.forms()) {
                DayOfWeek day = tables.weekday(form);
                if (day != null) {
                    return day;
                }
            }
        }
        return null;
    }

    boolean isLead(int i) {
        DateTokens.Token t = word(i);
        if (t == null) {
            return false;
        }
        for (String form : t.forms()) {
            if (tables.isLead(form)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word just before i makes a date into a name («ثورة 17 فبراير»). */
    boolean namerBefore(int i) {
        DateTokens.Token t = word(i - 1);
        return t != null && t.forms().stream().anyMatch(tables::isNamer);
    }

    /**
     * The month name starting at i: two-word names first («كانون الثاني» before «كانون»).
     * Ambiguous names count only as written, never with a prefix stripped («باب» is a door).
     */
    MonthHit month(int i) {
        if (i < 0 || i >= months.length) {
            return null;
        }
        if (months[i] == null) {
            MonthHit hit = lookUpMonth(i);
            months[i] = hit == null ? NO_MONTH : hit;
        }
        return months[i] == NO_MONTH ? null : months[i];
    }

    private MonthHit lookUpMonth(int i) {
        DateTokens.Token first = word(i);
        if (first == null) {
            return null;
        }
        DateTokens.Token second = word(i + 1);
        for (int k = 0; k < first.forms().size(); k++) {
            if (second != null && tables.startsTwoWordMonth(first.forms().get(k))) {
                MonthHit two = hit(first.forms().get(k) + " " + second.text(), k, 2);
                if (two != null) {
                    return two;
                }
            }
            MonthHit one = hit(first.forms().get(k), k, 1);
            if (one != null) {
                return one;
            }
        }
        return null;
    }

    private MonthHit hit(String name, int form, int length) {
        CalendarTables.MonthName m = tables.month(name);
        return m == null || (form > 0 && m.ambiguous()) ? null : new MonthHit(m, length);
    }
}
