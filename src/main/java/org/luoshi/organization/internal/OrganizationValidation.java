package org.luoshi.organization.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.organization.Division;
import org.luoshi.organization.UnitType;
import org.luoshi.shared.Violation;

/**
 * Field rules of units and staff, shared by the forms, the API and the Excel import; phones and e-mail addresses follow
 * the platform's {@link org.luoshi.shared.ContactRules}.
 */
final class OrganizationValidation {

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
