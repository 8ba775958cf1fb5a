package org.rasad.core.text;

/**
 * How a quantity without a figure was expressed. Rasad keeps the word, never a guessed number:
 * exporters apply their own conventions (ACLED codes "dozens" as 12, for instance).
 */
public enum Vagueness {
    /** A real figure: {@link Quantity#value()} is set. */
    NONE,
    /** «بضعة», «بضع», «عدد قليل من». */
    FEW,
    /** «عدة», «عدد من». */
    SEVERAL,
    /** «عدد كبير من», «العديد من», «الكثير من», «أعداد كبيرة». */
    MANY,
    /** «عشرات». */
    DOZENS,
    /** «مئات». */
    HUNDREDS,
    /** «آلاف» alone, «عشرات الآلاف», «مئات الآلاف». */
    THOUSANDS
}
