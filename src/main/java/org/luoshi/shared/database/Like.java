package org.luoshi.shared.database;

/**
 * Text a person typed as part of a {@code LIKE} or {@code ILIKE} pattern: their {@code %} and {@code _} mean themselves,
 * not "anything", and their backslash is not taken for PostgreSQL's escape character.
 */
public final class Like {

	private Like() {
	}

	/** {@code 50%_off} → {@code 50\%\_off}; wrap it in {@code %} as the search needs. */
	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
