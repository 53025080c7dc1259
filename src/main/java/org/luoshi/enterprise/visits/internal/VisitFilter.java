package org.luoshi.enterprise.visits.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * What the list and the API select, all optional and together: the period (the day a visit took place, else is
 * planned, from and to inclusive), kind, status, organizing unit and words of an enterprise's name. Always within the
 * reader's scope.
 */
public record VisitFilter(LocalDate from, LocalDate to, VisitKind kind, VisitStatus status, Long unitId, String enterprise) {

	public static final Set<String> SORTABLE = Set.of("day", "updatedAt");

	public static VisitFilter none() {
		return new VisitFilter(null, null, null, null, null, null);
	}

	public static VisitFilter of(String from, String to, String kind, String status, Long unitId, String enterprise) {
		List<Violation> violations = new ArrayList<>();
		LocalDate start = date(from, "from", violations);
		LocalDate end = date(to, "to", violations);
		if (start != null && end != null && end.isBefore(start)) {
			violations.add(Violation.of("to", "visits.validation.period"));
		}
		VisitKind chosenKind = choice(VisitKind.class, kind, "kind", violations);
		VisitStatus chosenStatus = choice(VisitStatus.class, status, "status", violations);
		String text = enterprise == null || enterprise.isBlank() ? null : enterprise.strip();
		if (text != null && text.length() > 100) {
			violations.add(Violation.of("enterprise", "validation.too-long", 100));
		}
		ValidationException.throwIfAny(violations);
		return new VisitFilter(start, end, chosenKind, chosenStatus, unitId, text);
	}

	private static LocalDate date(String typed, String field, List<Violation> violations) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "visits.validation.date", typed.strip()));
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, List<Violation> violations) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of(field, "visits.validation." + field, typed.strip()));
			return null;
		}
	}
}
