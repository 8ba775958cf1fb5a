package org.rasad.core.text;

import java.time.DayOfWeek;
import java.time.Period;
import java.util.Map;
import java.util.Set;

/**
 * Rules for dates relative to the publication date or to another event:
 * <ul>
 *   <li>weekdays, after optional lead words («صباح يوم الخميس», «اليوم الخميس»), with
 *       «الماضي» (strictly before), «المقبل/القادم» (future), or a second day for a night that
 *       spans two («ليل الإثنين الثلاثاء» is one mention: the first day);</li>
 *   <li>«أمس/الأمس» −1, «أول [من] أمس» −2, «اليوم/الليلة» 0, «الليلة الماضية» −1,
 *       «غدا/الغد» +1 (future), each after optional lead words («مساء أمس»);</li>
 *   <li>«قبل/منذ + مدة» (−), «الأسبوع الماضي» (−7, WEEK), «هذا الأسبوع» (0, WEEK),
 *       «الأسبوع المقبل» (+7, future);</li>
 *   <li>anchored to another event, never to the publication date: «قبل/بعد + مدة + من/على»,
 *       «بعد + مدة» alone (in reports it narrates «two days later»), «غداة» +1, «عشية» −1,
 *       «اليوم التالي» +1, «اليوم السابق» −1, «اليوم ذاته/نفسه», «ذات اليوم», «نفس اليوم» 0 (the day of the event told
 *       before, not the publication day), «بعد ساعات» 0 (hours later: the same day).</li>
 * </ul>
 * Only whole words are read, so «اليومين» and «اليومية» are not «اليوم».
 */
final class RelativeRules {

    private static final Map<String, Integer> NUMBER_WORDS = Map.of(
            "ثلاثه", 3, "اربعه", 4, "خمسه", 5, "سته", 6, "سبعه", 7,
            "ثمانيه", 8, "تسعه", 9, "عشره", 10);
    private static final Set<String> DAYS = Set.of("ايام", "يوما", "يوم");
    private static final Set<String> WEEKS = Set.of("اسابيع", "اسبوعا", "اسبوع");
    private static final Set<String> MONTHS = Set.of("اشهر", "شهور", "شهرا", "شهر");
    /** «ساعات», «دقائق»: a stretch shorter than a day, which leaves the event on the same day. */
    private static final Set<String> HOURS = Set.of("ساعه", "ساعات", "ساعتين", "ساعتان", "دقائق", "دقيقه", "دقيقتين");
    /** «بضع ساعات», «ثلاث ساعات»: counts before the feminine «ساعات». */
    private static final Set<String> HOUR_COUNTS = Set.of("بضع", "بضعه", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر");
    /** «ذاته», «نفسه»: «اليوم ذاته» is the day just told. */
    private static final Set<String> SAME = Set.of("ذاته", "نفسه");

    /** A stretch of time («يومين», «ثلاثة أسابيع») and the index just after it. */
    private record Duration(Period period, TimePrecision precision, int end) {
    }

    private final TokenView v;

    RelativeRules(TokenView v) {
        this.v = v;
    }

    /** The longest relative rule matching at i, or null. */
    RuleMatch at(int i) {
        return RuleMatch.longest(weekday(i), words(i));
    }

    RuleMatch weekday(int i) {
        int j = skipLeads(i);
        boolean today = v.is(j, "اليوم") && v.weekday(j + 1) != null;
        j = today ? j + 1 : j;
        DayOfWeek day = v.weekday(j);
        if (day == null || (day == DayOfWeek.MONDAY && v.is(j - 1, "كلا"))) {
            return null;    // «كلا الاثنين» is «both», not Monday
        }
        j++;
        int k = v.mark(j, '-') || v.is(j, "الي") || v.is(j, "علي") ? j + 1 : j;
        if (v.weekday(k) == day.plus(1)) {
            j = k + 1;
        }
        if (v.is(j, CalendarRules.PAST)) {
            return new RuleMatch(i, j + 1, new DateExpression.Weekday(day, DateExpression.Relation.PAST));
        }
        if (v.is(j, CalendarRules.NEXT)) {
            return new RuleMatch(i, j + 1, new DateExpression.Weekday(day, DateExpression.Relation.NEXT));
        }
        return new RuleMatch(i, j, new DateExpression.Weekday(day,
                today ? DateExpression.Relation.TODAY : DateExpression.Relation.NEAREST));
    }

    RuleMatch words(int i) {
        int j = skipLeads(i);
        if (v.is(j, "امس") || v.is(j, "الامس")) {
            // «أمس الأول» is the day before yesterday, like «أول أمس»
            return v.is(j + 1, "الاول") ? days(i, j + 2, -2) : days(i, j + 1, -1);
        }
        if (v.is(j, "اول")) {
            int k = v.is(j + 1, "من") ? j + 2 : j + 1;
            return v.is(k, "امس") ? days(i, k + 1, -2) : null;
        }
        if (v.is(j, "اليوم")) {
            // «في ذات اليوم», «نفس اليوم», «ذلك اليوم»: read from «اليوم», as «ذات» and «نفس» are too common to start a date
            boolean same = v.is(j + 1, SAME) || j == i && (v.is(i - 1, "ذات") || v.is(i - 1, "نفس") || v.is(i - 1, "ذلك"));
            return v.is(j + 1, "التالي") ? event(i, j + 2, 1)
                    : v.is(j + 1, "السابق") ? event(i, j + 2, -1)
                    : same ? event(i, v.is(j + 1, SAME) ? j + 2 : j + 1, 0)
                    : days(i, j + 1, 0);
        }
        if (v.is(j, "الليله")) {
            return v.is(j + 1, CalendarRules.PAST) ? days(i, j + 2, -1) : days(i, j + 1, 0);
        }
        if (v.is(j, "غدا") || v.is(j, "الغد") || (j > i && v.is(j, "غد"))) {
            return days(i, j + 1, 1);
        }
        if (j > i) {
            return null;    // a lead word alone («مساء») is a time of day, not a date
        }
        if (v.is(i, "غداه")) {
            return event(i, i + 1, 1);
        }
        if (v.is(i, "عشيه")) {
            return event(i, i + 1, -1);
        }
        return v.is(i, "قبل") || v.is(i, "منذ") || v.is(i, "بعد") ? shift(i) : week(i);
    }

    private RuleMatch shift(int i) {
        Duration d = duration(i + 1);
        if (d == null) {
            return null;
        }
        // «منذ» counts back from now even before «من» («منذ يومين من القتال»: fighting for two days)
        boolean anchored = !v.is(i, "منذ") && (v.is(d.end, "من") || v.is(d.end, "علي"));
        boolean after = v.is(i, "بعد");
        if (anchored || after) {
            if (d.precision == TimePrecision.MONTH) {
                return null;    // «بعد شهرين من»: too vague to place against another event
            }
            if (anchored && d.period.isZero()) {
                return null;    // «بعد ساعتين من الاختطاف»: the event it names, the same day; nothing to shift
            }
            int days = d.period.getDays() * (after ? 1 : -1);
            return event(i, anchored ? d.end + 1 : d.end, days);
        }
        return new RuleMatch(i, d.end, new DateExpression.Relative(d.period.negated(), d.precision));
    }

    private Duration duration(int j) {
        boolean counted = v.number(j) > 0 || v.is(j, HOUR_COUNTS) || v.is(j, NUMBER_WORDS.keySet());
        if (v.is(j, HOURS) || counted && v.is(j + 1, HOURS)) {
            // «بعد ساعات», «بعد ثلاث ساعات», «بعد بضع ساعات»: later the same day
            return new Duration(Period.ZERO, TimePrecision.DAY, v.is(j, HOURS) ? j + 1 : j + 2);
        }
        if (v.is(j, "يوم")) {
            return new Duration(Period.ofDays(1), TimePrecision.DAY, j + 1);
        }
        if (v.is(j, "يومين")) {
            return new Duration(Period.ofDays(2), TimePrecision.DAY, j + 1);
        }
        if (v.is(j, "اسبوع") || v.is(j, "اسبوعين")) {
            return new Duration(Period.ofDays(v.is(j, "اسبوع") ? 7 : 14), TimePrecision.WEEK, j + 1);
        }
        if (v.is(j, "شهر") || v.is(j, "شهرين")) {
            return new Duration(Period.ofMonths(v.is(j, "شهر") ? 1 : 2), TimePrecision.MONTH, j + 1);
        }
        int count = v.number(j);
        for (Map.Entry<String, Integer> w : NUMBER_WORDS.entrySet()) {
            count = v.is(j, w.getKey()) ? w.getValue() : count;
        }
        if (count < 1 || count > 400) {
            return null;    // «قبل أيام» with no number is too vague to place
        }
        if (v.is(j + 1, DAYS)) {
            return new Duration(Period.ofDays(count), TimePrecision.DAY, j + 2);
        }
        if (v.is(j + 1, WEEKS)) {
            return new Duration(Period.ofDays(7 * count), TimePrecision.WEEK, j + 2);
        }
        return v.is(j + 1, MONTHS) ? new Duration(Period.ofMonths(count), TimePrecision.MONTH, j + 2) : null;
    }

    private RuleMatch week(int i) {
        if (v.is(i, "هذا") && v.is(i + 1, "الاسبوع")) {
            return days(i, i + 2, 0, TimePrecision.WEEK);
        }
        if (!v.is(i, "الاسبوع")) {
            return null;
        }
        if (v.is(i + 1, CalendarRules.PAST)) {
            return days(i, i + 2, -7, TimePrecision.WEEK);
        }
        if (v.is(i + 1, CalendarRules.CURRENT)) {
            return days(i, i + 2, 0, TimePrecision.WEEK);
        }
        return v.is(i + 1, CalendarRules.NEXT) ? days(i, i + 2, 7, TimePrecision.WEEK) : null;
    }

    private int skipLeads(int i) {
        int j = i;
        while (j < i + 2 && v.isLead(j)) {
            j++;    // «صباح يوم الخميس»: at most two lead words
        }
        return j;
    }

    private static RuleMatch days(int from, int to, int days) {
        return days(from, to, days, TimePrecision.DAY);
    }

    private static RuleMatch days(int from, int to, int days, TimePrecision precision) {
        return new RuleMatch(from, to, new DateExpression.Relative(Period.ofDays(days), precision));
    }

    private static RuleMatch event(int from, int to, int days) {
        return new RuleMatch(from, to, new DateExpression.EventRelative(days));
    }
}
