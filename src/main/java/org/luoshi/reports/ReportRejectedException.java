package org.luoshi.reports;

import java.util.Locale;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * The input cannot be read as a report (empty, binary, too large, damaged …). It is a validation error on
 * the field {@code file}, so the web layer shows it like any other and stores nothing; the message key names
 * the reason in the reports bundle. The only exception the reader throws for bad input.
 */
public class ReportRejectedException extends ValidationException {

	/** Why the input was refused; each reason has a message key in {@code messages/reports}. */
	public enum Reason {
		EMPTY("reports.rejected.empty"),
		TOO_LARGE("reports.rejected.too-large"),
		BINARY("reports.rejected.binary"),
		UNSUPPORTED("reports.rejected.unsupported"),
		UNREADABLE("reports.rejected.unreadable"),
		ENCRYPTED("reports.rejected.encrypted"),
		NO_TEXT_LAYER("reports.rejected.no-text-layer");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final Reason reason;

	public ReportRejectedException(Reason reason, Object... arguments) {
		super(Violation.of("file", reason.messageKey(), arguments));
		this.reason = reason;
	}

	/** Too large: the size found and the limit, in megabytes, for the message. */
	public static ReportRejectedException tooLarge(long bytes, long limit) {
		return new ReportRejectedException(Reason.TOO_LARGE, megabytes(bytes), megabytes(limit));
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	public Reason reason() {
		return reason;
	}
}
