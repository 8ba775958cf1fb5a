package org.rasad.core.consolidate;

import java.util.Objects;

/** A per-document event: the document id and the index into that document's events. */
public record MentionRef(String doc, int eventIndex) {
    public MentionRef {
        Objects.requireNonNull(doc, "mention doc");
    }

    @Override
    public String toString() {
        return doc + "#" + eventIndex;
    }
}
