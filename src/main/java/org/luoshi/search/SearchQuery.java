package org.luoshi.search;

/**
 * What to search for: the words as typed (at most {@value #MAX_LENGTH} characters), an optional record type, and
 * the page (from 0) and page size of the paging convention.
 */
public record SearchQuery(String text, String type, Integer page, Integer size) {

	public static final int MAX_LENGTH = 100;

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null);
	}

	public SearchQuery ofType(String newType) {
		return new SearchQuery(text, newType, page, size);
	}
}
