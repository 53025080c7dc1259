package org.luoshi.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.luoshi.audit.internal.AuditEntry;
import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.shared.web.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the filtered trail as an .xlsx, row by row onto the response: fastexcel streams the sheet and the rows come
 * from a database cursor, so an export of {@value #MAX_ROWS} entries needs little memory. Text goes in as inline
 * strings (not the shared-string table, which fastexcel keeps in memory).
 */
@Component
class AuditWorkbook {

	static final int MAX_ROWS = 100_000;
	private static final int FLUSH_EVERY = 1_000;
	/** Excel's limit for the text of one cell. */
	private static final int CELL_MAX = 32_767;
	private static final List<String> COLUMNS = List.of("id", "time", "account", "name", "address", "action", "action-code",
			"target-type", "target-id", "target-label", "changes", "user-agent", "hash");

	private final AuditTrail trail;
	private final MessageSource messages;
	private final Times times;

	AuditWorkbook(AuditTrail trail, MessageSource messages, Times times) {
		this.trail = trail;
		this.messages = messages;
		this.times = times;
	}

	void write(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Luoshi", "1.0");
		Worksheet sheet = workbook.newWorksheet(message("audit.export.sheet", locale));
		for (int column = 0; column < COLUMNS.size(); column++) {
			sheet.inlineString(0, column, message("audit.export.column." + COLUMNS.get(column), locale));
			sheet.style(0, column).bold().set();
		}
		sheet.freezePane(0, 1);
		sheet.width(1, 20);
		sheet.width(9, 30);
		sheet.width(10, 60);
		int[] row = { 1 };
		boolean truncated = trail.forEach(filter, MAX_ROWS, entry -> {
			writeRow(sheet, row[0]++, entry, locale);
			if (row[0] % FLUSH_EVERY == 0) {
				try {
					sheet.flush();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		});
		if (truncated) {
			sheet.inlineString(row[0], 0, message("audit.export.truncated", locale, MAX_ROWS));
		}
		workbook.finish();
	}

	private void writeRow(Worksheet sheet, int row, AuditEntry entry, Locale locale) {
		sheet.value(row, 0, entry.id());
		sheet.value(row, 1, LocalDateTime.ofInstant(entry.occurredAt(), times.zone()));
		sheet.style(row, 1).format("yyyy-mm-dd hh:mm:ss").set();
		text(sheet, row, 2, entry.actorUsername());
		text(sheet, row, 3, entry.actorName());
		text(sheet, row, 4, entry.ipAddress());
		text(sheet, row, 5, messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale));
		text(sheet, row, 6, entry.action());
		text(sheet, row, 7, messages.getMessage("audit.target." + entry.targetType(), null, entry.targetType(), locale));
		text(sheet, row, 8, entry.targetId());
		text(sheet, row, 9, entry.targetLabel());
		text(sheet, row, 10, entry.changeList().stream()
			.map(change -> messages.getMessage("audit.field." + change.field(), null, change.field(), locale) + ": "
					+ blankAsDash(change.beforeText()) + " → " + blankAsDash(change.afterText()))
			.collect(Collectors.joining("\n")));
		text(sheet, row, 11, entry.userAgent());
		text(sheet, row, 12, entry.hash());
	}

	private static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			sheet.inlineString(row, column, value.length() > CELL_MAX ? value.substring(0, CELL_MAX) : value);
		}
	}

	private static String blankAsDash(String value) {
		return value == null ? "—" : value;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
