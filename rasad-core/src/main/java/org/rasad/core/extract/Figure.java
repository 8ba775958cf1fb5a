package org.rasad.core.extract;

import org.rasad.core.text.Quantity;

/**
 * A casualty figure found in a sentence.
 *
 * @param kind      KILLED or INJURED
 * @param quantity  the number as parsed, or null for a figure implied by a singular noun («مقتل جندي» = 1)
 * @param value     the count, or null when vague
 * @param start     first token of the figure
 * @param end       one past its last token (the counted noun included)
 * @param side      whose dead or wounded they are, or null when the text does not say
 * @param update    the text presents it as a running toll
 */
record Figure(Cue kind, Quantity quantity, Long value, int start, int end, ActorMention side, boolean update) {

    String sideKey() {
        return side == null ? null : side.name();
    }
}
