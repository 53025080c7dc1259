package org.luoshi.shared.web;

/**
 * Something on the home page that needs this person's attention: "3 accounts locked", "12 tasks overdue".
 *
 * @param messageKey message key, with {0} for the count
 * @param count how many; items with zero are still shown when {@code showWhenZero}
 * @param link where to deal with them
 * @param level {@code danger}, {@code warning}, {@code info} or {@code success}
 */
public record Attention(String messageKey, long count, String link, String level, boolean showWhenZero) {

	public static Attention of(String messageKey, long count, String link, String level) {
		return new Attention(messageKey, count, link, level, false);
	}
}
