package org.luoshi.search;

import java.time.Instant;

/**
 * A record as the search index keeps it. Owners build one from their record whenever it changes.
 *
 * @param type the kind of record, lower case, e.g. {@code report}, {@code unit}, {@code staff}
 * @param id the record's id within its type, as text
 * @param visibility who may find it: the permission and units of the owner's own rule for opening the record
 * @param title what the result shows as its heading; matches here rank above matches in the body
 * @param body the searchable text (may be empty); never put personal data here that every searcher in scope may
 *        not read, such as phone numbers
 * @param link the application path that opens the record, e.g. {@code /reports/12}
 * @param updatedAt when the record last changed; {@code null} means now
 */
public record SearchDocument(String type, String id, Visibility visibility, String title, String body, String link, Instant updatedAt) {

	public SearchDocument(String type, String id, Visibility visibility, String title, String body, String link) {
		this(type, id, visibility, title, body, link, null);
	}
}
