package org.luoshi.organization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.organization.UnitCommands.CreateUnit;
import org.luoshi.organization.UnitSummary;
import org.luoshi.organization.UnitType;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.metrics.WorkDurations;
import org.luoshi.shared.workbook.SheetRow;
import org.luoshi.shared.workbook.UploadedWorkbook;
import org.luoshi.shared.workbook.WorkbookRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Units and staff from an .xlsx workbook laid out like {@link #writeTemplate its template}: sheet 单位 and sheet 人员,
 * a header row, one record a row.
 *
 * <p>Every row goes through the same commands as the forms and the API, inside one transaction: a unit row may name a
 * parent created by an earlier row because that row is already written when the next is checked. Every row is checked
 * even after a bad one; when any row is bad the transaction is rolled back, so the file imports whole or not at all.
 */
@Component
public class OrganizationImport {

	/** Beyond this a district's organization is not being imported but something else; refuse before the work. */
	static final int MAX_ROWS = 5000;
	/** What a workbook may unpack to: 5,000 units and 5,000 staff take a few megabytes of sheet XML. */
	static final int MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

	static final String UNIT_SHEET = "单位";
	static final String STAFF_SHEET = "人员";
	static final String NOTES_SHEET = "说明";

	/** The 单位 sheet's columns, header → the command field it fills. */
	static final Map<String, String> UNIT_COLUMNS = columns("单位名称", "name", "简称", "shortName", "上级单位", "parentId", "类型", "type",
			"区划代码", "divisionCode", "排序", "sortOrder");

	/** The 人员 sheet's columns, header → the command field it fills. */
	static final Map<String, String> STAFF_COLUMNS = columns("姓名", "name", "所属单位", "unitId", "职务", "position", "手机号", "phone",
			"邮箱", "email");

	private final OrganizationService organization;
	private final TransactionTemplate transactions;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final WorkDurations durations;

	OrganizationImport(OrganizationService organization, PlatformTransactionManager transactionManager, MessageSource messages,
			ApplicationEventPublisher events, WorkDurations durations) {
		this.organization = organization;
		this.durations = durations;
		this.transactions = new TransactionTemplate(transactionManager);
		this.messages = messages;
		this.events = events;
	}

	/**
	 * What an import did: how many units and staff it created, or why it created none.
	 *
	 * @param problems every bad row (and anything wrong with the file as a whole); empty when the import succeeded
	 */
	public record Outcome(int units, int staff, List<Problem> problems) implements java.io.Serializable {

		public boolean succeeded() {
			return problems.isEmpty();
		}

		static Outcome refused(String messageKey, Object... arguments) {
			return new Outcome(0, 0, List.of(new Problem(null, 0, null, messageKey, List.of(arguments))));
		}
	}

	/**
	 * One reason the file was refused.
	 *
	 * @param sheet the sheet's name, {@code null} when it concerns the whole file
	 * @param row the row number as the spreadsheet shows it (the header is row 1), 0 for the whole file or sheet
	 * @param column the column's header, {@code null} when it concerns the whole row
	 */
	public record Problem(String sheet, int row, String column, String messageKey, List<Object> arguments)
			implements java.io.Serializable {

		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}

	/** A sheet's rows, read as they stream (the row limit stops a sheet of a million rows at its 5,001st). */
	private static List<SheetRow> rows(UploadedWorkbook workbook, String sheet) {
		Optional<Stream<SheetRow>> rows = workbook.rows(sheet);
		if (rows.isEmpty()) {
			return List.of();
		}
		try (Stream<SheetRow> stream = rows.get()) {
			return stream.toList();
		}
	}

	/** Imports the workbook, or nothing: see the class comment. */
	public Outcome importWorkbook(String fileName, byte[] content) {
		return durations.importing("organization", outcome -> !outcome.succeeded(), () -> importNow(fileName, content));
	}

	private Outcome importNow(String fileName, byte[] content) {
		if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			return Outcome.refused(content == null || content.length == 0 ? "organization.import.file.empty" : "organization.import.file.not-xlsx");
		}
		List<Problem> problems = new ArrayList<>();
		List<SheetRow> unitRows;
		List<SheetRow> staffRows;
		try (UploadedWorkbook workbook = UploadedWorkbook.open(content, new UploadedWorkbook.Limits(MAX_UNPACKED_BYTES, MAX_ROWS + 1))) {
			List<String> sheets = workbook.sheetNames();
			if (!sheets.contains(UNIT_SHEET) && !sheets.contains(STAFF_SHEET)) {
				return Outcome.refused("organization.import.file.no-sheets", UNIT_SHEET, STAFF_SHEET);
			}
			unitRows = rows(workbook, UNIT_SHEET);
			staffRows = rows(workbook, STAFF_SHEET);
		}
		catch (WorkbookRefusedException e) {
			return switch (e.reason()) {
				case EMPTY -> Outcome.refused("organization.import.file.empty");
				case LEGACY_OR_ENCRYPTED, NOT_XLSX -> Outcome.refused("organization.import.file.not-xlsx");
				case TOO_MUCH_CONTENT -> Outcome.refused("organization.import.file.too-much-content", MAX_UNPACKED_BYTES / 1024 / 1024);
				case TOO_MANY_ROWS -> Outcome.refused("organization.import.file.too-many-rows", MAX_ROWS);
				case UNREADABLE -> Outcome.refused("organization.import.file.unreadable");
			};
		}
		SheetRows units = SheetRows.of(UNIT_SHEET, UNIT_COLUMNS, unitRows, problems);
		SheetRows staff = SheetRows.of(STAFF_SHEET, STAFF_COLUMNS, staffRows, problems);
		if (!problems.isEmpty()) {
			return new Outcome(0, 0, problems);
		}
		if (units.rows().isEmpty() && staff.rows().isEmpty()) {
			return Outcome.refused("organization.import.file.no-rows");
		}
		return transactions.execute(status -> {
			Outcome outcome = importRows(units, staff);
			if (outcome.succeeded()) {
				events.publishEvent(RecordChanged.of("organization.import.completed", "organization-import", fileName, fileName,
						Changes.of().created("units", outcome.units()).created("staff", outcome.staff())));
			}
			else {
				status.setRollbackOnly();
			}
			return outcome;
		});
	}

	private Outcome importRows(SheetRows unitSheet, SheetRows staffSheet) {
		List<Problem> problems = new ArrayList<>();
		// Names of unit rows that failed, so that a later row naming one of them says why it is unknown.
		Map<String, Integer> failedUnitRows = new HashMap<>();
		int units = 0;
		for (DataRow row : unitSheet.rows()) {
			List<Violation> reading = new ArrayList<>();
			Long parentId = resolveUnit(row.text("parentId"), "parentId", failedUnitRows, reading);
			UnitType type = type(row.text("type"), reading);
			Integer sortOrder = UnitInput.sortOrder(row.text("sortOrder"), reading);
			List<Violation> violations = reading;
			try {
				organization.createUnit(new CreateUnit(parentId, row.text("name"), row.text("shortName"), type, row.text("divisionCode"),
						sortOrder));
			}
			catch (ValidationException e) {
				violations = UnitInput.combined(reading, e).violations();
			}
			if (violations.isEmpty()) {
				units++;
			}
			else {
				problems.addAll(unitSheet.problems(row, violations));
				remember(failedUnitRows, row.text("name"), row.number());
				remember(failedUnitRows, row.text("shortName"), row.number());
			}
		}
		int staff = 0;
		for (DataRow row : staffSheet.rows()) {
			List<Violation> reading = new ArrayList<>();
			Long unitId = resolveUnit(row.text("unitId"), "unitId", failedUnitRows, reading);
			List<Violation> violations = reading;
			try {
				organization.createStaff(new CreateStaff(unitId, row.text("name"), row.text("position"), row.text("phone"),
						row.text("email")));
			}
			catch (ValidationException e) {
				violations = UnitInput.combined(reading, e).violations();
			}
			if (violations.isEmpty()) {
				staff++;
			}
			else {
				problems.addAll(staffSheet.problems(row, violations));
			}
		}
		return problems.isEmpty() ? new Outcome(units, staff, List.of()) : new Outcome(0, 0, problems);
	}

	/**
	 * The unit a cell names: a full or short name, or a path such as {@code 棠下镇/经济发展办} where a name alone is
	 * ambiguous. Units created by earlier rows are found like any other, being written already.
	 */
	private Long resolveUnit(String text, String field, Map<String, Integer> failedUnitRows, List<Violation> violations) {
		if (text == null) {
			return null; // the command reports the missing value
		}
		List<String> segments = Arrays.stream(text.split("[/／]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		List<UnitSummary> candidates = List.of();
		if (!segments.isEmpty()) {
			candidates = organization.visibleUnitsNamed(segments.get(0), null);
			for (String segment : segments.subList(1, segments.size())) {
				candidates = candidates.stream().flatMap(parent -> organization.visibleUnitsNamed(segment, parent.id()).stream()).toList();
			}
			String last = segments.get(segments.size() - 1);
			List<UnitSummary> fullNames = candidates.stream().filter(u -> u.name().equals(last)).toList();
			if (!fullNames.isEmpty()) {
				candidates = fullNames;
			}
		}
		if (candidates.size() > 1) {
			List<UnitSummary> active = candidates.stream().filter(UnitSummary::active).toList();
			candidates = active.isEmpty() ? candidates : active;
		}
		if (candidates.size() == 1) {
			return candidates.get(0).id();
		}
		if (candidates.isEmpty()) {
			Integer failedRow = failedUnitRows.get(text);
			violations.add(failedRow != null ? Violation.of(field, "organization.import.unit.failed-row", text, failedRow)
					: Violation.of(field, "organization.import.unit.unknown", text));
		}
		else {
			violations.add(Violation.of(field, "organization.import.unit.ambiguous", text, candidates.size()));
		}
		return null;
	}

	/** The 类型 column takes the Chinese labels the template lists or the English type names. */
	private UnitType type(String text, List<Violation> violations) {
		if (text == null) {
			return null;
		}
		for (UnitType type : UnitType.values()) {
			if (typeLabel(type, Locale.SIMPLIFIED_CHINESE).equals(text)) {
				return type;
			}
		}
		return UnitType.parse(text).orElseGet(() -> {
			violations.add(Violation.of("type", "organization.import.type.unknown", text, typeChoices()));
			return null;
		});
	}

	private static void remember(Map<String, Integer> rows, String name, int row) {
		if (name != null) {
			rows.putIfAbsent(name, row);
		}
	}

	private String typeLabel(UnitType type, Locale locale) {
		return messages.getMessage("organization.type." + type.name(), null, type.name(), locale);
	}

	private String typeChoices() {
		return Arrays.stream(UnitType.values()).map(t -> typeLabel(t, Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("、"))
				+ " / " + Arrays.stream(UnitType.values()).map(UnitType::name).collect(Collectors.joining(", "));
	}

	// ---- the template

	/**
	 * The empty workbook to fill in: the two data sheets with their header rows (kept free of sample rows, which
	 * would be imported if left in) and a 说明 sheet explaining each column with an example, in the reader's language.
	 */
	public void writeTemplate(OutputStream out, Locale locale) throws IOException {
		Workbook workbook = new Workbook(out, "Luoshi", "1.0");
		header(workbook.newWorksheet(UNIT_SHEET), UNIT_COLUMNS, 4);
		header(workbook.newWorksheet(STAFF_SHEET), STAFF_COLUMNS, 3);
		Worksheet notes = workbook.newWorksheet(NOTES_SHEET);
		notes.width(0, 120);
		notes.value(0, 0, messages.getMessage("organization.import.template.title", null, locale));
		notes.style(0, 0).bold().fontSize(14).set();
		List<String> lines = new ArrayList<>();
		for (int i = 1; ; i++) {
			String line = messages.getMessage("organization.import.template.note." + i, null, null, locale);
			if (line == null) {
				break;
			}
			lines.add(line);
		}
		lines.add(messages.getMessage("organization.import.template.types", new Object[] { typeChoices() }, locale));
		for (int i = 0; i < lines.size(); i++) {
			notes.value(i + 2, 0, lines.get(i));
			notes.style(i + 2, 0).wrapText(true).set();
		}
		workbook.finish();
	}

	/** @param textColumn a column of digits that must stay text (division codes, phone numbers keep their leading zeros) */
	private static void header(Worksheet sheet, Map<String, String> columns, int textColumn) {
		int c = 0;
		for (String header : columns.keySet()) {
			sheet.value(0, c, header);
			sheet.style(0, c).bold().fillColor("FDE8E7").set();
			sheet.width(c, c == 0 ? 36 : 16);
			c++;
		}
		sheet.style(textColumn).format("@").set();
		sheet.freezePane(0, 1);
	}

	private static Map<String, String> columns(String... headerThenField) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < headerThenField.length; i += 2) {
			columns.put(headerThenField[i], headerThenField[i + 1]);
		}
		return columns;
	}

	// ---- reading rows

	/** One data row: its number as the spreadsheet shows it and its cells by command field. */
	record DataRow(int number, Map<String, String> cells) {

		String text(String field) {
			return cells.get(field);
		}
	}

	/** A sheet's data rows, read by header so that columns may come in any order. */
	record SheetRows(String sheet, Map<String, String> headerOfField, List<DataRow> rows) {

		static SheetRows of(String sheet, Map<String, String> columns, List<SheetRow> rows, List<Problem> problems) {
			Map<String, String> headerOfField = new LinkedHashMap<>();
			columns.forEach((header, field) -> headerOfField.put(field, header));
			if (rows.isEmpty()) {
				return new SheetRows(sheet, headerOfField, List.of());
			}
			SheetRow header = rows.get(0);
			Map<String, Integer> columnOfField = new HashMap<>();
			for (Cell cell : header.all()) {
				String text = SheetRow.text(cell);
				if (text != null && columns.containsKey(text)) {
					columnOfField.putIfAbsent(columns.get(text), cell.getColumnIndex());
				}
			}
			List<String> missing = columns.entrySet().stream().filter(e -> !columnOfField.containsKey(e.getValue())).map(Map.Entry::getKey).toList();
			if (!missing.isEmpty()) {
				problems.add(new Problem(sheet, header.number(), null, "organization.import.file.columns", List.of(String.join("、", missing))));
				return new SheetRows(sheet, headerOfField, List.of());
			}
			List<DataRow> data = new ArrayList<>();
			for (SheetRow row : rows.subList(1, rows.size())) {
				Map<String, String> cells = new HashMap<>();
				columnOfField.forEach((field, column) -> row.cell(column).map(SheetRow::text).ifPresent(v -> cells.put(field, v)));
				if (!cells.isEmpty()) {
					data.add(new DataRow(row.number(), cells));
				}
			}
			return new SheetRows(sheet, headerOfField, data);
		}

		List<Problem> problems(DataRow row, List<Violation> violations) {
			return violations.stream()
				.map(v -> new Problem(sheet, row.number(), v.field() == null ? null : headerOfField.get(v.field()), v.messageKey(),
						v.arguments()))
				.toList();
		}
	}
}
