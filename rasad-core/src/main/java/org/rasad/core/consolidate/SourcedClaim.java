package org.rasad.core.consolidate;

import org.rasad.core.model.Claim;

/**
 * A casualty claim with who made it: the document, its outlet and the event it belongs to there.
 * Consolidation keeps every one, so "who said how many died on which side" stays answerable.
 */
public record SourcedClaim(String doc, int eventIndex, String source, Claim claim) {
}
