package org.rasad.core.text;

/**
 * How exactly a date is known, with ACLED's {@code time_precision} code: 1 the day is known,
 * 2 only the week (or a few days around the date), 3 only the month.
 */
public enum TimePrecision {
    DAY(1),
    WEEK(2),
    MONTH(3);

    private final int acledCode;

    TimePrecision(int acledCode) {
        this.acledCode = acledCode;
    }

    public int acledCode() {
        return acledCode;
    }
}
