package org.luoshi.enterprise.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.dhatim.fastexcel.reader.CellType;
import org.luoshi.enterprise.EnterpriseScale;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.enterprise.IndustrySection;
import org.luoshi.enterprise.internal.EnterpriseInput.ContactInput;
import org.luoshi.enterprise.internal.EnterpriseValidation.Valid;
import org.luoshi.enterprise.internal.Towns.Town;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.Violation;
import org.luoshi.shared.metrics.WorkDurations;
import org.luoshi.shared.web.Times;
import org.luoshi.shared.workbook.Csv;
import org.luoshi.shared.workbook.SheetRow;
import org.luoshi.shared.workbook.UploadedWorkbook;
import org.luoshi.shared.workbook.ImportProblem;
import org.luoshi.shared.workbook.WorkbookRefusedException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enterprises from a market-regulation register (.xlsx or .csv): a header row — found among the first rows, below a
 * title if there is one — naming {@link RegisterColumn}s in any order, then one enterprise a row. The town comes from
 * 区划代码, else 所属镇街, else the town that 登记机关 or 住所 names.
 *
 * <p>All or nothing: every row is checked by the registry's own rules ({@link EnterpriseValidation}, the reader's scope
 * included) and every bad row is reported with its row, column and reason; while any row is bad nothing is written.
 * A credit code that several rows carry is one enterprise when the rows agree in every column and refused when they
 * differ. A code already registered updates its enterprise (the register's columns, and the others where the file gives
 * a value; its contacts stay), within the reader's scope.
 *
 * <p>The fast path, for registers of a million rows: rows are checked as they stream from the file and go straight into
 * a temporary table by PostgreSQL's {@code COPY}; repeated codes, enterprises outside the scope, the insert or update
 * of every enterprise, their contacts and history entries are then one set-based statement each. The import is one
 * audit entry with its counts; each enterprise's history names the file.
 */
@Component
public class EnterpriseImport {

	static final int MAX_ROWS = 1_000_000;
	/** What a workbook may unpack to: a million rows of the register take some hundreds of megabytes of sheet XML. */
	static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;
	/** A register sent as a request body rather than uploaded: a million rows of it are about 300 MB. */
	public static final long MAX_BODY_BYTES = 1024L * 1024 * 1024;
	/** Problems listed; beyond them only the number of bad rows is told (a wrong file would otherwise list a million). */
	static final int MAX_PROBLEMS = 1000;
	private static final int HEADER_SEARCH_ROWS = 10;
	private static final String AUDIT_TARGET = "enterprise-import";
	/** Compiled once: every row of a register without 区划代码 asks for each town's stem. */
	private static final Pattern SPACES = Pattern.compile("[\\s　]+");
	private static final Pattern TOWN_SUFFIX = Pattern.compile("(街道|镇|乡)$");

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final Towns towns;
	private final EnterpriseSearchBacklog searchBacklog;
	private final ApplicationEventPublisher events;
	private final Labels labels;
	private final WorkDurations durations;
	private final Times times;

	EnterpriseImport(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager, Towns towns,
			EnterpriseSearchBacklog searchBacklog, ApplicationEventPublisher events, MessageSource messages, WorkDurations durations, Times times) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.towns = towns;
		this.searchBacklog = searchBacklog;
		this.events = events;
		this.labels = Labels.of(messages);
		this.durations = durations;
		this.times = times;
	}

	/**
	 * What an import did, or why it did nothing.
	 *
	 * @param rows the data rows read
	 * @param merged rows that repeated an earlier row of the same code
	 * @param unchanged enterprises already registered exactly so
	 * @param badRows how many rows had a problem (all of them, even beyond the problems listed)
	 */
	public record Outcome(int rows, int created, int updated, int unchanged, int merged, int badRows, List<ImportProblem> problems)
			implements java.io.Serializable {

		public boolean succeeded() {
			return problems.isEmpty();
		}

		static Outcome refused(String messageKey, Object... arguments) {
			return new Outcome(0, 0, 0, 0, 0, 0, List.of(new ImportProblem(0, null, messageKey, List.of(arguments))));
		}
	}

	/** Imports the file as the actor, or nothing: see the class comment. */
	public Outcome importFile(String fileName, byte[] content, Actor actor) {
		return importFile(fileName, content == null ? null : new ByteArrayResource(content), actor);
	}

	/**
	 * Imports the file as the actor, or nothing: see the class comment. A CSV is read as it streams, twice (once to tell
	 * its character set), so that a register of a million rows is never held in memory; a workbook is read whole.
	 */
	public Outcome importFile(String fileName, InputStreamSource content, Actor actor) {
		if (!actor.can(EnterpriseAccess.MANAGE)) {
			throw new AccessDeniedException(EnterpriseAccess.MANAGE);
		}
		return durations.importing("enterprise", outcome -> !outcome.succeeded(), () -> importNow(fileName, content, actor));
	}

	private Outcome importNow(String fileName, InputStreamSource content, Actor actor) {
		if (content == null || empty(content)) {
			return Outcome.refused("enterprise.import.file.empty");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
			return Outcome.refused("enterprise.import.file.type");
		}
		return transactions.execute(status -> {
			Outcome outcome;
			try (Stream<List<Cell>> rows = name.endsWith(".csv") ? csvRows(content) : workbookRows(content)) {
				outcome = importRows(fileName, rows.iterator(), actor);
			}
			catch (WorkbookRefusedException e) {
				outcome = switch (e.reason()) {
					case EMPTY -> Outcome.refused("enterprise.import.file.empty");
					case LEGACY_OR_ENCRYPTED, NOT_XLSX -> Outcome.refused("enterprise.import.file.not-xlsx");
					case TOO_MUCH_CONTENT -> Outcome.refused("enterprise.import.file.too-much-content");
					case TOO_MANY_ROWS -> Outcome.refused("enterprise.import.file.too-many-rows", MAX_ROWS);
					case UNREADABLE -> Outcome.refused("enterprise.import.file.unreadable");
				};
			}
			if (!outcome.succeeded()) {
				status.setRollbackOnly();
			}
			return outcome;
		});
	}

	private static boolean empty(InputStreamSource content) {
		try (InputStream in = content.getInputStream()) {
			return in.read() < 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ---- reading the file

	/** A cell's text, and whether the spreadsheet held a number there (which loses the digits of a long code). */
	record Cell(String text, boolean number) {
	}

	private static Stream<List<Cell>> workbookRows(InputStreamSource upload) {
		byte[] content;
		try (InputStream in = upload.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		UploadedWorkbook workbook = UploadedWorkbook.open(content, new UploadedWorkbook.Limits(MAX_UNPACKED_BYTES, MAX_ROWS + HEADER_SEARCH_ROWS));
		List<Stream<SheetRow>> sheets = workbook.allSheets();
		if (sheets.isEmpty()) {
			workbook.close();
			throw new WorkbookRefusedException(WorkbookRefusedException.Reason.UNREADABLE);
		}
		sheets.stream().skip(1).forEach(Stream::close);
		int[] next = { 1 };
		return sheets.get(0).flatMap(row -> {
			// Blank rows are left out of the stream; the numbers must still be the spreadsheet's.
			List<List<Cell>> rows = new ArrayList<>();
			for (; next[0] < row.number(); next[0]++) {
				rows.add(List.of());
			}
			next[0] = row.number() + 1;
			int width = row.cells().isEmpty() ? 0 : row.cells().lastKey() + 1;
			List<Cell> cells = new ArrayList<>(width);
			for (int c = 0; c < width; c++) {
				cells.add(row.cell(c).map(cell -> new Cell(SheetRow.text(cell), cell.getType() == CellType.NUMBER))
					.orElse(new Cell(null, false)));
			}
			rows.add(cells);
			return rows.stream();
		}).onClose(workbook::close);
	}

	private static Stream<List<Cell>> csvRows(InputStreamSource content) {
		Reader text;
		try {
			Charset charset = Csv.charsetOf(content.getInputStream());
			text = new BufferedReader(new InputStreamReader(content.getInputStream(), charset), 1 << 16);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Csv.RecordReader reader = new Csv.RecordReader(text);
		Iterator<List<Cell>> records = new Iterator<>() {

			private List<String> next = reader.next();
			private int read;

			@Override
			public boolean hasNext() {
				return next != null;
			}

			@Override
			public List<Cell> next() {
				if (++read > MAX_ROWS + HEADER_SEARCH_ROWS) {
					throw new WorkbookRefusedException(WorkbookRefusedException.Reason.TOO_MANY_ROWS, MAX_ROWS);
				}
				List<Cell> cells = next.stream().map(EnterpriseImport::csvCell).toList();
				next = reader.next();
				return cells;
			}
		};
		return Stream.iterate(records, Iterator::hasNext, it -> it).map(Iterator::next).onClose(() -> {
			try {
				text.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * A CSV field as typed, cleaned as a workbook's cells are ({@link SheetRow#typed}); an apostrophe that keeps a
	 * spreadsheet from reading it as a formula or number is dropped.
	 */
	private static Cell csvCell(String field) {
		String text = SheetRow.typed(field);
		if (text != null && text.startsWith("'") && text.length() > 1) {
			text = text.substring(1);
		}
		return new Cell(text, false);
	}

	// ---- checking and writing

	/** The header found: which column of the file holds which register column, and the file's own header text. */
	private record Header(Map<RegisterColumn, Integer> index, Map<RegisterColumn, String> names) {

		Cell cell(List<Cell> row, RegisterColumn column) {
			Integer at = index.get(column);
			return at == null || at >= row.size() ? new Cell(null, false) : row.get(at);
		}

		String text(List<Cell> row, RegisterColumn column) {
			return cell(row, column).text();
		}

		boolean has(RegisterColumn column) {
			return index.containsKey(column);
		}
	}

	private Outcome importRows(String fileName, Iterator<List<Cell>> rows, Actor actor) {
		EnterpriseAccess.Scope scope = new EnterpriseAccess.Scope(actor, towns.snapshot());
		Header found = null;
		int rowNumber = 0;
		while (found == null && rows.hasNext() && rowNumber < HEADER_SEARCH_ROWS) {
			found = header(rows.next());
			rowNumber++;
		}
		if (found == null) {
			return Outcome.refused("enterprise.import.file.no-header", RegisterColumn.CREDIT_CODE.header());
		}
		Header header = found;
		List<String> missing = Stream.of(RegisterColumn.CREDIT_CODE, RegisterColumn.NAME, RegisterColumn.LEGAL_REPRESENTATIVE,
				RegisterColumn.ADDRESS).filter(column -> !header.has(column)).map(RegisterColumn::header).toList();
		if (!missing.isEmpty()) {
			return Outcome.refused("enterprise.import.file.columns", String.join("、", missing));
		}
		jdbc.sql("""
				CREATE TEMPORARY TABLE enterprise_import (
				    row_number int, credit_code text, name text, legal_representative text, address text, division_code text,
				    park text, industry text, scale text, tags varchar(40)[], cppcc_member text, note text,
				    contact_name text, contact_role text, contact_phone text, contact_email text) ON COMMIT DROP""").update();
		Problems problems = new Problems();
		int data = 0;
		try (Copy copy = new Copy(connection())) {
			while (rows.hasNext()) {
				List<Cell> row = rows.next();
				rowNumber++;
				if (row.stream().allMatch(cell -> cell.text() == null)) {
					continue;
				}
				data++;
				List<Violation> violations = new ArrayList<>();
				Valid valid = read(header, row, scope, violations);
				if (valid == null) {
					problems.row(rowNumber, violations, header);
				}
				else {
					copy.row(rowNumber, valid);
				}
			}
		}
		if (data == 0) {
			return Outcome.refused("enterprise.import.file.no-rows");
		}
		// A temporary table is never analysed on its own; the statements below join and group a million rows of it, in
		// memory rather than in sorted runs on disk (the default work_mem of 4 MB spills a million codes' grouping).
		jdbc.sql("ANALYZE enterprise_import").update();
		jdbc.sql("SET LOCAL work_mem = '128MB'").update();
		int merged = repeatedCodes(header, problems);
		outsideScope(header, scope, problems);
		if (problems.any()) {
			return new Outcome(data, 0, 0, 0, 0, problems.badRows(), problems.listed());
		}
		return write(fileName, data, merged, actor, scope);
	}

	/** The row's register columns, or {@code null} when it names too few of them to be the header. */
	private static Header header(List<Cell> row) {
		Map<RegisterColumn, Integer> index = new EnumMap<>(RegisterColumn.class);
		Map<RegisterColumn, String> names = new EnumMap<>(RegisterColumn.class);
		for (int c = 0; c < row.size(); c++) {
			String text = row.get(c).text();
			int column = c;
			RegisterColumn.of(text).filter(known -> !index.containsKey(known)).ifPresent(known -> {
				index.put(known, column);
				names.put(known, text);
			});
		}
		return index.containsKey(RegisterColumn.CREDIT_CODE) && index.size() >= 2 ? new Header(index, names) : null;
	}

	/** The row as the registry's input, checked by its rules; {@code null} (and the violations) when it fails one. */
	private Valid read(Header header, List<Cell> row, EnterpriseAccess.Scope scope, List<Violation> violations) {
		if (header.cell(row, RegisterColumn.CREDIT_CODE).number()) {
			violations.add(Violation.of("creditCode", "enterprise.import.credit-code.number"));
		}
		String phone = header.text(row, RegisterColumn.CONTACT_PHONE);
		String email = header.text(row, RegisterColumn.CONTACT_EMAIL);
		if (phone != null && phone.contains("*") || email != null && email.contains("*")) {
			violations.add(Violation.of(phone != null && phone.contains("*") ? "contacts[0].phone" : "contacts[0].email",
					"enterprise.import.contact.masked"));
		}
		String division = division(header, row, scope.towns(), violations);
		EnterpriseInput input = new EnterpriseInput(header.text(row, RegisterColumn.CREDIT_CODE), header.text(row, RegisterColumn.NAME),
				header.text(row, RegisterColumn.LEGAL_REPRESENTATIVE), header.text(row, RegisterColumn.ADDRESS), division,
				header.text(row, RegisterColumn.PARK), industry(header.text(row, RegisterColumn.INDUSTRY)),
				scale(header.text(row, RegisterColumn.SCALE)), tags(header.text(row, RegisterColumn.TAGS)),
				header.text(row, RegisterColumn.CPPCC_MEMBER), header.text(row, RegisterColumn.NOTE),
				List.of(new ContactInput(header.text(row, RegisterColumn.CONTACT_NAME), null, phone, email)));
		boolean townUntold = division == null;
		Valid valid = EnterpriseValidation.read(input, scope, violations);
		if (townUntold) {
			// Why the town is missing is said already, in the words of the column it was looked for in.
			violations.removeIf(v -> "divisionCode".equals(v.field()) && "validation.required".equals(v.messageKey()));
		}
		return violations.isEmpty() ? valid : null;
	}

	/**
	 * The town's division code: 区划代码 as written, else the town 所属镇街 names (its name, its name without 镇 or 街道,
	 * or its code), else the one town that 登记机关 or, last, 住所 mentions. {@code null} (reported) when none tells.
	 */
	private static String division(Header header, List<Cell> row, Towns.Snapshot snapshot, List<Violation> violations) {
		String code = header.text(row, RegisterColumn.DIVISION_CODE);
		if (code != null) {
			return code;
		}
		String town = header.text(row, RegisterColumn.TOWN);
		if (town != null) {
			Optional<Town> named = snapshot.towns().stream()
				.filter(candidate -> candidate.divisionCode().equals(town) || candidate.name().equals(town) || stem(candidate).equals(town))
				.findFirst();
			if (named.isEmpty()) {
				violations.add(Violation.of("divisionCode", "enterprise.import.town.unknown", town, snapshot.choices(snapshot.towns())));
			}
			return named.map(Town::divisionCode).orElse(null);
		}
		for (RegisterColumn column : List.of(RegisterColumn.AUTHORITY, RegisterColumn.ADDRESS)) {
			String text = header.text(row, column);
			List<Town> mentioned = text == null ? List.of()
					: snapshot.towns().stream().filter(candidate -> text.contains(stem(candidate))).toList();
			if (mentioned.size() == 1) {
				return mentioned.get(0).divisionCode();
			}
		}
		violations.add(Violation.of("divisionCode", "enterprise.import.town.missing"));
		return null;
	}

	/** 棠下 of 棠下镇, 白沙 of 白沙街道: how registers and addresses often name a town. */
	private static String stem(Town town) {
		return TOWN_SUFFIX.matcher(town.name()).replaceFirst("");
	}

	/** 行业门类 as a section letter, an industry code (C3982) or the section's name (制造业); as typed when none of these. */
	private String industry(String text) {
		if (text == null) {
			return null;
		}
		String first = SPACES.split(text, 2)[0];
		if (IndustrySection.ofCode(first).isPresent()) {
			return first;
		}
		return labels.industries().entrySet().stream().filter(section -> text.contains(section.getValue()))
			.map(section -> section.getKey().name()).findFirst().orElse(text);
	}

	/** 企业规模 as 大型 … 微型 (大型企业 too) or the scale's name; as typed when neither. */
	private String scale(String text) {
		if (text == null) {
			return null;
		}
		return labels.scales().entrySet().stream().filter(scale -> text.startsWith(scale.getValue()))
			.map(scale -> scale.getKey().name()).findFirst().orElse(text);
	}

	/** 标签 as labels (侨资企业、规上企业) or names, separated by 、, commas or semicolons. */
	private List<String> tags(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[、,，;；]+")).map(String::strip).filter(tag -> !tag.isEmpty())
			.map(tag -> labels.tags().getOrDefault(tag, tag))
			.toList();
	}

	/**
	 * Rows of one code: merged when they agree in every column, each later row refused (naming the columns) when they
	 * differ. Answers how many rows were merged.
	 */
	private int repeatedCodes(Header header, Problems problems) {
		int[] merged = { 0 };
		// The staging table's columns compared, in the order of the register's columns (the order problems name them in).
		Map<String, RegisterColumn> compared = new java.util.LinkedHashMap<>();
		compared.put("name", RegisterColumn.NAME);
		compared.put("legal_representative", RegisterColumn.LEGAL_REPRESENTATIVE);
		compared.put("address", RegisterColumn.ADDRESS);
		compared.put("division_code", header.has(RegisterColumn.DIVISION_CODE) ? RegisterColumn.DIVISION_CODE : RegisterColumn.TOWN);
		compared.put("park", RegisterColumn.PARK);
		compared.put("industry", RegisterColumn.INDUSTRY);
		compared.put("scale", RegisterColumn.SCALE);
		compared.put("tags", RegisterColumn.TAGS);
		compared.put("cppcc_member", RegisterColumn.CPPCC_MEMBER);
		compared.put("contact_name", RegisterColumn.CONTACT_NAME);
		compared.put("contact_phone", RegisterColumn.CONTACT_PHONE);
		compared.put("contact_email", RegisterColumn.CONTACT_EMAIL);
		compared.put("note", RegisterColumn.NOTE);
		List<String> columns = List.copyOf(compared.keySet());
		StringBuilder sql = new StringBuilder("SELECT credit_code, array_agg(row_number ORDER BY row_number) AS rows");
		columns.forEach(column -> sql.append(", count(DISTINCT coalesce(CAST(").append(column).append(" AS text), '')) > 1 AS ")
			.append(column));
		// Comparing the columns of every code would cost a second pass over a million rows; only repeated codes are compared.
		sql.append(" FROM enterprise_import WHERE credit_code IN (SELECT credit_code FROM enterprise_import GROUP BY credit_code")
			.append(" HAVING count(*) > 1) GROUP BY credit_code ORDER BY min(row_number)");
		jdbc.sql(sql.toString()).query(rs -> {
			Integer[] repeated = (Integer[]) rs.getArray("rows").getArray();
			List<String> differing = new ArrayList<>();
			for (String column : columns) {
				if (rs.getBoolean(column)) {
					RegisterColumn differs = compared.get(column);
					differing.add(header.names().getOrDefault(differs, differs.header()));
				}
			}
			if (differing.isEmpty()) {
				merged[0] += repeated.length - 1;
				return;
			}
			for (int i = 1; i < repeated.length; i++) {
				problems.add(new ImportProblem(repeated[i], header.names().get(RegisterColumn.CREDIT_CODE), "enterprise.import.repeated.differs",
						List.of(rs.getString("credit_code"), repeated[0], String.join("、", differing))));
			}
		});
		return merged[0];
	}

	/** Codes registered already in a town outside the reader's scope: not theirs to update. */
	private void outsideScope(Header header, EnterpriseAccess.Scope scope, Problems problems) {
		if (scope.actor().seesWholeDistrict()) {
			return;
		}
		jdbc.sql("""
				SELECT s.row_number, s.credit_code, e.division_code FROM enterprise_import s JOIN enterprise e ON e.credit_code = s.credit_code
				 WHERE NOT (e.division_code = ANY (CAST(:managed AS text[]))) ORDER BY s.row_number""")
			.param("managed", scope.managedTowns().stream().map(Town::divisionCode).toArray(String[]::new))
			.query(rs -> {
				String town = scope.towns().town(rs.getString("division_code")).map(Town::name).orElse(rs.getString("division_code"));
				problems.add(new ImportProblem(rs.getInt("row_number"), header.names().get(RegisterColumn.CREDIT_CODE),
						"enterprise.import.registered-elsewhere", List.of(rs.getString("credit_code"), town)));
			});
	}

	/** Every checked row written in a few set-based statements: see the class comment. */
	private Outcome write(String fileName, int rows, int merged, Actor actor, EnterpriseAccess.Scope scope) {
		Instant now = times.now();
		jdbc.sql("CREATE TEMPORARY TABLE enterprise_import_done (id bigint, credit_code text, created boolean) ON COMMIT DROP").update();
		// Rows of one code agree (else the file was refused): the first stands for them. Without repeats, no sort is needed.
		String chosen = merged == 0 ? "enterprise_import"
				: "(SELECT DISTINCT ON (credit_code) * FROM enterprise_import ORDER BY credit_code, row_number)";
		jdbc.sql("""
				WITH chosen AS (SELECT * FROM %s AS first_rows),
				written AS (
				    INSERT INTO enterprise AS e (credit_code, name, legal_representative, address, division_code, park, industry, scale,
				                                 tags, cppcc_member, note, created_at, updated_at)
				    SELECT credit_code, name, legal_representative, address, division_code, park, industry, scale,
				           coalesce(tags, '{}'), cppcc_member, note, :now, :now
				      FROM chosen
				    ON CONFLICT (credit_code) DO UPDATE
				       SET name = EXCLUDED.name, legal_representative = EXCLUDED.legal_representative, address = EXCLUDED.address,
				           division_code = EXCLUDED.division_code, park = coalesce(EXCLUDED.park, e.park),
				           industry = coalesce(EXCLUDED.industry, e.industry), scale = coalesce(EXCLUDED.scale, e.scale),
				           tags = CASE WHEN EXCLUDED.tags = '{}' THEN e.tags ELSE EXCLUDED.tags END,
				           cppcc_member = CASE WHEN EXCLUDED.tags = '{}' THEN e.cppcc_member ELSE EXCLUDED.cppcc_member END,
				           note = coalesce(EXCLUDED.note, e.note), version = e.version + 1, updated_at = EXCLUDED.updated_at
				     WHERE (e.name, e.legal_representative, e.address, e.division_code, e.park, e.industry, e.scale, e.tags,
				            e.cppcc_member, e.note)
				           IS DISTINCT FROM
				           (EXCLUDED.name, EXCLUDED.legal_representative, EXCLUDED.address, EXCLUDED.division_code,
				            coalesce(EXCLUDED.park, e.park), coalesce(EXCLUDED.industry, e.industry), coalesce(EXCLUDED.scale, e.scale),
				            CASE WHEN EXCLUDED.tags = '{}' THEN e.tags ELSE EXCLUDED.tags END,
				            CASE WHEN EXCLUDED.tags = '{}' THEN e.cppcc_member ELSE EXCLUDED.cppcc_member END, coalesce(EXCLUDED.note, e.note))
				    RETURNING e.id, e.credit_code, (xmax = 0) AS created)
				INSERT INTO enterprise_import_done SELECT * FROM written""".formatted(chosen))
			.param("now", EnterpriseService.timestamp(now))
			.update();
		jdbc.sql("""
				INSERT INTO enterprise_contact (enterprise_id, position, name, phone, email)
				SELECT d.id, 0, s.contact_name, s.contact_phone, s.contact_email
				  FROM enterprise_import_done d JOIN %s AS s ON s.credit_code = d.credit_code
				 WHERE d.created AND s.contact_name IS NOT NULL""".formatted(chosen)).update();
		jdbc.sql("""
				INSERT INTO enterprise_history (enterprise_id, kind, at, actor_name, source)
				SELECT id, CASE WHEN created THEN 'IMPORTED' ELSE 'UPDATED_BY_IMPORT' END, :now, :actor, :file
				  FROM enterprise_import_done""")
			.param("now", EnterpriseService.timestamp(now))
			.param("actor", actor.displayName())
			.param("file", fileName.length() > 200 ? fileName.substring(0, 200) : fileName)
			.update();
		int created = jdbc.sql("SELECT count(*) FROM enterprise_import_done WHERE created").query(Integer.class).single();
		int updated = jdbc.sql("SELECT count(*) FROM enterprise_import_done WHERE NOT created").query(Integer.class).single();
		int unchanged = rows - merged - created - updated;
		searchBacklog.queueImported();
		events.publishEvent(RecordChanged.of("enterprise.import.completed", AUDIT_TARGET, fileName, fileName, Changes.of()
			.created("rows", rows)
			.created("created", created)
			.created("updated", updated)
			.created("unchanged", unchanged)
			.created("merged", merged)));
		return new Outcome(rows, created, updated, unchanged, merged, 0, List.of());
	}

	private Connection connection() {
		return DataSourceUtils.getConnection(dataSource);
	}

	/**
	 * The registry's Chinese labels, as registers write industries, sizes and tags: read once, since every row of a
	 * million asks for them.
	 */
	private record Labels(Map<IndustrySection, String> industries, Map<EnterpriseScale, String> scales, Map<String, String> tags) {

		static Labels of(MessageSource messages) {
			Map<IndustrySection, String> industries = new java.util.LinkedHashMap<>();
			Arrays.stream(IndustrySection.values()).forEach(section -> industries.put(section, zh(messages, "enterprise.industry." + section.name())));
			Map<EnterpriseScale, String> scales = new java.util.LinkedHashMap<>();
			Arrays.stream(EnterpriseScale.values()).forEach(scale -> scales.put(scale, zh(messages, "enterprise.scale." + scale.name())));
			Map<String, String> tags = new java.util.HashMap<>();
			Arrays.stream(EnterpriseTag.values()).forEach(tag -> tags.putIfAbsent(zh(messages, "enterprise.tag." + tag.name()), tag.name()));
			return new Labels(industries, scales, tags);
		}

		private static String zh(MessageSource messages, String key) {
			return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
		}
	}

	/** The problems found so far: every bad row counted, the first {@value #MAX_PROBLEMS} listed, in row order. */
	private static final class Problems {

		private final List<ImportProblem> listed = new ArrayList<>();
		private final Set<Integer> badRows = new HashSet<>();

		void row(int row, List<Violation> violations, Header header) {
			for (Violation violation : violations) {
				add(new ImportProblem(row, column(violation.field(), header), violation.messageKey(), violation.arguments()));
			}
		}

		void add(ImportProblem problem) {
			badRows.add(problem.row());
			if (listed.size() < MAX_PROBLEMS) {
				listed.add(problem);
			}
		}

		boolean any() {
			return !badRows.isEmpty();
		}

		int badRows() {
			return badRows.size();
		}

		List<ImportProblem> listed() {
			return listed.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::row)).toList();
		}

		/** The file's header of the column a field came from. */
		private static String column(String field, Header header) {
			if (field == null) {
				return null;
			}
			RegisterColumn column = switch (field) {
				case "creditCode" -> RegisterColumn.CREDIT_CODE;
				case "name" -> RegisterColumn.NAME;
				case "legalRepresentative" -> RegisterColumn.LEGAL_REPRESENTATIVE;
				case "address" -> RegisterColumn.ADDRESS;
				case "divisionCode" -> Stream.of(RegisterColumn.DIVISION_CODE, RegisterColumn.TOWN, RegisterColumn.AUTHORITY)
					.filter(header::has).findFirst().orElse(RegisterColumn.ADDRESS);
				case "park" -> RegisterColumn.PARK;
				case "industry" -> RegisterColumn.INDUSTRY;
				case "scale" -> RegisterColumn.SCALE;
				case "tags" -> RegisterColumn.TAGS;
				case "cppccMember" -> RegisterColumn.CPPCC_MEMBER;
				case "note" -> RegisterColumn.NOTE;
				case "contacts[0].name" -> RegisterColumn.CONTACT_NAME;
				case "contacts[0].phone" -> RegisterColumn.CONTACT_PHONE;
				case "contacts[0].email" -> RegisterColumn.CONTACT_EMAIL;
				default -> null;
			};
			return column == null ? null : header.names().getOrDefault(column, column.header());
		}
	}

	/**
	 * Checked rows into the temporary table through {@code COPY … FROM STDIN} in its text format, buffered: the fast
	 * path's one round trip per some thousand rows rather than one per row.
	 */
	private static final class Copy implements AutoCloseable {

		private static final int BUFFER = 1 << 16;
		private final CopyIn copy;
		private final StringBuilder buffer = new StringBuilder(BUFFER + 4096);

		Copy(Connection connection) {
			try {
				this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY enterprise_import FROM STDIN");
			}
			catch (SQLException e) {
				throw new IllegalStateException("COPY into the import table failed", e);
			}
		}

		void row(int number, Valid valid) {
			Contact contact = valid.contacts().isEmpty() ? null : valid.contacts().get(0);
			field(String.valueOf(number));
			field(valid.code().value());
			field(valid.name());
			field(valid.legalRepresentative());
			field(valid.address());
			field(valid.town().divisionCode());
			field(valid.park());
			field(valid.industry() == null ? null : valid.industry().name());
			field(valid.scale() == null ? null : valid.scale().name());
			field(valid.tags().isEmpty() ? null : EnterpriseRows.tagArray(valid.tags()));
			field(valid.cppccMember());
			field(valid.note());
			field(contact == null ? null : contact.name());
			field(contact == null ? null : contact.role());
			field(contact == null ? null : contact.phone());
			field(contact == null ? null : contact.email());
			buffer.setCharAt(buffer.length() - 1, '\n');
			if (buffer.length() >= BUFFER) {
				flush();
			}
		}

		/** A field and its tab; backslashes, tabs and line breaks escaped as COPY's text format wants them. */
		private void field(String value) {
			if (value == null) {
				buffer.append("\\N");
			}
			else {
				for (int i = 0; i < value.length(); i++) {
					char c = value.charAt(i);
					switch (c) {
						case '\\' -> buffer.append("\\\\");
						case '\t' -> buffer.append("\\t");
						case '\n' -> buffer.append("\\n");
						case '\r' -> buffer.append("\\r");
						default -> buffer.append(c);
					}
				}
			}
			buffer.append('\t');
		}

		private void flush() {
			try {
				byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				buffer.setLength(0);
			}
			catch (SQLException e) {
				throw new IllegalStateException("COPY into the import table failed", e);
			}
		}

		@Override
		public void close() {
			flush();
			try {
				copy.endCopy();
			}
			catch (SQLException e) {
				throw new IllegalStateException("COPY into the import table failed", e);
			}
		}
	}
}
