package org.rasad.core.text;

/**
 * A sentence: its position in the document and its span in the normalised text.
 */
public record Sentence(int index, Span span) {
}
