package org.luoshi.projects.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.luoshi.organization.UnitSummary;
import org.luoshi.projects.ProjectPlatform;
import org.luoshi.projects.internal.ProjectAdministration.InvestmentInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.Violation;
import org.luoshi.shared.workbook.ImportProblem;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.luoshi.shared.workbook.PeriodCell;
import org.luoshi.shared.workbook.TableColumn;
import org.luoshi.shared.workbook.TableHeader;
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

	enum Column implements TableColumn {
		PROJECT("项目名称", "项目", "project"),
		PERIOD("期别", "月份", "时期", "period"),
		AMOUNT("本月完成投资", "本月完成投资(万元)", "本月完成投资（万元）", "完成投资", "完成投资(万元)", "完成投资（万元）", "本月完成", "amount"),
		TOWN("镇街", "所在镇街", "town"),
		PLATFORM("所属平台", "平台", "platform"),
		LEAD_UNIT("牵头单位", "责任单位", "lead unit"),
		SOURCE("来源", "source");

		private final List<String> headers;

		Column(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return headers;
		}
	}

	public record InvestmentImportOutcome(int rows, int reported, int revised) {
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
	 * @throws ImportRefusedException with every problem, nothing written
	 */
	@Transactional(noRollbackFor = ImportRefusedException.class)
	public InvestmentImportOutcome importInvestment(String fileName, byte[] content, Long projectId, Integer year, Integer month, Actor actor) {
		ProjectAdministration.requireManage(actor);
		ProjectStore.Row only = projectId == null ? null : administration.visible(projectId, actor);
		List<List<String>> rows = read(fileName, content);
		TableHeader<Column> header = TableHeader.find(rows, Column.class,
				found -> found.contains(Column.AMOUNT) && (found.contains(Column.PROJECT) || only != null))
			.orElseThrow(() -> ImportRefusedException.of(0, "projects.import.header"));
		if (!header.has(Column.PERIOD) && (year == null || month == null)) {
			throw ImportRefusedException.of(header.index() + 1, "projects.import.no-period");
		}
		// Read once for the whole file.
		Map<String, Long> projectIds = new HashMap<>();
		jdbc.sql("SELECT id, name FROM key_project").query((rs, n) -> projectIds.put(rs.getString("name"), rs.getLong("id"))).list();
		Map<String, String> towns = store.townNames();
		List<ProjectPlatform> platforms = store.platforms();
		List<UnitSummary> units = store.leadUnits();
		List<ImportProblem> problems = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		Map<Long, ProjectStore.Row> projects = new HashMap<>();
		for (int r = header.index() + 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			if (cells.stream().allMatch(cell -> cell == null)) {
				continue;
			}
			int number = r + 1;
			int before = problems.size();
			ProjectStore.Row project = only;
			if (header.has(Column.PROJECT)) {
				String name = header.cell(cells, Column.PROJECT);
				Long id = name == null ? null : projectIds.get(name);
				if (id == null || (only != null && id != only.id())) {
					problems.add(new ImportProblem(number, header.name(Column.PROJECT, null), "projects.import.project.unknown", List.of(name == null ? "" : name)));
					project = null;
				}
				else {
					project = projects.computeIfAbsent(id, key -> store.row(key).orElseThrow());
				}
			}
			String town = header.cell(cells, Column.TOWN);
			if (town != null) {
				Optional<String> code = towns.entrySet().stream().filter(e -> e.getKey().equals(town) || e.getValue().equals(town)).map(Map.Entry::getKey)
					.findFirst();
				if (code.isEmpty()) {
					problems.add(new ImportProblem(number, header.name(Column.TOWN, null), "projects.town.unknown", List.of(town)));
				}
				else if (project != null && !code.get().equals(project.townCode())) {
					problems.add(new ImportProblem(number, header.name(Column.TOWN, null), "projects.import.differs", List.of(town, project.name())));
				}
			}
			String platform = header.cell(cells, Column.PLATFORM);
			if (platform != null) {
				Optional<ProjectPlatform> found = platforms.stream().filter(p -> p.name().equals(platform)).findFirst();
				if (found.isEmpty()) {
					problems.add(new ImportProblem(number, header.name(Column.PLATFORM, null), "projects.platform.unknown", List.of(platform)));
				}
				else if (project != null && !Long.valueOf(found.get().id()).equals(project.platformId())) {
					problems.add(new ImportProblem(number, header.name(Column.PLATFORM, null), "projects.import.differs", List.of(platform, project.name())));
				}
			}
			String lead = header.cell(cells, Column.LEAD_UNIT);
			if (lead != null) {
				List<UnitSummary> named = units.stream().filter(u -> u.name().equals(lead) || lead.equals(u.shortName())).toList();
				if (named.isEmpty()) {
					problems.add(new ImportProblem(number, header.name(Column.LEAD_UNIT, null), "projects.lead-unit.unknown", List.of(lead)));
				}
				else if (project != null && named.stream().map(UnitSummary::id).noneMatch(Long.valueOf(project.leadUnitId())::equals)) {
					problems.add(new ImportProblem(number, header.name(Column.LEAD_UNIT, null), "projects.import.differs", List.of(lead, project.name())));
				}
			}
			Integer rowYear = year;
			Integer rowMonth = month;
			if (header.has(Column.PERIOD)) {
				String period = header.cell(cells, Column.PERIOD);
				Optional<YearMonth> read = PeriodCell.month(period, false);
				if (read.isEmpty()) {
					problems.add(new ImportProblem(number, header.name(Column.PERIOD, null), "projects.import.period", List.of(period == null ? "" : period)));
				}
				else {
					rowYear = read.get().getYear();
					rowMonth = read.get().getMonthValue();
				}
			}
			String amountText = header.cell(cells, Column.AMOUNT);
			BigDecimal amount = null;
			if (amountText == null) {
				problems.add(new ImportProblem(number, header.name(Column.AMOUNT, null), "validation.required", List.of()));
			}
			else {
				try {
					amount = new BigDecimal(amountText.replace(",", "").replace("，", ""));
				}
				catch (NumberFormatException e) {
					problems.add(new ImportProblem(number, header.name(Column.AMOUNT, null), "projects.import.number", List.of(amountText)));
				}
			}
			if (problems.size() == before && project != null) {
				parsed.add(new Parsed(number, project, new InvestmentInput(rowYear, rowMonth, amount, header.cell(cells, Column.SOURCE), false)));
			}
		}
		if (parsed.isEmpty() && problems.isEmpty()) {
			throw ImportRefusedException.of(0, "projects.import.empty");
		}
		parsed.sort(Comparator.comparing((Parsed p) -> p.project().id()).thenComparing(p -> p.input().year()).thenComparing(p -> p.input().month()));
		int[] counts = new int[2];
		nested.executeWithoutResult(status -> {
			for (Parsed row : parsed) {
				List<Violation> violations = administration.checkInvestment(row.project(), row.input(), "");
				if (!violations.isEmpty()) {
					violations.forEach(v -> problems.add(new ImportProblem(row.number(), column(v.field(), header), v.messageKey(), v.arguments())));
					continue;
				}
				counts[administration.writeInvestment(row.project(), row.input(), actor) ? 1 : 0]++;
			}
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
			}
		});
		if (!problems.isEmpty()) {
			throw new ImportRefusedException(problems);
		}
		String name = fileName == null ? "upload" : fileName;
		events.publishEvent(RecordChanged.of("projects.investment.imported", "project-investment-import", name, name, Changes.of()
			.created("rows", parsed.size()).created("reported", counts[0]).created("revised", counts[1])));
		return new InvestmentImportOutcome(parsed.size(), counts[0], counts[1]);
	}

	/** The file's header of the column a checked field came from. */
	private static String column(String field, TableHeader<Column> header) {
		return switch (field) {
			case "month", "year" -> header.name(Column.PERIOD, field);
			case "source" -> header.name(Column.SOURCE, field);
			default -> header.name(Column.AMOUNT, null);
		};
	}

	private static List<List<String>> read(String fileName, byte[] content) {
		return UploadedTable.rows(fileName, content, MAX_ROWS);
	}
}
