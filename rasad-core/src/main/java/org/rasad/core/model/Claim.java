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
 * @param claimant  who the article says gave the figure («وزارة الداخلية»), or null when the outlet itself
 *                  states it; rival claimants in one article are rival sources for consolidation
 */
public record Claim(String kind, Long value, String vague, String qualifier, String actor, boolean update,
                    Evidence evidence, String claimant) {

    /** A figure the outlet states in its own voice. */
    public Claim(String kind, Long value, String vague, String qualifier, String actor, boolean update, Evidence evidence) {
        this(kind, value, vague, qualifier, actor, update, evidence, null);
    }
}
