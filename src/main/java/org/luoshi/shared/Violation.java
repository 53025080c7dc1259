package org.luoshi.shared;

import java.util.List;

/**
 * One reason a request was refused: the field it concerns ({@code null} for the whole request), a message
 * key from the bundles, and the key's arguments. Kept as a key so that each user reads it in their language.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

	public static Violation of(String field, String messageKey, Object... arguments) {
		return new Violation(field, messageKey, List.of(arguments));
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
