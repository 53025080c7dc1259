package org.luoshi.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * What the auditor looks for; every part is optional. Dates are days in the district's time zone, both ends
 * included; {@code action} is a prefix ({@code identity.login.} finds every sign-in attempt); {@code text} is
 * looked for anywhere in the target's label.
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, String targetType, String targetId,
		String text) {

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

	/**
	 * Reads the filter as typed into the page or the API's query string, reporting every problem at once.
	 *
	 * @throws ValidationException naming each field that is not valid
	 */
	public static AuditFilter parse(String from, String to, String actor, String action, String targetType, String targetId,
			String text) {
		List<Violation> violations = new ArrayList<>();
		LocalDate fromDate = date(violations, "from", from);
		LocalDate toDate = date(violations, "to", to);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			violations.add(Violation.of("to", "audit.validation.range"));
		}
		String cleanActor = text(violations, "actor", actor, 50);
		String cleanAction = text(violations, "action", action, 100);
		String cleanType = text(violations, "targetType", targetType, 50);
		String cleanId = text(violations, "targetId", targetId, 100);
		String cleanText = text(violations, "text", text, 100);
		ValidationException.throwIfAny(violations);
		return new AuditFilter(fromDate, toDate, cleanActor, cleanAction, cleanType, cleanId, cleanText);
	}

	private static LocalDate date(List<Violation> violations, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "audit.validation.date"));
			return null;
		}
	}

	private static String text(List<Violation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
			return null;
		}
		return clean;
	}
}
