package org.rasad.core.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a date mention means, before it is resolved against a reference (publication) date.
 * Every variant is an immutable record; {@link #resolve} is a pure function of the reference.
 */
public sealed interface DateExpression {

    /** Empty when a reference is needed and missing, or when the date does not exist. */
    Optional<ResolvedDate> resolve(LocalDate reference);

    default OptionalInt eventOffsetDays() {
        return OptionalInt.empty();
    }

    default boolean isFuture() {
        return false;
    }

    /** How a day or month without a year relates to the reference. */
    enum Relation {
        /** No hint: the latest one not more than {@link #GRACE_DAYS} after the reference. */
        NEAREST,
        /** «الماضي، المنصرم، الفائت»: strictly before the reference (day) or its month (month). */
        PAST,
        /** «الجاري، الحالي»: in the reference's month or year. */
        CURRENT,
        /** «المقبل، القادم»: strictly after the reference; a future mention. */
        NEXT,
        /**
         * «اليوم الجمعة»: the day the article speaks, named. When the article's date is a day off (it came out
         * after midnight, or its date is the web page's), the nearest such weekday, not the one a week back.
         */
        TODAY
    }

    /** Part of a month and the representative day chosen for it. */
    enum Part {
        WHOLE(1), EARLY(5), MIDDLE(15), LATE(25);

        final int day;

        Part(int day) {
            this.day = day;
        }
    }

    /**
     * A written date without a year may lie a little after the publication date (the article
     * was dated late, or announces an event days ahead); beyond this it means last year's date.
     */
    int GRACE_DAYS = 7;

    /** A full date: «24 يناير 2022», «2023/08/16», «12 رجب 1444 هـ». Needs no reference. */
    record Absolute(LocalDate date) implements DateExpression {
        public Absolute {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            return Optional.of(new ResolvedDate(date, TimePrecision.DAY));
        }
    }

    /** A day and month without a year: «في 3 مارس», «18 يناير الجاري», «5 مايو الماضي». */
    record DayOfMonth(Month month, int day, Relation relation) implements DateExpression {
        public DayOfMonth {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(relation, "relation");
            if (day < 1 || day > month.maxLength()) {
                throw new IllegalArgumentException("day " + day + " outside " + month);
            }
        }

        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            if (reference == null) {
                return Optional.empty();
            }
            int year = reference.getYear();
            year = switch (relation) {
                case CURRENT, TODAY -> year;
                case NEAREST -> on(year).isAfter(reference.plusDays(GRACE_DAYS)) ? year - 1 : year;
                case PAST -> on(year).isBefore(reference) ? year : year - 1;
                case NEXT -> on(year).isAfter(reference) ? year : year + 1;
            };
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                return Optional.empty();    // 29 February in a common year
            }
            return Optional.of(new ResolvedDate(LocalDate.of(year, month, day), TimePrecision.DAY));
        }

        /** The date in a given year, clamped so that 29 February compares sensibly. */
        private LocalDate on(int year) {
            return YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        }

        @Override
        public boolean isFuture() {
            return relation == Relation.NEXT;
        }

        private static LocalDate nearest(LocalDate reference, DayOfWeek day) {
            LocalDate before = reference.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = reference.with(TemporalAdjusters.nextOrSame(day));
            return ChronoUnit.DAYS.between(reference, after) < ChronoUnit.DAYS.between(before, reference) ? after : before;
        }
    }

    /** A month, perhaps a part of it: «مارس 2019», «في مارس الماضي», «منتصف مارس». */
    record MonthOf(Month month, int year, Relation relation, Part part) implements DateExpression {
        /** {@code year} is 0 when the text gives none. */
        public MonthOf {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(part, "part");
        }

        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            if (year > 0) {
                return Optional.of(at(YearMonth.of(year, month), part));
            }
            if (reference == null) {
                return Optional.empty();
            }
            YearMonth current = YearMonth.from(reference);
            YearMonth candidate = YearMonth.of(reference.getYear(), month);
            candidate = switch (relation) {
                case CURRENT, TODAY -> candidate;
                case NEAREST -> candidate.atDay(part.day).isAfter(reference.plusDays(GRACE_DAYS))
                        ? candidate.minusYears(1) : candidate;
                case PAST -> candidate.isBefore(current) ? candidate : candidate.minusYears(1);
                case NEXT -> candidate.isAfter(current) ? candidate : candidate.plusYears(1);
            };
            return Optional.of(at(candidate, part));
        }

        @Override
        public boolean isFuture() {
            return relation == Relation.NEXT;
        }

        private static LocalDate nearest(LocalDate reference, DayOfWeek day) {
            LocalDate before = reference.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = reference.with(TemporalAdjusters.nextOrSame(day));
            return ChronoUnit.DAYS.between(reference, after) < ChronoUnit.DAYS.between(before, reference) ? after : before;
        }
    }

    /** «يوم 12 من الشهر الجاري» (0), «في 28 من الشهر الماضي» (−1): a day of a month named by its distance. */
    record DayOfRelativeMonth(int months, int day) implements DateExpression {
        public DayOfRelativeMonth {
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("day " + day);
            }
        }

        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            if (reference == null) {
                return Optional.empty();
            }
            YearMonth month = YearMonth.from(reference).plusMonths(months);
            return day > month.lengthOfMonth() ? Optional.empty()
                    : Optional.of(new ResolvedDate(month.atDay(day), TimePrecision.DAY));
        }

        @Override
        public boolean isFuture() {
            return months > 0;
        }
    }

    /** «الشهر الماضي» (−1), «الشهر الجاري» (0), «مطلع الشهر المقبل» (+1). */
    record RelativeMonth(int months, Part part) implements DateExpression {
        public RelativeMonth {
            Objects.requireNonNull(part, "part");
        }

        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            return reference == null ? Optional.empty()
                    : Optional.of(at(YearMonth.from(reference).plusMonths(months), part));
        }

        @Override
        public boolean isFuture() {
            return months > 0;
        }
    }

    /** «الخميس» (on or before the reference), «الخميس الماضي» (strictly before), «المقبل». */
    record Weekday(DayOfWeek day, Relation relation) implements DateExpression {
        public Weekday {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(relation, "relation");
        }

        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            if (reference == null) {
                return Optional.empty();
            }
            LocalDate date = switch (relation) {
                case NEAREST, CURRENT -> reference.with(TemporalAdjusters.previousOrSame(day));
                case TODAY -> nearest(reference, day);
                case PAST -> reference.with(TemporalAdjusters.previous(day));
                case NEXT -> reference.with(TemporalAdjusters.next(day));
            };
            return Optional.of(new ResolvedDate(date, TimePrecision.DAY));
        }

        @Override
        public boolean isFuture() {
            return relation == Relation.NEXT;
        }

        private static LocalDate nearest(LocalDate reference, DayOfWeek day) {
            LocalDate before = reference.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = reference.with(TemporalAdjusters.nextOrSame(day));
            return ChronoUnit.DAYS.between(reference, after) < ChronoUnit.DAYS.between(before, reference) ? after : before;
        }
    }

    /** A shift from the publication date: «أمس» (−1 day), «قبل أسبوع» (−7, WEEK), «غدا» (+1). */
    record Relative(Period shift, TimePrecision precision) implements DateExpression {
        public Relative {
            Objects.requireNonNull(shift, "shift");
            Objects.requireNonNull(precision, "precision");
        }

        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            return reference == null ? Optional.empty()
                    : Optional.of(new ResolvedDate(reference.plus(shift), precision));
        }

        @Override
        public boolean isFuture() {
            return shift.getDays() > 0 || shift.toTotalMonths() > 0;
        }
    }

    /**
     * A shift from another event named in the sentence («بعد يومين من الهجوم», «غداة»): it
     * cannot be resolved from the publication date, so {@link #resolve} is always empty.
     */
    record EventRelative(int days) implements DateExpression {
        @Override
        public Optional<ResolvedDate> resolve(LocalDate reference) {
            return Optional.empty();
        }

        @Override
        public OptionalInt eventOffsetDays() {
            return OptionalInt.of(days);
        }
    }

    private static ResolvedDate at(YearMonth month, Part part) {
        return new ResolvedDate(month.atDay(part.day),
                part == Part.WHOLE ? TimePrecision.MONTH : TimePrecision.WEEK);
    }
}
