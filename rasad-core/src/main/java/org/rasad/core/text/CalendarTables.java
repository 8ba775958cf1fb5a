package org.rasad.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyst-editable calendar words of {@code calendar.tsv}: month names of every regional
 * series and the Hijri calendar, weekdays, words that lead a day name, and words that turn a
 * date into a name. Names are normalised with {@link Normalizer} so they match the text.
 *
 * <p>Loaded once, immutable and thread-safe. A missing or malformed file fails loudly with
 * the file name and line number: a silently empty table would make every date disappear.
 */
final class CalendarTables {

    static final String BUNDLED = "calendar.tsv";

    /** A month name: the calendar, the month number, and whether it needs context to count. */
    record MonthName(boolean hijri, int month, boolean ambiguous) {
    }

    private final Map<String, MonthName> months;
    /** First words of month names written in two words («كانون الثاني», «جمادى الأولى»). */
    private final java.util.Set<String> twoWordStarts;
    private final Map<String, DayOfWeek> weekdays;
    private final Set<String> leads;
    private final Set<String> namers;
    /** Every word a date rule can begin with, from the tables and {@link DateParser#START_WORDS}. */
    private final java.util.HashSet<String> starts = new java.util.HashSet<>();

    private CalendarTables(Map<String, MonthName> months, Map<String, DayOfWeek> weekdays,
                           Set<String> leads, Set<String> namers) {
        this.months = Map.copyOf(months);
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (String name : months.keySet()) {
            int space = name.indexOf(' ');
            if (space > 0) {
                firsts.add(name.substring(0, space));
            }
        }
        this.twoWordStarts = java.util.Set.copyOf(firsts);
        this.weekdays = Map.copyOf(weekdays);
        this.leads = Set.copyOf(leads);
        this.namers = Set.copyOf(namers);
        for (String name : months.keySet()) {
            starts.add(name.indexOf(' ') > 0 ? name.substring(0, name.indexOf(' ')) : name);
        }
        starts.addAll(weekdays.keySet());
        starts.addAll(leads);
        starts.addAll(DateParser.START_WORDS);
    }

    /** Whether a date rule can begin with this word: the cheap test that lets the parser skip most tokens. */
    boolean mayStartDate(String normalizedWord) {
        return starts.contains(normalizedWord);
    }

    /** Lazy holder: the bundled tables are read on first use, once. */
    private static final class Bundled {
        static final CalendarTables TABLES = load(BUNDLED);
    }

    static CalendarTables bundled() {
        return Bundled.TABLES;
    }

    /** Reads a resource next to this class. */
    static CalendarTables load(String resource) {
        try (InputStream in = CalendarTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("calendar table " + resource
                        + " not found on the class path next to " + CalendarTables.class.getName()));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar table " + resource, e);
        }
    }

    static CalendarTables parse(String file, List<String> lines) {
        Map<String, MonthName> months = new HashMap<>();
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        Set<String> leads = new HashSet<>();
        Set<String> namers = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (n + 1) + " «" + line + "»: ";
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols.length > 4 || (cols.length == 4 && !cols[3].strip().equals("ambiguous"))) {
                throw new IllegalArgumentException(where + "expected kind<TAB>name<TAB>value[<TAB>ambiguous]");
            }
            String name = Normalizer.normalize(cols[1].strip()).replaceAll(" +", " ");
            if (name.isEmpty()) {
                throw new IllegalArgumentException(where + "empty name");
            }
            String value = cols[2].strip();
            boolean ambiguous = cols.length == 4;
            switch (cols[0].strip()) {
                case "gregorian", "hijri" -> {
                    MonthName month = new MonthName(cols[0].strip().equals("hijri"), monthNumber(where, value), ambiguous);
                    MonthName before = months.putIfAbsent(name, month);
                    if (before != null && !before.equals(month)) {
                        throw new IllegalArgumentException(where + "«" + name + "» already means " + before);
                    }
                }
                case "weekday" -> weekdays.put(name, weekday(where, value));
                case "lead" -> leads.add(name);
                case "namer" -> namers.add(name);
                default -> throw new IllegalArgumentException(where
                        + "unknown kind; use gregorian, hijri, weekday, lead or namer");
            }
        }
        if (months.isEmpty() || weekdays.isEmpty()) {
            throw new IllegalArgumentException(file + ": no month or weekday names; is it the right file?");
        }
        return new CalendarTables(months, weekdays, leads, namers);
    }

    private static int monthNumber(String where, String value) {
        try {
            int month = Integer.parseInt(value);
            if (month >= 1 && month <= 12) {
                return month;
            }
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw new IllegalArgumentException(where + "month number must be 1-12, not «" + value + "»");
    }

    private static DayOfWeek weekday(String where, String value) {
        try {
            return DayOfWeek.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "weekday must be MONDAY ... SUNDAY, not «" + value + "»", e);
        }
    }

    /** Whether a month name of two words begins with this word: only then is the pair worth looking up. */
    boolean startsTwoWordMonth(String normalizedWord) {
        return twoWordStarts.contains(normalizedWord);
    }

    MonthName month(String normalizedName) {
        return months.get(normalizedName);
    }

    DayOfWeek weekday(String normalizedWord) {
        return weekdays.get(normalizedWord);
    }

    boolean isLead(String normalizedWord) {
        return leads.contains(normalizedWord);
    }

    boolean isNamer(String normalizedWord) {
        return namers.contains(normalizedWord);
    }
}
