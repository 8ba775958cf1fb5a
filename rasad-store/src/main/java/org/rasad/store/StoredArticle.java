package org.rasad.store;

import java.time.LocalDate;

/**
 * An article as stored. {@code text} is null in lists (see {@link EventStore#articles}), set when one
 * article is asked for.
 *
 * @param referenceDate the date extraction resolved against (metadata, else the article's dateline)
 * @param extractError  extraction's error, or null
 * @param ingestedAt    Unix milliseconds
 */
public record StoredArticle(String docId, String source, String url, String title, LocalDate published,
                            LocalDate referenceDate, int eventCount, String extractError, long ingestedAt, String text) {
}
