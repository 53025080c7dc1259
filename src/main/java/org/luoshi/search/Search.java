package org.luoshi.search;

import java.util.Map;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;

/**
 * Finds records by their words, within the searcher's data scope. All words of the query must occur (an AND);
 * results are ranked by relevance, title matches first.
 *
 * <p>Very common words would match a large part of the index; ranking all of those would be slow and of no
 * use to a reader, so only the {@value #CANDIDATE_LIMIT} most recently updated matches are ranked, and
 * {@link Page#total()} then stops at that number.
 */
public interface Search {

	int CANDIDATE_LIMIT = 500;

	/**
	 * @throws org.luoshi.shared.ValidationException when the text is blank or longer than
	 *         {@value SearchQuery#MAX_LENGTH} characters, or the page is out of range
	 */
	Page<SearchHit> search(SearchQuery query, Actor actor);

	/** How many of the ranked candidates each record type has, for filtering by type; empty for a blank text. */
	Map<String, Long> countByType(String text, Actor actor);
}
