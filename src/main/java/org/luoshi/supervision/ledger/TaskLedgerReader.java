package org.luoshi.supervision.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.luoshi.shared.ChineseDates;
import org.luoshi.supervision.ledger.LedgerLayout.Column;
import org.luoshi.shared.workbook.SheetRow;
import org.luoshi.shared.workbook.UploadedWorkbook;
import org.luoshi.shared.workbook.WorkbookRefusedException;

/**
 * Reads tasks from a task breakdown table or ledger (.xlsx) as offices keep them, whether {@link TaskLedgerWriter}
 * wrote it or someone typed it: the header is found by its names wherever it stands in the first
 * {@value #HEADER_SEARCH_ROWS} rows of the first sheet that has one, under whichever of the usual names each column
 * goes by, and group headings (一、…) set the group of the tasks below them. A unit or deadline merged down a column
 * belongs to every row of the merge. The workbook is read through the shared {@link Workbook} and its guards.
 *
 * <p>Bad input never throws: every problem of every row is collected, each with the row and column to fix, so that
 * one upload shows the user all there is to correct.
 */
public class TaskLedgerReader {

	/** More than a district deploys in a year; beyond it the file is something else, or a bomb. */
	static final int MAX_TASKS = 5_000;
	/** Rows below the header, headings and blank rows included: room for every task, and a bound on the time to read. */
	static final int MAX_ROWS = 20 * MAX_TASKS;
	/** Tasks of a whole district's year take a megabyte or two; the file is held in memory to be read. */
	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
	/**
	 * What the package may unpack to. {@link TaskLedgerWriter} writes {@value #MAX_TASKS} tasks of a few hundred
	 * characters in about 20 MB of sheet XML (it writes Chinese as character references), Excel in far less; and a
	 * package that is one cell of this size still parses in a 512 MB heap, where one of 95 MB does not.
	 */
	static final int MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
	static final int HEADER_SEARCH_ROWS = 10;
	static final int MAX_CONTENT_LENGTH = 2_000;

	/** The columns read; 进展情况 and 状态 are the ledger's own and do not come back in. */
	private static final List<Column> READ_COLUMNS = List.of(Column.NUMBER, Column.CONTENT, Column.LEAD_UNITS, Column.CO_UNITS,
			Column.DEADLINE);
	private static final List<Column> REQUIRED_COLUMNS = List.of(Column.CONTENT, Column.LEAD_UNITS, Column.DEADLINE);

	private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,；;/／\\s\\u3000\\u00a0]+");
	/** Spaces and line breaks that headers are spread out with: 序  号, 完成\n时限. */
	private static final Pattern HEADER_SPACING = Pattern.compile("[\\s\\u3000\\u00a0]+");
	/** What headers carry besides their name: required-marks and notes (*牵头单位, 完成时限（年月日）). */
	private static final Pattern HEADER_DECORATION = Pattern.compile("[*＊★]+|[（(][^）)]*[）)]");
	/** A task's 序号: 1, 12, 1.1, 3、 */
	private static final Pattern ARABIC_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*[.、]?");
	/** Characters pasted from web pages and Word that look like nothing. */
	/** The serial of 9999-12-31, Excel's last date. */
	private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_465);

	/** Reads the workbook the stream holds; the stream is read to its end (or past the size limit) but not closed. */
	public LedgerReading read(InputStream in) {
		byte[] content;
		try {
			content = in.readNBytes(MAX_FILE_BYTES + 1);
		}
		catch (IOException e) {
			return LedgerReading.refused(LedgerProblem.ofFile("supervision.ledger.file.unreadable"));
		}
		if (content.length > MAX_FILE_BYTES) {
			return LedgerReading.refused(LedgerProblem.ofFile("supervision.ledger.file.too-large", MAX_FILE_BYTES / 1024 / 1024));
		}
		try (UploadedWorkbook workbook = UploadedWorkbook.open(content, new UploadedWorkbook.Limits(MAX_UNPACKED_BYTES, HEADER_SEARCH_ROWS + MAX_ROWS))) {
			return read(workbook);
		}
		catch (WorkbookRefusedException e) {
			return LedgerReading.refused(switch (e.reason()) {
				case EMPTY -> LedgerProblem.ofFile("supervision.ledger.file.empty");
				case LEGACY_OR_ENCRYPTED -> LedgerProblem.ofFile("supervision.ledger.file.xls");
				case NOT_XLSX -> LedgerProblem.ofFile("supervision.ledger.file.not-xlsx");
				case TOO_MUCH_CONTENT -> LedgerProblem.ofFile("supervision.ledger.file.too-much-content", MAX_UNPACKED_BYTES / 1024 / 1024);
				case TOO_MANY_ROWS -> LedgerProblem.ofFile("supervision.ledger.file.too-many-rows", MAX_ROWS);
				case UNREADABLE -> LedgerProblem.ofFile("supervision.ledger.file.unreadable");
			});
		}
	}

	private LedgerReading read(UploadedWorkbook workbook) {
		Header best = null;
		boolean anyText = false;
		for (String sheet : workbook.sheetNames()) {
			try (Stream<SheetRow> rows = workbook.rows(sheet).orElseThrow()) {
				Iterator<SheetRow> iterator = rows.iterator();
				Header header = null;
				while (iterator.hasNext()) {
					SheetRow row = iterator.next();
					anyText |= row.all().stream().anyMatch(cell -> SheetRow.text(cell) != null);
					if (row.number() > HEADER_SEARCH_ROWS) {
						break;
					}
					Header candidate = Header.of(row);
					if (header == null || candidate.columns().size() > header.columns().size()) {
						header = candidate;
					}
					if (header.missing().isEmpty()) {
						return new SheetReading(header).read(iterator);
					}
				}
				if (header != null && (best == null || header.columns().size() > best.columns().size())) {
					best = header;
				}
			}
		}
		if (!anyText) {
			return LedgerReading.refused(LedgerProblem.ofFile("supervision.ledger.file.no-tasks"));
		}
		List<Column> missing = best == null ? REQUIRED_COLUMNS : best.missing();
		int row = best == null || best.columns().isEmpty() ? 0 : best.rowNumber();
		return LedgerReading.refused(new LedgerProblem(row, null, "supervision.ledger.header.missing",
				List.of(missing.stream().map(Column::header).collect(Collectors.joining("、")), HEADER_SEARCH_ROWS)));
	}

	/**
	 * A header row: where each column read stands and what the file calls it (spaced out names closed up, so that
	 * problems name 序号 rather than 序  号). Several columns may stand for the
	 * co-units (责任单位 and 配合单位 side by side); the first column of any other name counts.
	 */
	private record Header(int rowNumber, Map<Column, List<Integer>> columns, Map<Integer, String> names) {

		static Header of(SheetRow row) {
			Map<Column, List<Integer>> columns = new EnumMap<>(Column.class);
			Map<Integer, String> names = new TreeMap<>();
			for (Cell cell : row.all()) {
				String text = SheetRow.text(cell);
				if (text == null) {
					continue;
				}
				String written = HEADER_SPACING.matcher(text).replaceAll("");
				String name = HEADER_DECORATION.matcher(written).replaceAll("");
				for (Column column : READ_COLUMNS) {
					if (column.headerVariants().contains(name) && (column == Column.CO_UNITS || !columns.containsKey(column))) {
						columns.computeIfAbsent(column, c -> new ArrayList<>()).add(cell.getColumnIndex());
						names.put(cell.getColumnIndex(), written);
					}
				}
			}
			return new Header(row.number(), columns, names);
		}

		List<Column> missing() {
			return REQUIRED_COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
		}

		int index(Column column) {
			return columns.getOrDefault(column, List.of(-1)).get(0);
		}

		String name(Column column) {
			return names.get(index(column));
		}
	}

	/** The rows below a header, read into tasks and problems. */
	private static final class SheetReading {

		private final Header header;
		private final List<ImportedTask> tasks = new ArrayList<>();
		private final List<LedgerProblem> problems = new ArrayList<>();
		private String group;
		private int taskRows;

		SheetReading(Header header) {
			this.header = header;
		}

		LedgerReading read(Iterator<SheetRow> rows) {
			int read = 0;
			while (rows.hasNext()) {
				if (++read > MAX_ROWS) {
					return LedgerReading.refused(LedgerProblem.ofFile("supervision.ledger.file.too-many-rows", MAX_ROWS));
				}
				if (!readRow(rows.next())) {
					return LedgerReading.refused(LedgerProblem.ofFile("supervision.ledger.file.too-many-tasks", MAX_TASKS));
				}
			}
			if (taskRows == 0) {
				return LedgerReading.refused(LedgerProblem.ofFile("supervision.ledger.file.no-tasks"));
			}
			return new LedgerReading(tasks, problems);
		}

		/** @return false once there are more task rows than anyone deploys */
		private boolean readRow(SheetRow row) {
			String number = row.text(header.index(Column.NUMBER));
			String content = row.text(header.index(Column.CONTENT));
			String lead = row.text(header.index(Column.LEAD_UNITS));
			Optional<Cell> deadlineCell = row.cell(header.index(Column.DEADLINE)).filter(cell -> SheetRow.text(cell) != null);
			List<String> coUnits = header.columns().getOrDefault(Column.CO_UNITS, List.of()).stream()
				.map(row::text)
				.flatMap(TaskLedgerReader::units)
				.distinct()
				.toList();
			boolean nothingButNumber = content == null && lead == null && coUnits.isEmpty() && deadlineCell.isEmpty();
			if (isHeading(number, content, lead, deadlineCell, nothingButNumber)) {
				// A goal's section starts with no group: its first tasks stand under none, not under the last goal's.
				group = number != null && number.startsWith(LedgerLayout.GOAL_HEADING) ? null : headingName(number, content);
				return true;
			}
			if (nothingButNumber) {
				return true; // blank, or numbered ahead in a template and never filled
			}
			if (++taskRows > MAX_TASKS) {
				return false;
			}
			int rowNumber = row.number();
			int problemsBefore = problems.size();
			if (content == null) {
				problems.add(LedgerProblem.ofCell(rowNumber, header.name(Column.CONTENT), "supervision.ledger.content.required"));
			}
			else if (content.codePointCount(0, content.length()) > MAX_CONTENT_LENGTH) {
				problems.add(LedgerProblem.ofCell(rowNumber, header.name(Column.CONTENT), "supervision.ledger.content.too-long",
						MAX_CONTENT_LENGTH, content.codePointCount(0, content.length())));
			}
			List<String> leadUnits = units(lead).distinct().toList();
			if (leadUnits.isEmpty()) {
				problems.add(LedgerProblem.ofCell(rowNumber, header.name(Column.LEAD_UNITS), "supervision.ledger.lead.required"));
			}
			LocalDate deadline = deadlineCell.map(TaskLedgerReader::deadline).orElse(null);
			if (deadlineCell.isEmpty()) {
				problems.add(LedgerProblem.ofCell(rowNumber, header.name(Column.DEADLINE), "supervision.ledger.deadline.required"));
			}
			else if (deadline == null) {
				problems.add(LedgerProblem.ofCell(rowNumber, header.name(Column.DEADLINE), "supervision.ledger.deadline.invalid",
						SheetRow.text(deadlineCell.get())));
			}
			if (problems.size() == problemsBefore) {
				tasks.add(new ImportedTask(rowNumber, number, group, content, leadUnits, coUnits, deadline));
			}
			return true;
		}

		/**
		 * A heading has neither lead unit nor deadline and is numbered in Chinese, in its 序号 (一) or at the start of its
		 * text (一、全力提速…). A heading merged across the row keeps its text in the first cell, the 序号: any text
		 * there but a task's number makes one, numbered or not (重点项目).
		 */
		private static boolean isHeading(String number, String content, String lead, Optional<Cell> deadline, boolean nothingButNumber) {
			if (nothingButNumber) {
				return number != null && !ARABIC_NUMBER.matcher(number).matches();
			}
			return lead == null && deadline.isEmpty() && (GroupOrdinals.isOrdinal(number) || GroupOrdinals.startsWithOrdinal(number)
					|| number == null && GroupOrdinals.startsWithOrdinal(content));
		}

		/** The heading's name without its ordinal; {@code null} for a heading that is an ordinal alone. */
		private static String headingName(String number, String content) {
			String text = number != null && !GroupOrdinals.isOrdinal(number) ? number : content;
			if (text == null) {
				return null;
			}
			String name = GroupOrdinals.withoutOrdinal(text);
			return name.isEmpty() ? null : name;
		}
	}

	/** The names in a unit cell, in their order: 区发改局、区财政局, one a line, or separated by commas or slashes. */
	private static Stream<String> units(String cell) {
		return cell == null ? Stream.empty() : UNIT_SEPARATORS.splitAsStream(cell).filter(name -> !name.isEmpty());
	}

	/**
	 * The deadline a cell holds: a date cell or a date serial typed as a number, an eight-digit 20260630, or any text
	 * {@link ChineseDates} reads; {@code null} when it holds none.
	 */
	private static LocalDate deadline(Cell cell) {
		BigDecimal number = number(cell);
		if (number == null) {
			return ChineseDates.deadlineCell(SheetRow.text(cell));
		}
		String digits = number.stripTrailingZeros().toPlainString();
		if (digits.length() == 8 && number.stripTrailingZeros().scale() <= 0) {
			return ChineseDates.deadlineCell(digits);
		}
		if (number.signum() <= 0 || number.compareTo(LAST_SERIAL) > 0) {
			return null;
		}
		LocalDate date = cell.asDate().toLocalDate();
		return ChineseDates.isPlausible(date) ? date : null;
	}

	/** A number cell's value, or a formula's when it computed a number. */
	private static BigDecimal number(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> cell.asNumber();
			case FORMULA -> {
				String value = cell.getRawValue();
				try {
					yield value == null ? null : new BigDecimal(value);
				}
				catch (NumberFormatException textResult) {
					yield null;
				}
			}
			default -> null;
		};
	}

}
