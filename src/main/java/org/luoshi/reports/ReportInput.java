package org.luoshi.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to read: pasted text, or an uploaded file (.txt in UTF-8 or GB18030, .docx, .pdf) by name and bytes,
 * with an optional reference date that supplies the year when the text gives a date without one (and the
 * date itself when the text gives none).
 */
public final class ReportInput {

	private final String text;
	private final String fileName;
	private final byte[] content;
	private final LocalDate referenceDate;

	private ReportInput(String text, String fileName, byte[] content, LocalDate referenceDate) {
		this.text = text;
		this.fileName = fileName;
		this.content = content;
		this.referenceDate = referenceDate;
	}

	public static ReportInput text(String text) {
		return new ReportInput(Objects.requireNonNull(text, "text"), null, null, null);
	}

	public static ReportInput file(String fileName, byte[] content) {
		return new ReportInput(null, fileName == null ? "" : fileName, Objects.requireNonNull(content, "content"),
				null);
	}

	public ReportInput withReferenceDate(LocalDate date) {
		return new ReportInput(text, fileName, content, date);
	}

	/** The pasted text, or {@code null} for a file. */
	public String text() {
		return text;
	}

	/** The file's name as uploaded, or {@code null} for pasted text. */
	public String fileName() {
		return fileName;
	}

	/** The file's bytes (not copied), or {@code null} for pasted text. */
	public byte[] content() {
		return content;
	}

	public LocalDate referenceDate() {
		return referenceDate;
	}
}
