package org.rasad.core.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.text.Quantity;
import org.rasad.core.text.ResolvedDate;
import org.rasad.core.text.TimePrecision;

/**
 * The dates of a clause: which one is the event's and which the statement's, whether the clause gives a
 * day at all, and whether what it tells is too old to be the article's news.
 */
final class ClauseDates {

    private ClauseDates() {
    }

    static final LocalDate ANY_REFERENCE = LocalDate.of(2020, 6, 15);

    static final LocalDate OTHER_REFERENCE = LocalDate.of(2023, 11, 2);

    /** Incidents this much older than the article are its background («منذ اتفاق مارس 2020»), not its news. */
    static final int HISTORY_DAYS = 60;

    record DateChoice(ResolvedDate resolved, boolean statement, boolean future) {
    }

    static DateChoice date(Annotations a, int from, int to) {
        return date(a, from, to, a.reference);
    }

    static DateChoice date(Annotations a, int from, int to, LocalDate reference) {
        ResolvedDate statement = null;
        for (Annotations.DateRef d : a.dates) {
            if (d.start() < from || d.end() > to || d.mention().eventOffsetDays().isPresent()) {
                continue;
            }
            if (d.mention().isFuture()) {
                return new DateChoice(null, false, true);
            }
            Optional<ResolvedDate> r = d.mention().resolve(reference);
            if (r.isEmpty()) {
                continue;
            }
            if (isStatementDate(a, from, d.start(), d.end(), to)) {
                if (statement == null) {
                    statement = r.get();
                }
            } else if (statement != null && (d.start() > from && a.ix.word(d.start() - 1).equals("منذ")
                    || a.ix.word(d.start()).equals("منذ"))) {
                // «أعلن الجيش، الخميس، استعادة السيطرة على بارا … التي ظلت تسيطر على المدينة منذ يوليو الماضي», «معارك
                // استمرت منذ ساعات الصباح الأولى»: the start of what went on before; the day of the announcement is the
                // nearest to the event
                continue;
            } else {
                return new DateChoice(r.get(), false, false);
            }
        }
        return new DateChoice(statement, statement != null, false);
    }

    static final Set<String> COMPLEMENTIZERS = WordLists.of("COMPLEMENTIZERS");

    /**
     * How far after a verb of saying its day may come: the speaker's name may run long («أعلنت وزارة الصحة في حكومة
     * جماعة الحوثيين، غير المعترف بها دوليا، اليوم السبت»); an event word or «أن» in between ends the search.
     */
    private static final int STATEMENT_REACH = 15;

    /**
     * The day of a statement, not of the event: a date after a verb of saying and before what was
     * said («أعلنت وزارة الداخلية الخميس مقتل …», «وأكد الجيش، في وقت سابق الخميس، أن …»), or right
     * before one («والخميس الماضي، أعلنت …»), with no event word in between.
     */
    /** At most this many words of place before a dateline's date. */
    private static final int DATELINE_PLACE_WORDS = 3;

    static boolean isStatementDate(Annotations a, int from, int date, int dateEnd, int to) {
        if (date - from <= DATELINE_PLACE_WORDS && dateEnd < to && ClauseSignals.DASHES.contains(a.ix.word(dateEnd))) {
            return true;  // «الدلنج 2 فبراير 2026 — قتل 9 مدنيين، الأحد، …»: the dateline's day is when the news was filed
        }
        for (int j = dateEnd; j < Math.min(to, dateEnd + 2); j++) {
            if (a.has(j, Cue.SPEECH)) {
                return true;
            }
        }
        for (int j = date - 1; j >= Math.max(from, date - STATEMENT_REACH); j--) {
            if (a.cueHead[j] && (a.has(j, Cue.KILLED) || a.cues.get(j).stream().anyMatch(Cue::isTrigger))
                    || COMPLEMENTIZERS.contains(a.ix.word(j))) {
                return false;  // after «أن»/«إنه» the content of the statement begins: its dates are the event's
            }
            if (a.has(j, Cue.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDateWords(Annotations a, int from, int to) {
        for (Annotations.DateRef d : a.dates) {
            if (d.start() >= from && d.end() <= to && !d.mention().isFuture()) {
                return true;
            }
        }
        return false;
    }

    /** A day-level date phrase («أمس», «الخميس», «3 مارس»), whether or not the article's date lets it resolve. */
    static boolean hasDayWords(Annotations a, int from, int to) {
        LocalDate reference = a.reference != null ? a.reference : ANY_REFERENCE;
        for (Annotations.DateRef d : a.dates) {
            if (d.start() >= from && d.end() <= to && !d.mention().isFuture()
                    && d.mention().resolve(reference).map(r -> r.precision() == TimePrecision.DAY).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence that speaks of aggregates or history still tells one incident: it gives the day of an event
     * («قتل 3 أمس … منذ بداية العام»), not only of the statement or report that speaks («في تقرير نشر اليوم الثلاثاء»),
     * and names no day long past («تحل اليوم الذكرى … فجر الثالث من تموز 2016»).
     */
    static boolean hasEventDay(Annotations a, int from, int to) {
        boolean day = false;
        for (Annotations.DateRef d : a.dates) {
            if (d.start() < from || d.end() > to || d.mention().isFuture()) {
                continue;
            }
            Optional<ResolvedDate> r = d.mention().resolve(a.reference != null ? a.reference : ANY_REFERENCE);
            if (r.isEmpty()) {
                continue;
            }
            if (isHistory(a, r.get())) {
                if (day && r.get().precision().acledCode() != 1 && saysLast(a, d)) {
                    // «نفذ العمال أمس اعتصاما … لتفعيل قرار صدر العام الماضي»: a past year or month after the day told
                    // describes something else; a past day («فجر 21 آب 2013») makes the clause history
                    continue;
                }
                return false;
            }
            day |= r.get().precision().acledCode() == 1 && !(d.start() > from && a.ix.word(d.start() - 1).equals("منذ"))
                    && !isStatementDate(a, from, d.start(), d.end(), to);
        }
        return day;
    }

    /** «الماضي», «منذ»: a period named back from now («العام الماضي», «منذ ثلاثة أشهر»), not by its number («عام 2013»). */
    private static final java.util.Set<String> LAST = WordLists.of("LAST_PERIOD");

    private static boolean saysLast(Annotations a, Annotations.DateRef d) {
        for (int i = d.start(); i < d.end(); i++) {
            if (LAST.contains(a.ix.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** How old an incident told in the pluperfect must be to be recalled, not reported. */
    private static final int RECALLED_DAYS = 14;

    /**
     * «وكانت القوات نفسها قد اجتاحت مخيم زمزم في 13 أبريل الماضي»: the pluperfect at the head of the clause, with a
     * date weeks before the article, recalls an incident the paper reported then; news of a few days ago told the
     * same way («وكان مسلحون قد هاجموا الأحد الماضي») stays news.
     */
    static boolean isRecalled(Annotations a, int from, int to, ResolvedDate resolved) {
        if (resolved == null || a.reference == null || !resolved.date().isBefore(a.reference.minusDays(RECALLED_DAYS))) {
            return false;
        }
        for (int i = from; i < Math.min(to, from + PLUPERFECT_REACH); i++) {
            if (isPluperfectQad(a, i, from)) {
                return true;
            }
        }
        return false;
    }

    /** How far into the clause the «قد» of its pluperfect may stand. */
    private static final int PLUPERFECT_REACH = 10;

    /** «وكانت القوات قد …», «وكانت حصيلة أولية قد أشارت»: «قد» at {@code i} with «كان» at most four words before it. */
    static boolean isPluperfectQad(Annotations a, int i, int from) {
        if (!a.ix.word(i).equals("قد")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(from, i - 4); j--) {
            if (a.ix.bare(j).startsWith("كان")) {
                return true;
            }
        }
        return false;
    }

    static boolean isHistory(Annotations a, ResolvedDate resolved) {
        return resolved != null && a.reference != null && resolved.date().isBefore(a.reference.minusDays(HISTORY_DAYS));
    }

    /** Decades and centuries («تسعينات», «القرن»), with and without the article and «ال». */
    private static final Set<String> ERAS = WordLists.of("ERAS");

    /** Words before a bare year («عام 2005», «سنة 1996», «في 2001»). */
    static final Set<String> YEAR_WORDS = WordLists.of("YEAR_WORDS");

    /**
     * «مقتل 24 مدنيا برصاص جنود في حديثة عام 2005», «وقتل أخوها بالرصاص في 1996»: a clause dated by its year (or its
     * decade, «في تسعينات القرن الماضي») alone
     * tells history. News dates what it reports by the day or the month («أمس», «الخميس», «3 مارس»); a year and
     * nothing else is how it recalls the past, whether or not the article's own date is known.
     */
    static boolean isYearOnly(Annotations a, int from, int to, int trigger) {
        if (hasDateWords(a, from, to)) {  // «في يناير عام 2006», «أمس»: the clause has a date of its own
            return overAWholeYear(a, from, to, trigger);
        }
        for (int j = Math.max(from, 1); j < to; j++) {
            String w = a.ix.word(j);
            if (a.ix.formIn(j, ERAS) && !inRelativeClauseAfter(a, trigger, j)) {
                return true;  // «في تسعينات القرن الماضي»: a decade or a century is history too
            }
            if ((isYearNumber(w) || isYearInWords(a, j)) && YEAR_WORDS.contains(a.ix.bare(j - 1))
                    && !insideDate(a, j) && !inRelativeClauseAfter(a, trigger, j)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERIOD_WORDS = WordLists.of("PERIOD_WORDS");

    /**
     * «سجلت نحو 480 حادثة عنف خلال 2024، … وتجاوز عدد القتلى 1500», «طوال عام 2023»: what is counted over a whole
     * year is a tally, whatever day the report that counts it came out.
     */
    private static boolean overAWholeYear(Annotations a, int from, int to, int trigger) {
        for (int j = Math.max(from, 1); j < to; j++) {
            if (isYearNumber(a.ix.word(j)) && !inRelativeClauseAfter(a, trigger, j)) {
                int before = j - 1;
                String w = a.ix.bare(before);
                if ((w.equals("عام") || w.equals("العام")) && before > from) {
                    w = a.ix.bare(--before);
                }
                if (PERIOD_WORDS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** «عام ألف وتسعمئة وخمسة وتسعين»: a year written out in words. */
    private static boolean isYearInWords(Annotations a, int j) {
        Quantity q = a.quantity[j];
        return q != null && q.value() != null && !q.dual() && isYearValue(q.value()) && !Character.isDigit(a.ix.word(j).charAt(0));
    }

    private static boolean isYearNumber(String w) {
        return w.length() == 4 && w.chars().allMatch(c -> c >= '0' && c <= '9') && isYearValue(Integer.parseInt(w));
    }

    /** A number that may be a year of modern news rather than a count. */
    static boolean isYearValue(long v) {
        return v >= 1900 && v <= 2100;
    }

    /** «… ساماك، الذي أطاحه انقلاب عام 2006»: a relative clause after the event word tells of someone else's past. */
    private static boolean inRelativeClauseAfter(Annotations a, int trigger, int token) {
        for (int j = trigger + 1; j < token; j++) {
            if (EventReference.RELATIVE_PRONOUNS.contains(a.ix.bare(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideDate(Annotations a, int token) {
        for (Annotations.DateRef d : a.dates) {
            if (d.start() <= token && token < d.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * In an article with no date of its own, «قبل شهرين», «قبل أكثر من عام», «الشهر الماضي» still say how
     * long ago the event was: a date that moves with the reference is relative, and its age is known.
     */
    static boolean isOldRelative(Annotations a, int from, int to) {
        if (a.reference != null) {
            return false;  // isHistory has judged the resolved date
        }
        for (Annotations.DateRef d : a.dates) {
            if (d.start() < from || d.end() > to || d.mention().isFuture()) {
                continue;
            }
            // resolved against two references far apart in the year: the same age under both means a
            // date counted back from the article («قبل شهرين»), not a day of the calendar («11 مارس»)
            Optional<ResolvedDate> one = d.mention().resolve(ANY_REFERENCE);
            Optional<ResolvedDate> two = d.mention().resolve(OTHER_REFERENCE);
            if (one.isPresent() && two.isPresent()) {
                long age = ChronoUnit.DAYS.between(one.get().date(), ANY_REFERENCE);
                long ageTwo = ChronoUnit.DAYS.between(two.get().date(), OTHER_REFERENCE);
                if (Math.abs(age - ageTwo) <= 3 && age > HISTORY_DAYS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * «تطارد عناصر الجماعة منذ ديسمبر الماضي عندما هاجموا نقطة حدودية»: the incident is the start of
     * something that has gone on since, told as background.
     */
    static boolean isSinceWhen(Annotations a, int from, int to) {
        for (Annotations.DateRef d : a.dates) {
            if (d.start() > from && d.end() <= to && a.ix.word(d.start() - 1).equals("منذ")) {
                for (int j = d.end(); j < Math.min(to, d.end() + 2); j++) {
                    String w = a.ix.bare(j);
                    if (w.equals("عندما") || w.equals("حين") || w.equals("حينما")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Days back from the article past which «منذ» and a date open a period, rather than say when an ongoing incident
     * began («احتجزوا أربعة من الشرطة رهائن منذ مساء أول من أمس»).
     */
    private static final int SINCE_DAYS = 7;

    /**
     * «وتدور معارك متقطعة في المنطقة منذ سيطرة الفصائل على منبج في 9 ديسمبر», «قتل 300 شخص منذ مطلع الشهر»: a clause
     * whose only date is the start of a period told with «منذ» speaks of the fighting or the toll of the whole period,
     * not of one incident. «منذ أمس», «منذ صباح اليوم» still say when.
     */
    static boolean isPeriodSince(Annotations a, int from, int to) {
        boolean since = false;
        LocalDate reference = a.reference != null ? a.reference : ANY_REFERENCE;
        for (Annotations.DateRef d : a.dates) {
            if (d.start() < from || d.end() > to) {
                continue;
            }
            Optional<ResolvedDate> r = d.mention().resolve(reference);
            // «وثق المكتب خلال حزيران الماضي 42 عملية اغتيال»: a month to count over, whatever its age
            boolean during = d.start() > from && a.ix.bare(d.start() - 1).equals("خلال")
                    && r.isPresent() && r.get().precision() == TimePrecision.MONTH;
            if (!during && !since(a, d.start(), from)) {
                return false;  // a date of its own says when the incident was
            }
            since |= during || r.isPresent() && ChronoUnit.DAYS.between(r.get().date(), reference) >= SINCE_DAYS;
        }
        return since;
    }

    /** «منذ» before the date, or before the event noun the date belongs to («منذ سيطرة الفصائل … في 9 ديسمبر»). */
    private static boolean since(Annotations a, int dateStart, int from) {
        for (int j = dateStart - 1; j >= Math.max(from, dateStart - 8); j--) {
            String w = a.ix.bare(j);
            if (w.equals("منذ")) {
                return true;
            }
            if (a.ix.isPunctuation(j)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a date of the clause names a day of the week («الأحد», «اليوم السبت»). */
    static boolean namesWeekday(Annotations a, int from, int to) {
        for (Annotations.DateRef d : a.dates) {
            if (d.start() >= from && d.end() <= to
                    && d.mention().expression() instanceof org.rasad.core.text.DateExpression.Weekday) {
                return true;
            }
        }
        return false;
    }
}
