package org.luoshi.projects.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.organization.UnitSummary;
import org.luoshi.projects.ProjectPlatform;
import org.luoshi.projects.internal.ProjectAdministration.InvestmentInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.Violation;
import org.luoshi.shared.workbook.SheetRow;
import org.luoshi.shared.workbook.UploadedTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the investment completed month by month from the district's project table (.xlsx or .csv, UTF-8 or
 * GB18030): a header row naming the project (项目名称) unless the import is for one project, the period (期别: 2026年9月,
 * 2026-09) unless given for all rows, the month's completed investment (本月完成投资, 万元), optionally 来源, and — checked
 * against the project when present — 镇街, 所属平台 and 牵头单位. All or nothing: every bad row is reported with its row,
 * column and reason, and then nothing is written. Rows are written in month order under a savepoint, so that a file
 * holding several months of a project is checked against its total investment as a whole.
 */
@Service
public class InvestmentImport {

	static final int MAX_ROWS = 10_000;
	static final int MAX_PROBLEMS = 200;
	private static final Pattern MONTH = Pattern.compile("^(\\d{4})\\s*年\\s*(?:1\\s*[-—~至到]\\s*)?(\\d{1,2})\\s*月(?:份)?$");
	private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})$");

	enum Column {
		PROJECT("项目名称", "项目", "project"),
		PERIOD("期别", "月份", "时期", "period"),
		AMOUNT("本月完成投资", "本月完成投资(万元)", "本月完成投资（万元）", "完成投资", "完成投资(万元)", "完成投资（万元）", "本月完成", "amount"),
		TOWN("镇街", "所在镇街", "town"),
		PLATFORM("所属平台", "平台", "platform"),
		LEAD_UNIT("牵头单位", "责任单位", "lead unit"),
		SOURCE("来源", "source");

		final List<String> headers;

		Column(String... headers) {
			this.headers = List.of(headers);
		}

		static Optional<Column> of(String header) {
			String typed = header == null ? "" : header.replace(" ", "").toLowerCase(Locale.ROOT);
			for (Column column : values()) {
				if (column.headers.stream().anyMatch(name -> name.replace(" ", "").toLowerCase(Locale.ROOT).equals(typed))) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}
	}

	/** A row's problem: its number as the sheet shows it (0 for the file), the column's header, the message. */
	public record Problem(int row, String column, String messageKey, List<Object> arguments) {
	}

	public record InvestmentImportOutcome(int rows, int reported, int revised) {
	}

	/** The file was refused: nothing was written. */
	public static class Refused extends RuntimeException {

		private final transient List<Problem> problems;

		Refused(List<Problem> problems) {
			super(problems.size() + " problems");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}
	}

	private final JdbcClient jdbc;
	private final ProjectStore store;
	private final ProjectAdministration administration;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate nested;

	InvestmentImport(JdbcClient jdbc, ProjectStore store, ProjectAdministration administration, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.store = store;
		this.administration = administration;
		this.events = events;
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	private record Parsed(int number, ProjectStore.Row project, InvestmentInput input) {
	}

	/**
	 * Reads and writes the file's months; {@code projectId} for a file of one project without a 项目名称 column,
	 * {@code year}/{@code month} for rows without a period.
	 *
	 * @throws Refused with every problem, nothing written
	 */
	@Transactional(noRollbackFor = Refused.class)
	public InvestmentImportOutcome importInvestment(String fileName, byte[] content, Long projectId, Integer year, Integer month, Actor actor) {
		ProjectAdministration.requireManage(actor);
		ProjectStore.Row only = projectId == null ? null : administration.visible(projectId, actor);
		List<List<String>> rows = read(fileName, content);
		int headerAt = -1;
		Map<Column, Integer> columns = new HashMap<>();
		Map<Column, String> headers = new HashMap<>();
		for (int r = 0; r < Math.min(rows.size(), 10) && headerAt < 0; r++) {
			Map<Column, Integer> found = new HashMap<>();
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				int index = c;
				Column.of(cells.get(c)).ifPresent(column -> {
					found.putIfAbsent(column, index);
					headers.putIfAbsent(column, cells.get(index));
				});
			}
			if (found.containsKey(Column.AMOUNT) && (found.containsKey(Column.PROJECT) || only != null)) {
				headerAt = r;
				columns.putAll(found);
			}
		}
		if (headerAt < 0) {
			throw new Refused(List.of(new Problem(0, null, "projects.import.header", List.of())));
		}
		if (!columns.containsKey(Column.PERIOD) && (year == null || month == null)) {
			throw new Refused(List.of(new Problem(headerAt + 1, null, "projects.import.no-period", List.of())));
		}
		// Read once for the whole file.
		Map<String, Long> projectIds = new HashMap<>();
		jdbc.sql("SELECT id, name FROM key_project").query((rs, n) -> projectIds.put(rs.getString("name"), rs.getLong("id"))).list();
		Map<String, String> towns = store.townNames();
		List<ProjectPlatform> platforms = store.platforms();
		List<UnitSummary> units = store.leadUnits();
		List<Problem> problems = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		Map<Long, ProjectStore.Row> projects = new HashMap<>();
		for (int r = headerAt + 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			if (cells.stream().allMatch(cell -> cell == null)) {
				continue;
			}
			int number = r + 1;
			int before = problems.size();
			ProjectStore.Row project = only;
			if (columns.containsKey(Column.PROJECT)) {
				String name = cell(cells, columns.get(Column.PROJECT));
				Long id = name == null ? null : projectIds.get(name);
				if (id == null || (only != null && id != only.id())) {
					problems.add(new Problem(number, headers.get(Column.PROJECT), "projects.import.project.unknown", List.of(name == null ? "" : name)));
					project = null;
				}
				else {
					project = projects.computeIfAbsent(id, key -> store.row(key).orElseThrow());
				}
			}
			String town = cell(cells, columns.get(Column.TOWN));
			if (town != null) {
				Optional<String> code = towns.entrySet().stream().filter(e -> e.getKey().equals(town) || e.getValue().equals(town)).map(Map.Entry::getKey)
					.findFirst();
				if (code.isEmpty()) {
					problems.add(new Problem(number, headers.get(Column.TOWN), "projects.town.unknown", List.of(town)));
				}
				else if (project != null && !code.get().equals(project.townCode())) {
					problems.add(new Problem(number, headers.get(Column.TOWN), "projects.import.differs", List.of(town, project.name())));
				}
			}
			String platform = cell(cells, columns.get(Column.PLATFORM));
			if (platform != null) {
				Optional<ProjectPlatform> found = platforms.stream().filter(p -> p.name().equals(platform)).findFirst();
				if (found.isEmpty()) {
					problems.add(new Problem(number, headers.get(Column.PLATFORM), "projects.platform.unknown", List.of(platform)));
				}
				else if (project != null && !Long.valueOf(found.get().id()).equals(project.platformId())) {
					problems.add(new Problem(number, headers.get(Column.PLATFORM), "projects.import.differs", List.of(platform, project.name())));
				}
			}
			String lead = cell(cells, columns.get(Column.LEAD_UNIT));
			if (lead != null) {
				List<UnitSummary> named = units.stream().filter(u -> u.name().equals(lead) || lead.equals(u.shortName())).toList();
				if (named.isEmpty()) {
					problems.add(new Problem(number, headers.get(Column.LEAD_UNIT), "projects.lead-unit.unknown", List.of(lead)));
				}
				else if (project != null && named.stream().map(UnitSummary::id).noneMatch(Long.valueOf(project.leadUnitId())::equals)) {
					problems.add(new Problem(number, headers.get(Column.LEAD_UNIT), "projects.import.differs", List.of(lead, project.name())));
				}
			}
			Integer rowYear = year;
			Integer rowMonth = month;
			if (columns.containsKey(Column.PERIOD)) {
				String period = cell(cells, columns.get(Column.PERIOD));
				int[] read = period == null ? null : period(period);
				if (read == null) {
					problems.add(new Problem(number, headers.get(Column.PERIOD), "projects.import.period", List.of(period == null ? "" : period)));
				}
				else {
					rowYear = read[0];
					rowMonth = read[1];
				}
			}
			String amountText = cell(cells, columns.get(Column.AMOUNT));
			BigDecimal amount = null;
			if (amountText == null) {
				problems.add(new Problem(number, headers.get(Column.AMOUNT), "validation.required", List.of()));
			}
			else {
				try {
					amount = new BigDecimal(amountText.replace(",", "").replace("，", ""));
				}
				catch (NumberFormatException e) {
					problems.add(new Problem(number, headers.get(Column.AMOUNT), "projects.import.number", List.of(amountText)));
				}
			}
			if (problems.size() == before && project != null) {
				parsed.add(new Parsed(number, project, new InvestmentInput(rowYear, rowMonth, amount, cell(cells, columns.get(Column.SOURCE)), false)));
			}
		}
		if (parsed.isEmpty() && problems.isEmpty()) {
			throw new Refused(List.of(new Problem(0, null, "projects.import.empty", List.of())));
		}
		parsed.sort(Comparator.comparing((Parsed p) -> p.project().id()).thenComparing(p -> p.input().year()).thenComparing(p -> p.input().month()));
		int[] counts = new int[2];
		nested.executeWithoutResult(status -> {
			for (Parsed row : parsed) {
				List<Violation> violations = administration.checkInvestment(row.project(), row.input(), "");
				if (!violations.isEmpty()) {
					violations.forEach(v -> problems.add(new Problem(row.number(), header(v.field(), headers), v.messageKey(), v.arguments())));
					continue;
				}
				counts[administration.writeInvestment(row.project(), row.input(), actor) ? 1 : 0]++;
			}
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
			}
		});
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(Problem::row));
			throw new Refused(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
		}
		String name = fileName == null ? "upload" : fileName;
		events.publishEvent(RecordChanged.of("projects.investment.imported", "project-investment-import", name, name, Changes.of()
			.created("rows", parsed.size()).created("reported", counts[0]).created("revised", counts[1])));
		return new InvestmentImportOutcome(parsed.size(), counts[0], counts[1]);
	}

	static int[] period(String text) {
		String typed = text.replace(" ", "");
		Matcher matcher = MONTH.matcher(typed);
		if (matcher.matches() || (matcher = ISO.matcher(typed)).matches()) {
			int month = Integer.parseInt(matcher.group(2));
			return month >= 1 && month <= 12 ? new int[] { Integer.parseInt(matcher.group(1)), month } : null;
		}
		return null;
	}

	private static String header(String field, Map<Column, String> headers) {
		return switch (field) {
			case "month", "year" -> headers.getOrDefault(Column.PERIOD, field);
			case "source" -> headers.getOrDefault(Column.SOURCE, field);
			default -> headers.get(Column.AMOUNT);
		};
	}

	private static String cell(List<String> cells, Integer column) {
		return column == null || column >= cells.size() ? null : SheetRow.typed(cells.get(column));
	}

	private static List<List<String>> read(String fileName, byte[] content) {
		return UploadedTable.rows(fileName, content, MAX_ROWS);
	}
}
