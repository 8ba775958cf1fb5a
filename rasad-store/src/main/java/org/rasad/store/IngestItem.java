package org.rasad.store;

import java.util.Objects;
import org.rasad.core.model.Article;

/**
 * One document offered to ingest: an article, or the error that kept it from being read (a line
 * that is not JSON, a file that is not UTF-8), which ingest logs and skips.
 *
 * @param id      document id (or where the unreadable input was, «feed.jsonl:12»)
 * @param article the article, or null when unreadable
 * @param error   null when {@code article} is set, else a one-line description
 */
public record IngestItem(String id, Article article, String error) {
    public IngestItem {
        Objects.requireNonNull(id, "ingest item id");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("ingest item " + id + " needs exactly one of article and error");
        }
    }

    public static IngestItem of(Article article) {
        return new IngestItem(article.id(), article, null);
    }

    public static IngestItem unreadable(String id, String error) {
        return new IngestItem(id, null, error);
    }
}
