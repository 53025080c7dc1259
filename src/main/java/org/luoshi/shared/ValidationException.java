package org.luoshi.shared;

import java.util.List;

/** Bad input: nothing was changed. Answered as 400 (API) or as inline form errors (web). */
public class ValidationException extends RuntimeException {

	private final List<Violation> violations;

	public ValidationException(List<Violation> violations) {
		super(violations.stream().map(Violation::messageKey).reduce((a, b) -> a + ", " + b).orElse("invalid"));
		this.violations = List.copyOf(violations);
	}

	public ValidationException(Violation violation) {
		this(List.of(violation));
	}

	public List<Violation> violations() {
		return violations;
	}

	/** Throws when any violation was collected; the usual end of a validation method. */
	public static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
	}
}
