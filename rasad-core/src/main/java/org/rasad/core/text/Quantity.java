package org.rasad.core.text;

import java.util.Objects;

/**
 * One quantity found in a normalised text.
 *
 * @param span       the whole expression, qualifier words included (and the counted noun when a
 *                   trailing qualifier follows it: «5 جنود على الأقل»); a proclitic on the first
 *                   word («ونحو», «وثلاثة») is left out
 * @param numberSpan only the number, dual noun or vague words
 * @param value      the figure, or null exactly when {@code vagueness != NONE}
 * @param vagueness  {@link Vagueness#NONE} for a real figure
 * @param qualifier  the hedge, {@link Qualifier#EXACT} when there is none
 * @param dual       true when the figure 2 comes from a dual noun («جنديين»)
 */
public record Quantity(Span span, Span numberSpan, Long value, Vagueness vagueness, Qualifier qualifier,
                       boolean dual) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(numberSpan, "numberSpan");
        Objects.requireNonNull(vagueness, "vagueness");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!span.contains(numberSpan) || numberSpan.length() == 0) {
            throw new IllegalArgumentException("numberSpan " + numberSpan + " must be non-empty and inside span "
                    + span);
        }
        if ((value == null) != (vagueness != Vagueness.NONE)) {
            throw new IllegalArgumentException("value must be null exactly when the quantity is vague: value="
                    + value + " vagueness=" + vagueness);
        }
        if (value != null && value < 0) {
            throw new IllegalArgumentException("negative quantity " + value);
        }
        if (dual && !Long.valueOf(2).equals(value)) {
            throw new IllegalArgumentException("a dual noun counts exactly 2, got value=" + value);
        }
    }

    public boolean isVague() {
        return vagueness != Vagueness.NONE;
    }
}
