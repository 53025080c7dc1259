package org.luoshi.supervision.web;

import java.util.Arrays;
import java.util.Locale;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskSource;

/** Enum values as clients send them, in either case; an unknown one is a field error rather than an unreadable body. */
final class ApiEnums {

	private ApiEnums() {
	}

	static Priority priority(String value) {
		return parse(Priority.class, value, "priority");
	}

	static TaskSource source(String value) {
		return parse(TaskSource.class, value, "source");
	}

	static ReportCycle cycle(String value) {
		return parse(ReportCycle.class, value, "reportCycle");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst()
			.orElseThrow(() -> new ValidationException(Violation.of(field, "supervision.value.invalid", value,
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()))));
	}
}
