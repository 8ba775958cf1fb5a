package org.rasad.core.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date and how exactly it is known. For week and month precision the date is a
 * representative day (the 5th, 15th or 25th for «أوائل/منتصف/أواخر», the 1st for a whole month).
 */
public record ResolvedDate(LocalDate date, TimePrecision precision) {

    public ResolvedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }
}
