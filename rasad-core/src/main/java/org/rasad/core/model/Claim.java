package org.rasad.core.model;

/**
 * One reported casualty figure with the words that state it: the unit of provenance that
 * consolidation keeps when sources disagree.
 *
 * @param kind      "killed", "injured" or "captured"
 * @param value     the figure, or null when the text gives only a vague quantity («عشرات»)
 * @param vague     the vague quantity word class («DOZENS»), or null for an exact figure
 * @param qualifier "exact", "about", "at_least", "more_than", "less_than" or "up_to"
 * @param actor     canonical name of the side the figure counts, or null
 * @param update    true when the text presents it as a running toll («ارتفعت الحصيلة إلى»)
 * @param evidence  the figure in its sentence
 */
public record Claim(String kind, Long value, String vague, String qualifier, String actor, boolean update,
                    Evidence evidence) {
}
