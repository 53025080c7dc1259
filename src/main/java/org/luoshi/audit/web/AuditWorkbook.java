package org.luoshi.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.luoshi.audit.internal.AuditEntry;
import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the filtered trail as an .xlsx, row by row onto the response: fastexcel streams the sheet and the rows come
 * from a database cursor, so an export of {@value #MAX_ROWS} entries needs little memory. Text goes in as inline
 * strings (not the shared-string table, which fastexcel keeps in memory).
 *
 * <p>It prints: A4 landscape, scaled to one page wide, the header row repeated on every page, page numbers in the
 * footer, long texts wrapped in columns sized for the page. The technical columns (action code, browser, hash) stay
 * in the file but hidden, so that they do not shrink the print to an unreadable size; unhide them to read them.
 * An .xlsx rather than a PDF: auditors filter and sort the export, and it streams {@value #MAX_ROWS} rows in little
 * memory, which a PDF laid out in memory would not.
 */
@Component
class AuditWorkbook {

	static final int MAX_ROWS = 100_000;
	private static final int FLUSH_EVERY = 1_000;
	/** Excel's limit for the text of one cell. */
	private static final int CELL_MAX = 32_767;
	private static final List<String> COLUMNS = List.of("id", "time", "account", "name", "address", "action", "action-code",
			"target-type", "target-id", "target-label", "changes", "user-agent", "hash");

	/** Widths in characters, summing to what an A4 landscape page shows at about 80 %. */
	private static final double[] WIDTHS = { 6, 17, 12, 8, 13, 16, 14, 8, 7, 22, 48, 30, 66 };
	private static final java.util.Set<Integer> HIDDEN = java.util.Set.of(6, 11, 12);
	private static final java.util.Set<Integer> WRAPPED = java.util.Set.of(5, 9, 10);

	private final AuditTrail trail;
	private final MessageSource messages;
	private final Times times;
	private final AuditTexts texts;

	AuditWorkbook(AuditTrail trail, MessageSource messages, Times times, AuditTexts texts) {
		this.trail = trail;
		this.messages = messages;
		this.times = times;
		this.texts = texts;
	}

	void write(AuditFilter filter, Actor reader, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Luoshi", "1.0");
		Worksheet sheet = workbook.newWorksheet(message("audit.export.sheet", locale));
		for (int column = 0; column < COLUMNS.size(); column++) {
			sheet.inlineString(0, column, message("audit.export.column." + COLUMNS.get(column), locale));
			sheet.style(0, column).bold().fillColor("EEEEEE").wrapText(true).verticalAlignment("top").set();
			sheet.width(column, WIDTHS[column]);
			if (HIDDEN.contains(column)) {
				sheet.hideColumn(column);
			}
		}
		sheet.freezePane(0, 1);
		sheet.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
		sheet.pageOrientation("landscape");
		sheet.setFitToPage(true);
		sheet.fitToWidth((short) 1);
		sheet.fitToHeight((short) 0);
		sheet.repeatRows(0);
		sheet.leftMargin(0.4f);
		sheet.rightMargin(0.4f);
		sheet.header(message("audit.export.sheet", locale), org.dhatim.fastexcel.Position.LEFT);
		sheet.footer(message("audit.export.page", locale), org.dhatim.fastexcel.Position.RIGHT);
		int[] row = { 1 };
		boolean truncated = trail.forEach(filter, MAX_ROWS, reader, entry -> {
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
		text(sheet, row, 5, texts.action(entry.action(), locale));
		text(sheet, row, 6, entry.action());
		text(sheet, row, 7, texts.targetType(entry.targetType(), locale));
		text(sheet, row, 8, entry.targetId());
		text(sheet, row, 9, entry.targetLabel());
		text(sheet, row, 10, texts.changes(entry, locale));
		text(sheet, row, 11, entry.userAgent());
		text(sheet, row, 12, entry.hash());
		for (int column : WRAPPED) {
			sheet.style(row, column).wrapText(true).verticalAlignment("top").set();
		}
	}

	private static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			sheet.inlineString(row, column, value.length() > CELL_MAX ? value.substring(0, CELL_MAX) : value);
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
