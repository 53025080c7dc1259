package org.luoshi.organization.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.organization.Division;
import org.luoshi.organization.UnitType;
import org.luoshi.shared.Violation;

/** Field rules of units and staff, shared by the forms, the API and the Excel import. */
final class OrganizationValidation {

	/** Mainland mobile numbers, or landlines with area code (0750-1234567, 075012345678, extension allowed). */
	static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)$");
	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	static final Pattern DIVISION_CODE = Pattern.compile("^\\d{6}(\\d{3})?$");

	private OrganizationValidation() {
	}

	static void text(List<Violation> violations, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(Violation.of(field, "validation.required"));
			}
		}
		else if (value.strip().length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
		}
	}

	static void phone(List<Violation> violations, String field, String phone) {
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			violations.add(Violation.of(field, "validation.phone"));
		}
	}

	static void email(List<Violation> violations, String field, String email) {
		if (email != null && !email.isBlank() && (email.length() > 100 || !EMAIL.matcher(email.strip()).matches())) {
			violations.add(Violation.of(field, "validation.Email"));
		}
	}

	/**
	 * A place must carry a code of its level that the registry knows; other units may carry none.
	 *
	 * @param division the registry entry for {@code code}, or {@code null} when there is none
	 */
	static void divisionCode(List<Violation> violations, UnitType type, String code, Division division) {
		boolean blank = code == null || code.isBlank();
		if (type == null) {
			return;
		}
		if (!type.isPlace()) {
			if (!blank) {
				violations.add(Violation.of("divisionCode", "organization.validation.division.not-a-place"));
			}
			return;
		}
		if (blank) {
			violations.add(Violation.of("divisionCode", "organization.validation.division.required"));
		}
		else if (!DIVISION_CODE.matcher(code.strip()).matches()) {
			violations.add(Violation.of("divisionCode", "organization.validation.division.format"));
		}
		else if (division == null) {
			violations.add(Violation.of("divisionCode", "organization.validation.division.unknown", code.strip()));
		}
		else if (!division.level().equals(type.divisionLevel())) {
			violations.add(Violation.of("divisionCode", "organization.validation.division.level", division.name()));
		}
	}

	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
