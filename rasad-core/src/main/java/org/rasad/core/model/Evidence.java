package org.rasad.core.model;

/**
 * Characters of the original article that support a field: UTF-16 offsets and the quoted text.
 */
public record Evidence(int start, int end, String text) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid evidence span: start=" + start + " end=" + end);
        }
    }
}
