package org.rasad.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.HijrahChronology;
import java.util.Map;
import java.util.Set;

/**
 * Rules for dates written with a month name or in digits, each tried at one token index:
 * <ul>
 *   <li>digits: «2023/08/16», «2023-08-16», «16/08/2023», «16-8-2023», «16.08.2023» (day first
 *       unless the year is first: Arabic news does not write month first);</li>
 *   <li>day and month: «[يوم] [الـ]24 [من] [شهر] يناير[/كانون الثاني] [2022 [م]]», then without a
 *       year «الجاري/الحالي», «الماضي», «المقبل» or nothing ({@link DateExpression.Relation});</li>
 *   <li>Hijri: «12 رجب 1444 [هـ]» with day and year, converted with Umm al-Qura;</li>
 *   <li>month: «[منتصف|أوائل|أواخر...] [شهر] مارس [2019 | الماضي | الجاري | المقبل]», and
 *       «الشهر الماضي/الجاري/المقبل», «هذا الشهر».</li>
 * </ul>
 * Ambiguous month names («آب», «مارس», «ماي») need a day, a year, «شهر», a part or a relation
 * word. A date right after a namer («ثورة 17 فبراير») is consumed without a mention.
 */
final class CalendarRules {

    // feminine forms too: «الجمعة الماضية», «الجمعة المقبلة»
    static final Set<String> CURRENT = Set.of("الجاري", "الحالي", "الجاريه", "الحاليه");
    static final Set<String> PAST = Set.of("الماضي", "المنصرم", "الفائت", "الماضيه", "المنصرمه", "الفائته");
    static final Set<String> NEXT = Set.of("المقبل", "القادم", "المقبله", "القادمه");
    private static final Map<String, DateExpression.Part> PARTS = Map.of(
            "اوائل", DateExpression.Part.EARLY, "مطلع", DateExpression.Part.EARLY,
            "بدايه", DateExpression.Part.EARLY, "منتصف", DateExpression.Part.MIDDLE,
            "اواسط", DateExpression.Part.MIDDLE, "اواخر", DateExpression.Part.LATE,
            "نهايه", DateExpression.Part.LATE);
    private static final Set<Character> NUMERIC_SEPARATORS = Set.of('/', '-', '.');

    private final TokenView v;

    CalendarRules(TokenView v) {
        this.v = v;
    }

    /** The longest calendar rule matching at i, or null. */
    RuleMatch at(int i) {
        return RuleMatch.longest(RuleMatch.longest(numeric(i), dayMonth(i)), month(i));
    }

    RuleMatch numeric(int i) {
        if (!(v.touching(i) && v.touching(i + 1) && v.touching(i + 2) && v.touching(i + 3))) {
            return null;
        }
        int a = v.number(i);
        int b = v.number(i + 2);
        int c = v.number(i + 4);
        char sep = NUMERIC_SEPARATORS.stream().filter(s -> v.mark(i + 1, s)).findFirst().orElse(' ');
        if (a < 0 || b < 0 || c < 0 || sep == ' ' || !v.mark(i + 3, sep)) {
            return null;
        }
        LocalDate date = a >= 1900 ? gregorian(a, b, c) : c >= 1900 ? gregorian(c, b, a) : null;
        return date == null ? null : new RuleMatch(i, i + 5, new DateExpression.Absolute(date));
    }

    /** Ordinal day words: «الأول» … «العاشر», with «عشر», «والعشرين», «والثلاثين» after them for 11-31. */
    static final Map<String, Integer> ORDINAL_DAYS = Map.ofEntries(
            Map.entry("الاول", 1), Map.entry("الحادي", 1), Map.entry("الثاني", 2), Map.entry("الثالث", 3),
            Map.entry("الرابع", 4), Map.entry("الخامس", 5), Map.entry("السادس", 6), Map.entry("السابع", 7),
            Map.entry("الثامن", 8), Map.entry("التاسع", 9), Map.entry("العاشر", 10), Map.entry("العشرين", 20),
            Map.entry("الثلاثين", 30));

    /** The day an ordinal word (or two) at j names, and the index after it; null when none. */
    private int[] ordinalDay(int j) {
        Integer unit = v.valueOf(j, ORDINAL_DAYS);
        if (unit == null) {
            return null;
        }
        if (unit < 10 && v.is(j + 1, "عشر")) {
            return new int[] {unit + 10, j + 2};
        }
        if (unit < 10 && (v.is(j + 1, "العشرين") || v.is(j + 1, "والعشرين"))) {
            return new int[] {unit + 20, j + 2};
        }
        if (unit == 1 && (v.is(j + 1, "الثلاثين") || v.is(j + 1, "والثلاثين"))) {
            return new int[] {31, j + 2};
        }
        return new int[] {unit, j + 1};
    }

    RuleMatch dayMonth(int i) {
        int j = v.is(i, "يوم") ? i + 1 : i;
        if (v.is(j, "ال") && v.touching(j)) {
            j++;    // «الـ24» is normalised to «ال24»
        }
        int day = v.number(j);
        if (day < 1) {
            // «الثالث من تموز», «الحادي والعشرين من مارس»: an ordinal word, always with «من»
            int[] ordinal = ordinalDay(j);
            if (ordinal == null || !v.is(ordinal[1], "من")) {
                return null;
            }
            day = ordinal[0];
            j = ordinal[1] - 1;
        }
        if (day > 99) {  // 32-99 before a month name is consumed below as no date
            return null;
        }
        j++;
        j = v.is(j, "من") ? j + 1 : j;
        if (v.is(j, "الشهر") && day <= 31) {
            // «يوم 12 من الشهر الجاري», «في 28 من الشهر الماضي»
            return switch (relation(j + 1)) {
                case CURRENT, TODAY -> named(i, j + 2, new DateExpression.DayOfRelativeMonth(0, day));
                case PAST -> named(i, j + 2, new DateExpression.DayOfRelativeMonth(-1, day));
                case NEXT -> named(i, j + 2, new DateExpression.DayOfRelativeMonth(1, day));
                case NEAREST -> null;
            };
        }
        j = v.is(j, "شهر") ? j + 1 : j;
        TokenView.MonthHit hit = v.month(j);
        if (hit == null) {
            return null;
        }
        j = afterAlternative(j + hit.length());
        int month = hit.name().month();
        if (hit.name().hijri()) {
            int year = v.number(j);
            LocalDate date = hijri(year, month, day);
            return date == null ? null : named(i, v.is(j + 1, "ه") ? j + 2 : j + 1, new DateExpression.Absolute(date));
        }
        int year = year(j);
        int end = year > 0 ? (v.is(j + 1, "م") ? j + 2 : j + 1) : j;
        LocalDate date = year > 0 ? gregorian(year, month, day) : null;
        if (day > Month.of(month).maxLength() || (year > 0 && date == null)) {
            // «31 فبراير 2022» is no date at all; consume it so «فبراير 2022» is not read instead
            return new RuleMatch(i, end, null);
        }
        if (date != null) {
            return named(i, end, new DateExpression.Absolute(date));
        }
        DateExpression.Relation relation = relation(j);
        end = relation == DateExpression.Relation.NEAREST ? j : j + 1;
        return named(i, end, new DateExpression.DayOfMonth(Month.of(month), day, relation));
    }

    RuleMatch month(int i) {
        int j = i;
        DateExpression.Part part = DateExpression.Part.WHOLE;
        for (Map.Entry<String, DateExpression.Part> p : PARTS.entrySet()) {
            if (v.is(j, p.getKey())) {
                part = p.getValue();
                j++;
                break;
            }
        }
        if (v.is(j, "الشهر") || (v.is(j, "هذا") && v.is(j + 1, "الشهر"))) {
            return relativeMonth(i, j, part);
        }
        boolean shahr = v.is(j, "شهر");
        j = shahr ? j + 1 : j;
        TokenView.MonthHit hit = v.month(j);
        if (hit == null || hit.name().hijri()) {
            return null;
        }
        j = afterAlternative(j + hit.length());
        Month month = Month.of(hit.name().month());
        int year = year(j);
        DateExpression.Relation relation = relation(j);
        boolean context = shahr || part != DateExpression.Part.WHOLE || year > 0
                || relation != DateExpression.Relation.NEAREST;
        if (hit.name().ambiguous() && !context) {
            return null;
        }
        int end = year > 0 || relation != DateExpression.Relation.NEAREST ? j + 1 : j;
        return named(i, end, new DateExpression.MonthOf(month, Math.max(year, 0), relation, part));
    }

    private RuleMatch relativeMonth(int i, int j, DateExpression.Part part) {
        if (v.is(j, "هذا")) {
            return new RuleMatch(i, j + 2, new DateExpression.RelativeMonth(0, part));
        }
        return switch (relation(j + 1)) {
            case PAST -> new RuleMatch(i, j + 2, new DateExpression.RelativeMonth(-1, part));
            case CURRENT, TODAY -> new RuleMatch(i, j + 2, new DateExpression.RelativeMonth(0, part));
            case NEXT -> new RuleMatch(i, j + 2, new DateExpression.RelativeMonth(1, part));
            case NEAREST -> null;   // «الشهر» alone is no date
        };
    }

    /** Skips a second name of the same month: «كانون الثاني/يناير», «أيار (مايو)». */
    private int afterAlternative(int j) {
        if (v.mark(j, '/') || v.mark(j, '(') || v.mark(j, '-')) {
            TokenView.MonthHit alt = v.month(j + 1);
            if (alt != null) {
                int end = j + 1 + alt.length();
                return v.mark(end, ')') ? end + 1 : end;
            }
        }
        return j;
    }

    private int year(int j) {
        int year = v.number(j);
        return year >= 1900 && year <= 2100 ? year : -1;
    }

    private DateExpression.Relation relation(int j) {
        if (v.is(j, CURRENT)) {
            return DateExpression.Relation.CURRENT;
        }
        if (v.is(j, PAST)) {
            return DateExpression.Relation.PAST;
        }
        return v.is(j, NEXT) ? DateExpression.Relation.NEXT : DateExpression.Relation.NEAREST;
    }

    private RuleMatch named(int from, int to, DateExpression expression) {
        return new RuleMatch(from, to, v.namerBefore(from) ? null : expression);
    }

    static LocalDate gregorian(int year, int month, int day) {
        try {
            return year <= 2100 ? LocalDate.of(year, month, day) : null;
        } catch (DateTimeException e) {
            return null;    // «31/02/2023», «16/13/2023»: not a date
        }
    }

    static LocalDate hijri(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
        } catch (DateTimeException e) {
            return null;    // outside the Umm al-Qura table (about 1300-1600 AH) or no such day
        }
    }
}
