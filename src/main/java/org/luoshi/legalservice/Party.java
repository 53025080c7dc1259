package org.luoshi.legalservice;

import java.util.Locale;

import org.luoshi.shared.Digests;

/**
 * A party to a legal matter, as the conflict check knows it: a name and, where there is one, an identifier — an
 * enterprise's credit code or a person's ID number. Two parties are the same when their identifiers match, or, where
 * either has none, their names (spaces and full-width brackets aside).
 */
public record Party(String name, String identifier) {

	public Party {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a party needs a name");
		}
		name = name.strip();
		identifier = identifier == null || identifier.isBlank() ? null : identifier.strip().toUpperCase(Locale.ROOT);
	}

	/** The key engagements are stored and matched under: a hash, so that no ID number is kept in clear. */
	public String key() {
		String basis = identifier != null ? "id:" + identifier
				: "name:" + name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
		return Digests.sha256(basis);
	}

	/** The key by name alone, matched too: a party once recorded with no identifier is still found. */
	public String nameKey() {
		return new Party(name, null).key();
	}
}
