package org.luoshi.shared.web;

/**
 * What a form's select or number field posts, read without failing the request: blank is {@code null}, and text that
 * is not a number is {@code -1}, a value no record and no rule accepts, so that the service's own check refuses it
 * beside its field with every other problem of the form (an unknown unit, a limit out of range) and the form is kept.
 */
public final class TypedNumbers {

	private TypedNumbers() {
	}

	/** A record's id from a select or a typed number. */
	public static Long id(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return -1L;
		}
	}

	/** A count or a version. */
	public static Integer integer(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** A yes/no radio: blank is {@code null} (not answered), anything but {@code true} is no. */
	public static Boolean bool(String text) {
		return text == null || text.isBlank() ? null : Boolean.valueOf(text.strip());
	}
}
