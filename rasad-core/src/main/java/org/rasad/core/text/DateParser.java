package org.rasad.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds date and time expressions in a normalised Arabic text ({@link Normalizer#normalize}).
 *
 * <p>Reads: explicit dates in every regional series of month names («24 يناير 2022»,
 * «28 كانون الثاني/يناير 2022», «14 جوان 2019», «3 شتنبر»), digits («2023/08/16», «16-8-2023»),
 * Hijri dates («12 رجب 1444 هـ»), days of a month without a year («18 يناير الجاري», «في 3
 * مارس»), months and parts of months («مارس الماضي», «منتصف مارس»), weekdays («الخميس»,
 * «الخميس الماضي», «الأربعاء المقبل»), words relative to the publication date («أمس»,
 * «أول أمس», «اليوم», «قبل ثلاثة أيام», «الأسبوع الماضي») and words relative to another event
 * («بعد يومين من», «غداة», «عشية»). See {@link CalendarRules} and {@link RelativeRules} for the
 * exact rules and {@code calendar.tsv} for the names.
 *
 * <p>Deliberately not dates: times («09:41», «مساء» alone), a lone year («عام 2011»: no event
 * can be placed on a year, so no mention is returned), vague spans («قبل أيام»), impossible days
 * («31 فبراير»), and dates used as names («ثورة 17 فبراير», «شارع 26 يوليو»).
 *
 * <p>Scanning is greedy from left to right: at each token the longest matching rule wins and
 * scanning resumes after it, so mentions are sorted and never overlap. Every rule looks ahead a
 * bounded number of tokens, so time is linear in the text. Stateless and thread-safe.
 */
public final class DateParser {

    /**
     * The words, besides numbers, month names, weekdays and lead words («صباح», «مساء»), that a rule of
     * {@link CalendarRules} or {@link RelativeRules} can begin with. A rule that begins with a new word
     * must add it here, or the parser never tries it (DateParserTest covers every rule).
     */
    static final Set<String> START_WORDS = withOrdinals(Set.of(
            // CalendarRules: «يوم 24 …», «الـ24 من …», parts of months, «الشهر الماضي», «هذا الشهر», «شهر مارس»
            "يوم", "ال", "اوائل", "مطلع", "بدايه", "منتصف", "اواسط", "اواخر", "نهايه", "الشهر", "هذا", "شهر",
            // RelativeRules: «أمس», «أول أمس», «اليوم», «الليلة», «غدا», «غداة», «عشية», «قبل/منذ/بعد …»,
            // «الأسبوع الماضي»
            "امس", "الامس", "اول", "اليوم", "الليله", "غدا", "الغد", "غد", "غداه", "عشيه", "قبل", "منذ", "بعد",
            "الاسبوع"));

    /** CalendarRules' ordinal days («الثالث من تموز») begin with their own words. */
    private static Set<String> withOrdinals(Set<String> words) {
        Set<String> all = new HashSet<>(words);
        all.addAll(CalendarRules.ORDINAL_DAYS.keySet());
        return Set.copyOf(all);
    }

    private static final DateParser INSTANCE = new DateParser(CalendarTables.bundled());

    private final CalendarTables tables;

    private DateParser(CalendarTables tables) {
        this.tables = tables;
    }

    public static DateParser instance() {
        return INSTANCE;
    }

    /** The date mentions of a normalised text, sorted and non-overlapping; never null. */
    public List<DateMention> find(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return List.of();
        }
        TokenView tokens = new TokenView(DateTokens.tokenize(normalized), tables);
        CalendarRules calendar = new CalendarRules(tokens);
        RelativeRules relative = new RelativeRules(tokens);
        List<DateMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.mayStartDate(i)) {
                i++;
                continue;
            }
            RuleMatch match = RuleMatch.longest(calendar.at(i), withDate(relative.at(i), calendar, tokens));
            if (match == null) {
                i++;
                continue;
            }
            if (match.expression() != null) {
                mentions.add(new DateMention(tokens.span(match.from(), match.to()), match.expression()));
            }
            i = match.to();
        }
        return List.copyOf(mentions);
    }

    /**
     * A weekday followed by a full or partial date («الجمعة 28 يناير 2022», «الخميس الموافق
     * 27 يناير») is one mention whose meaning is the date: the date is the stronger evidence.
     */
    private static RuleMatch withDate(RuleMatch relative, CalendarRules calendar, TokenView v) {
        if (relative == null || !(relative.expression() instanceof DateExpression.Weekday)) {
            return relative;
        }
        int k = relative.to();
        k = v.mark(k, ',') ? k + 1 : k;
        k = v.is(k, "الموافق") ? k + 1 : k;
        RuleMatch date = RuleMatch.longest(calendar.numeric(k), calendar.dayMonth(k));
        if (date == null || date.expression() == null) {
            return relative;
        }
        return new RuleMatch(relative.from(), date.to(), date.expression());
    }
}
