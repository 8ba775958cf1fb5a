package org.rasad.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date or time expression found in a normalised text: where it is, and what it means
 * ({@link DateExpression}, which callers may inspect with a switch over its record types).
 * Immutable and thread-safe.
 */
public record DateMention(Span span, DateExpression expression) {

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(expression, "expression");
    }

    /**
     * Resolves against the reference (publication) date; empty when it needs a reference and
     * reference is null, when it is anchored to another event ({@link #eventOffsetDays()}), or
     * when it cannot be resolved (29 February in a common year). Never throws.
     */
    public Optional<ResolvedDate> resolve(LocalDate reference) {
        try {
            return expression.resolve(reference);
        } catch (DateTimeException | ArithmeticException e) {
            // only near LocalDate.MIN/MAX, far outside any news archive: no date rather than a crash
            return Optional.empty();
        }
    }

    /**
     * For expressions anchored to another event rather than to the publication date
     * («بعد يومين من», «غداة», «عشية», «في اليوم التالي»): the day offset from that event.
     */
    public OptionalInt eventOffsetDays() {
        return expression.eventOffsetDays();
    }

    /** True for «غدا», «الأربعاء المقبل», «الأسبوع القادم»: callers use it to reject planned events. */
    public boolean isFuture() {
        return expression.isFuture();
    }

    /** The words of the mention, quoted from the normalised text it was found in. */
    public String text(String normalized) {
        return span.of(normalized);
    }
}
