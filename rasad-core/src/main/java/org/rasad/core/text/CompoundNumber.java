package org.rasad.core.text;

import org.rasad.core.text.NumberWords.Entry;
import org.rasad.core.text.NumberWords.Form;
import org.rasad.core.text.NumberWords.Kind;

/**
 * The value of a number expression being read, part by part, and the rules for which part may
 * come next.
 *
 * <p>Arabic compounds run from the largest part to the smallest, each later part joined by the
 * conjunction «و», except that units come before tens («ثلاثه وعشرين» = 23). Only a part that
 * can continue the expression in that order is accepted, so two figures in a row stay two
 * figures: «بين ثلاثه واربعه» is 3, then 4, never 7. Rules:
 * <ul>
 *   <li>a part begins at the start, or after «و» once a scale or hundred closed the part before;</li>
 *   <li>«عشر» right after a unit makes a teen (11–19); «اثنا/اثني» must be followed by it;</li>
 *   <li>tens join a preceding unit only through «و»;</li>
 *   <li>«مئه» right after a unit 3–9 multiplies it («ثلاث مئه»);</li>
 *   <li>a scale multiplies the group before it (a plural scale needs 3–10 or digits before it);
 *       each scale must be smaller than the previous one; digits may only be followed by a
 *       scale («3 الاف»); «ونصف» right after a scale adds half of it, and ends the expression.</li>
 * </ul>
 * Mutable, one instance per reading; arithmetic overflow throws {@link ArithmeticException}.
 */
final class CompoundNumber {

    private long total;
    private long hundreds;
    private long tensUnits;
    private Long digits;
    private long lastScale = Long.MAX_VALUE;
    private boolean started;
    private boolean unitOnly;
    private boolean teenPending;
    private boolean halved;

    long value() {
        return total + hundreds + tensUnits + (digits == null ? 0 : digits);
    }

    /** False while a teen prefix («اثنا») still waits for its «عشر». */
    boolean isComplete() {
        return !teenPending;
    }

    boolean isStarted() {
        return started;
    }

    boolean isHalved() {
        return halved;
    }

    long lastScale() {
        return lastScale;
    }

    boolean accept(Entry e, boolean conj) {
        if ((teenPending && (e.kind() != Kind.TEN || conj)) || (digits != null && e.kind() != Kind.SCALE)) {
            return false;
        }
        boolean ok = switch (e.kind()) {
            case UNIT, TEEN_PREFIX -> unit(e, conj);
            case TEN -> ten(conj);
            case TENS -> tens(e, conj);
            case HUNDRED -> hundred(e, conj);
            case SCALE -> scale(e, conj);
        };
        started |= ok;
        return ok;
    }

    boolean acceptDigits(long value, boolean conj) {
        if (!startsGroup(conj) || teenPending || (total > 0 && value >= lastScale)) {
            return false;
        }
        digits = value;
        started = true;
        return true;
    }

    /** A fractional figure and the scale word after it: «1.5 مليون». */
    boolean acceptScaled(DigitNumber figure, Entry scale, boolean conj) {
        if (!startsGroup(conj) || teenPending || scale.value() >= lastScale) {
            return false;
        }
        Long v = figure.times(scale.form() == Form.DUAL ? 2 * scale.value() : scale.value());
        if (v == null) {
            return false;
        }
        closeGroup(v, scale.value());
        started = true;
        return true;
    }

    boolean acceptHalf() {
        boolean scaleJustClosed = lastScale != Long.MAX_VALUE && hundreds == 0 && tensUnits == 0 && digits == null;
        if (!scaleJustClosed || halved) {
            return false;
        }
        total = Math.addExact(total, lastScale / 2);
        halved = true;
        return true;
    }

    private boolean unit(Entry e, boolean conj) {
        if (!startsPart(conj)) {
            return false;
        }
        tensUnits = e.value();
        unitOnly = true;
        teenPending = e.kind() == Kind.TEEN_PREFIX;
        return true;
    }

    private boolean ten(boolean conj) {
        if (!conj && unitOnly) {
            tensUnits += 10;
            teenPending = false;
        } else if (startsPart(conj)) {
            tensUnits = 10;
        } else {
            return false;
        }
        unitOnly = false;
        return true;
    }

    private boolean tens(Entry e, boolean conj) {
        if (conj && unitOnly) {
            tensUnits += e.value();
        } else if (startsPart(conj)) {
            tensUnits = e.value();
        } else {
            return false;
        }
        unitOnly = false;
        return true;
    }

    private boolean hundred(Entry e, boolean conj) {
        if (!conj && e.value() == 100 && unitOnly && tensUnits >= 3 && hundreds == 0) {
            hundreds = tensUnits * 100;
            tensUnits = 0;
        } else if (startsGroup(conj)) {
            hundreds = e.value();
        } else {
            return false;
        }
        unitOnly = false;
        return true;
    }

    private boolean scale(Entry e, boolean conj) {
        long group = hundreds + tensUnits + (digits == null ? 0 : digits);
        if (e.value() >= lastScale || group >= e.value()) {
            return false;
        }
        long count;
        if (group == 0) {
            if (e.form() == Form.PLURAL || !startsGroup(conj)) {
                return false;
            }
            count = e.form() == Form.DUAL ? 2 : 1;
        } else {
            boolean pluralCount = digits != null ? group >= 2 : group >= 3 && group <= 10;
            if (conj || e.form() == Form.DUAL || (e.form() == Form.PLURAL && !pluralCount)) {
                return false;
            }
            count = group;
        }
        closeGroup(Math.multiplyExact(count, e.value()), e.value());
        return true;
    }

    private void closeGroup(long value, long scale) {
        total = Math.addExact(total, value);
        lastScale = scale;
        hundreds = 0;
        tensUnits = 0;
        digits = null;
        unitOnly = false;
    }

    /** Units, ten and tens may start: at the beginning, or after «و» following a hundred or a scale. */
    private boolean startsPart(boolean conj) {
        return !started || (conj && tensUnits == 0 && (hundreds > 0 || total > 0));
    }

    /** Hundreds, scales and digits may start: at the beginning, or after «و» following a scale. */
    private boolean startsGroup(boolean conj) {
        return !started || (conj && hundreds == 0 && tensUnits == 0 && digits == null && total > 0);
    }
}
