package org.rasad.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as it enters the pipeline.
 *
 * @param id        document id (file name or the JSONL {@code id})
 * @param text      the article text, exactly as read
 * @param published publication date from metadata, or null (the article's own dateline is used then)
 * @param source    outlet name, or null
 * @param url       address, or null
 * @param title     headline from metadata, or null
 */
public record Article(String id, String text, LocalDate published, String source, String url, String title) {
    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text of " + id);
    }

    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, null);
    }
}
