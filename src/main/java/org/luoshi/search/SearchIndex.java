package org.luoshi.search;

import java.util.Map;

/**
 * Puts records into the search index and takes them out. Call it inside the transaction that changes the record:
 * the index row then commits or rolls back with the record, so that search and data never disagree.
 */
public interface SearchIndex {

	/**
	 * Adds the record or replaces its earlier version (same type and id).
	 *
	 * @throws org.luoshi.shared.ValidationException when the document is incomplete or its link is not an
	 *         application path
	 */
	void index(SearchDocument document);

	/**
	 * Adds or replaces many records at once, as {@link #index} does each: for an import of thousands, whose text is cut
	 * into words on every core and written a thousand rows a statement rather than one.
	 *
	 * @throws org.luoshi.shared.ValidationException when any document is incomplete, before any is written
	 */
	void indexAll(java.util.Collection<SearchDocument> documents);

	/**
	 * States anew who may find records already indexed (id → visibility), without segmenting their text again: for
	 * an owner that re-states all its records at start-up, or whose rule changed. Ids not indexed are skipped.
	 */
	void restate(String type, Map<String, Visibility> visibilities);

	/** Takes the record out; nothing happens when it was not indexed. */
	void remove(String type, String id);
}
