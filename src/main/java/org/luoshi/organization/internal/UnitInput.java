package org.luoshi.organization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.organization.UnitType;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * Input that arrives as text (a form, a JSON body, an Excel cell) and must be read before it can become a command.
 * What cannot be read is reported alongside the command's own violations, so the person sees every problem at once.
 */
public final class UnitInput {

	private UnitInput() {
	}

	/**
	 * The unit type named by {@code text}. An unknown name is a violation on {@code type}; a blank one is left to the
	 * command's own "required" rule.
	 */
	public static UnitType type(String text, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return UnitType.parse(text).orElseGet(() -> {
			violations.add(Violation.of("type", "organization.validation.type.unknown", text.strip(),
					Arrays.stream(UnitType.values()).map(UnitType::name).collect(Collectors.joining(", "))));
			return null;
		});
	}

	/**
	 * The sort order typed as text (a form field, an Excel cell); anything but a whole number is reported like an
	 * out-of-range one.
	 */
	public static Integer sortOrder(String text, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new java.math.BigDecimal(text.strip()).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException e) {
			violations.add(Violation.of("sortOrder", "organization.validation.sort-order"));
			return null;
		}
	}

	/** A record id chosen in a form; anything unreadable is reported on {@code field} with {@code messageKey}. */
	public static Long id(String text, String field, String messageKey, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			violations.add(Violation.of(field, messageKey));
			return null;
		}
	}

	/**
	 * The problems found while reading the input together with those of the command. A field already reported as
	 * unreadable is not reported again (an unknown type is not also "required").
	 */
	public static ValidationException combined(List<Violation> reading, ValidationException command) {
		Set<String> reported = reading.stream().map(Violation::field).collect(Collectors.toSet());
		List<Violation> all = new ArrayList<>(reading);
		command.violations().stream().filter(v -> v.field() == null || !reported.contains(v.field())).forEach(all::add);
		return new ValidationException(all);
	}
}
