package org.luoshi.search;

import java.time.Instant;

/**
 * One search result.
 *
 * @param title the record's title as plain text
 * @param highlightedTitle the title as HTML: escaped text with the matched words in {@code <mark>}
 * @param snippet a passage of the body around the first match as HTML: escaped text with {@code <mark>}
 * @param rank the relevance; higher is better, comparable only within one search
 */
public record SearchHit(String type, String id, String title, String highlightedTitle, String snippet, String link, double rank,
		Instant updatedAt) {
}
