package org.luoshi.supervision.ledger;

import org.luoshi.supervision.Light;
import org.luoshi.supervision.ledger.LedgerLayout.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tasks as a task breakdown table or a ledger (.xlsx), laid out as offices print them: a title, when it was
 * exported, the header, then each goal's section (目标：…) with its tasks under their group headings (一、…), the light
 * in a cell of its colour.
 *
 * <p>Rows go out as they are written: fastexcel streams the sheet, which is flushed every {@value #FLUSH_EVERY} rows,
 * and text goes in as inline strings rather than the shared-string table, which fastexcel keeps in memory. A
 * hundred thousand tasks thus need little more memory than the list that holds them.
 *
 * <p>Deadlines are real date cells shown as yyyy-mm-dd, not text, so that Excel sorts and filters them as dates
 * (what falls due this month) and formulas can count the days left; {@link TaskLedgerReader} reads either.
 */
class TaskLedgerWriter {

	static final int TITLE_ROW = 0;
	static final int SUBTITLE_ROW = 1;
	static final int HEADER_ROW = 2;

	private static final int FLUSH_EVERY = 1_000;
	/** Excel's limit for the text of one cell. */
	private static final int CELL_MAX = 32_767;
	private static final String FONT = "宋体";
	private static final String HEADER_FILL = "D9D9D9";
	private static final String GOAL_FILL = "BDD7EE";
	private static final String GROUP_FILL = "DDEBF7";
	private static final String DATE_FORMAT = "yyyy-mm-dd";
	private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	/** A 序号 Excel takes for a number: written as one, it shows no "number stored as text" warning. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9]\\d{0,8}");

	/**
	 * Writes the rows, in their order, and finishes the workbook; the stream is left open.
	 *
	 * <p>A goal's heading goes before each row whose goal differs from the row before it, and a group heading before each
	 * row whose group differs, so rows should come sorted by goal and within it by group, those under no group first: a
	 * row without a group after a group heading of the same goal would be read as standing under it.
	 *
	 * @param title the first row, across the sheet (2026年全力冲刺千亿GDP强区重点任务台账)
	 * @param exportedAt the time shown under the title, in the zone the reader lives in
	 */
	public void write(LedgerLayout layout, String title, LocalDateTime exportedAt, List<LedgerRow> rows, OutputStream out)
			throws IOException {
		Objects.requireNonNull(title, "title");
		Workbook workbook = new Workbook(out, "Luoshi", "1.0");
		// The typeface of printed government forms; Excel's Latin default leaves Chinese to whatever fallback the viewer has.
		workbook.setGlobalDefaultFont(FONT, 11);
		Worksheet sheet = workbook.newWorksheet(layout.sheetName());
		List<Column> columns = layout.columns();
		int lastColumn = columns.size() - 1;

		text(sheet, TITLE_ROW, 0, title);
		sheet.range(TITLE_ROW, 0, TITLE_ROW, lastColumn).style().bold().fontSize(16).horizontalAlignment("center")
			.verticalAlignment("center").merge().set();
		sheet.rowHeight(TITLE_ROW, 32);
		text(sheet, SUBTITLE_ROW, 0, String.format(LedgerLayout.SUBTITLE, EXPORT_TIME.format(exportedAt), rows.size()));
		sheet.range(SUBTITLE_ROW, 0, SUBTITLE_ROW, lastColumn).style().horizontalAlignment("right").merge().set();
		for (int c = 0; c <= lastColumn; c++) {
			sheet.width(c, columns.get(c).width());
			text(sheet, HEADER_ROW, c, columns.get(c).header());
			bordered(sheet.style(HEADER_ROW, c)).bold().fillColor(HEADER_FILL).horizontalAlignment("center").set();
		}
		sheet.freezePane(0, HEADER_ROW + 1);
		printSetup(sheet);

		int r = HEADER_ROW + 1;
		int written = 0;
		int groups = 0;
		String group = null;
		String goal = null;
		for (LedgerRow row : rows) {
			if (row.goal() != null && !row.goal().equals(goal)) {
				// A new goal's section: its tasks under no group must not read as standing under the last goal's group.
				goal = row.goal();
				group = null;
				groups = 0;
				heading(sheet, r++, lastColumn, LedgerLayout.GOAL_HEADING + goal, GOAL_FILL);
			}
			if (row.group() != null && !row.group().equals(group)) {
				groups++;
				heading(sheet, r++, lastColumn,
						GroupOrdinals.format(groups) + LedgerLayout.GROUP_ORDINAL_SEPARATOR + GroupOrdinals.withoutOrdinal(row.group()), GROUP_FILL);
			}
			group = row.group();
			taskRow(sheet, r++, columns, row);
			if (++written % FLUSH_EVERY == 0) {
				sheet.flush();
			}
		}
		workbook.finish();
	}

	private static void printSetup(Worksheet sheet) {
		sheet.pageOrientation("landscape");
		sheet.paperSize(PaperSize.A4_PAPER);
		// As wide as one page, as many pages long as the tasks take.
		sheet.setFitToPage(true);
		sheet.fitToWidth((short) 1);
		sheet.fitToHeight((short) 0);
		sheet.repeatRows(HEADER_ROW, HEADER_ROW);
		sheet.footer(LedgerLayout.PAGE_FOOTER, Position.CENTER, FONT, 10);
	}

	private static void heading(Worksheet sheet, int r, int lastColumn, String heading, String fill) {
		text(sheet, r, 0, heading);
		bordered(sheet.range(r, 0, r, lastColumn).style()).bold().fillColor(fill).merge().set();
	}

	private static void taskRow(Worksheet sheet, int r, List<Column> columns, LedgerRow row) {
		for (int c = 0; c < columns.size(); c++) {
			StyleSetter style = bordered(sheet.style(r, c)).wrapText(true);
			switch (columns.get(c)) {
				case NUMBER -> {
					number(sheet, r, c, row.number());
					style.horizontalAlignment("center");
				}
				case CONTENT -> text(sheet, r, c, row.content());
				case LEAD_UNITS -> text(sheet, r, c, String.join(LedgerLayout.UNIT_SEPARATOR, row.leadUnits()));
				case CO_UNITS -> text(sheet, r, c, String.join(LedgerLayout.UNIT_SEPARATOR, row.coUnits()));
				case DEADLINE -> {
					if (row.deadline() != null) {
						sheet.value(r, c, row.deadline());
					}
					style.format(DATE_FORMAT).horizontalAlignment("center");
				}
				case RESPONSIBLE -> {
					text(sheet, r, c, row.responsible());
					style.horizontalAlignment("center");
				}
				case PROGRESS -> text(sheet, r, c, row.progress());
				case STATUS -> {
					text(sheet, r, c, row.status());
					style.horizontalAlignment("center");
				}
				case LIGHT -> {
					style.horizontalAlignment("center");
					if (row.light() != null) {
						text(sheet, r, c, LedgerLayout.lightWord(row.light()));
						style.fillColor(fill(row.light())).fontColor(font(row.light()));
					}
				}
			}
			style.set();
		}
	}

	private static StyleSetter bordered(StyleSetter style) {
		return style.borderStyle(BorderStyle.THIN).verticalAlignment("center");
	}

	private static void number(Worksheet sheet, int r, int c, String number) {
		if (number != null && WHOLE_NUMBER.matcher(number).matches()) {
			sheet.value(r, c, Integer.parseInt(number));
		}
		else {
			text(sheet, r, c, number);
		}
	}

	private static void text(Worksheet sheet, int r, int c, String value) {
		if (value != null && !value.isEmpty()) {
			sheet.inlineString(r, c, value.length() > CELL_MAX ? value.substring(0, CELL_MAX) : value);
		}
	}

	/**
	 * The status cell takes the colours of Excel's own good / neutral / bad cell styles, so that a printed ledger reads
	 * like the ones offices already keep.
	 */
	private static String fill(Light light) {
		return switch (light) {
			case GREEN -> "C6EFCE";
			case YELLOW -> "FFEB9C";
			case RED -> "FFC7CE";
		};
	}

	private static String font(Light light) {
		return switch (light) {
			case GREEN -> "006100";
			case YELLOW -> "9C5700";
			case RED -> "9C0006";
		};
	}
}
