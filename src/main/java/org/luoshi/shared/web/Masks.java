package org.luoshi.shared.web;

/** Personal data shown in lists is masked; the full value is only on the record's own page for those allowed. */
public final class Masks {

	private Masks() {
	}

	/** {@code 13812345678} → {@code 138****5678}; short or empty values are masked whole. */
	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		if (phone.length() < 7) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	/** {@code zhang.san@example.com} → {@code z*******@example.com}; anything without an {@code @} is masked whole. */
	public static String email(String email) {
		if (email == null || email.isBlank()) {
			return "";
		}
		int at = email.indexOf('@');
		if (at < 1) {
			return "*".repeat(email.length());
		}
		return email.charAt(0) + "*".repeat(at - 1) + email.substring(at);
	}
}
