package org.luoshi.reports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.reports.ReportInput;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.web.multipart.MultipartFile;

/** Turns what a form or an API call sent (pasted text or a file, and a date as typed) into a {@link ReportInput}. */
final class ReportInputs {

	private ReportInputs() {
	}

	/**
	 * The reader reports unusable input on the field {@code file}; for pasted text the reason belongs beside the text.
	 */
	static ValidationException onText(ValidationException rejected) {
		return new ValidationException(rejected.violations().stream()
			.map(v -> "file".equals(v.field()) ? new Violation("text", v.messageKey(), v.arguments()) : v)
			.toList());
	}

	/** All problems at once: neither or both of text and file, a date that is not {@code YYYY-MM-DD}. */
	static ReportInput of(String text, MultipartFile file, String date) {
		List<Violation> violations = new ArrayList<>();
		boolean hasText = text != null && !text.isBlank();
		boolean hasFile = file != null && !file.isEmpty();
		if (!hasText && !hasFile) {
			violations.add(Violation.of("text", "reports.new.input.required"));
		}
		else if (hasText && hasFile) {
			violations.add(Violation.of("text", "reports.new.input.both"));
		}
		LocalDate referenceDate = null;
		if (date != null && !date.isBlank()) {
			try {
				referenceDate = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException e) {
				violations.add(Violation.of("date", "reports.new.date.invalid"));
			}
		}
		ValidationException.throwIfAny(violations);
		try {
			ReportInput input = hasFile ? ReportInput.file(file.getOriginalFilename(), file.getBytes()) : ReportInput.text(text);
			return input.withReferenceDate(referenceDate);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
