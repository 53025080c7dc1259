package org.luoshi.search;

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

	/** Takes the record out; nothing happens when it was not indexed. */
	void remove(String type, String id);
}
