package org.luoshi.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The formats of phone numbers and e-mail addresses that every module accepts (staff, enterprise contacts): one rule,
 * so that a number the organization takes is taken everywhere.
 */
public final class ContactRules {

	/** Mainland mobile numbers, or landlines with area code (0750-1234567, 075012345678, extension allowed). */
	static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)$");
	/** Mainland mobile numbers alone: 11 digits, 13x–19x. */
	static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	public static final int MAX_EMAIL = 100;

	private ContactRules() {
	}

	/** Reports {@code validation.phone} on the field when a phone is given and is not one. */
	public static void phone(List<Violation> violations, String field, String phone) {
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			violations.add(Violation.of(field, "validation.phone"));
		}
	}

	/**
	 * Reports {@code validation.required} when the number is missing and {@code validation.mobile} when it is not a
	 * mainland mobile number (where a text message must reach, e.g. a login name).
	 */
	public static void mobile(List<Violation> violations, String field, String mobile) {
		if (mobile == null || mobile.isBlank()) {
			violations.add(Violation.of(field, "validation.required"));
		}
		else if (!MOBILE.matcher(mobile.strip()).matches()) {
			violations.add(Violation.of(field, "validation.mobile"));
		}
	}

	/** Reports {@code validation.Email} on the field when an address is given and is not one. */
	public static void email(List<Violation> violations, String field, String email) {
		if (email != null && !email.isBlank() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches())) {
			violations.add(Violation.of(field, "validation.Email"));
		}
	}
}
