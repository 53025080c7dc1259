package org.luoshi.supervision.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.metrics.WorkDurations;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskStatus;
import org.luoshi.supervision.internal.GoalRows;
import org.luoshi.supervision.internal.Inputs;
import org.luoshi.supervision.internal.TaskAccess;
import org.luoshi.supervision.internal.TaskIntake;
import org.luoshi.supervision.internal.TaskRows;
import org.luoshi.supervision.internal.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks in and out of the Excel forms offices keep: the task breakdown table (任务分解表) and the ledger (台账) of the
 * tasks a filter selects, and the import of a breakdown table into a goal — every row checked, names of units matched
 * against the organization, and nothing imported while any row is wrong.
 */
@Service
public class LedgerService {

	/** The forms are Chinese government forms whatever the language of the person exporting them. */
	private static final Locale FORM_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;
	private final TaskAccess access;
	private final GoalRows goals;
	private final TaskIntake tasks;
	private final Units units;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Times times;
	private final WorkDurations durations;

	LedgerService(JdbcClient jdbc, TaskAccess access, GoalRows goals, TaskIntake tasks, Units units, MessageSource messages,
			ApplicationEventPublisher events, Times times, WorkDurations durations) {
		this.jdbc = jdbc;
		this.access = access;
		this.goals = goals;
		this.tasks = tasks;
		this.units = units;
		this.messages = messages;
		this.events = events;
		this.times = times;
		this.durations = durations;
	}

	/** Writes the tasks the filter selects in the actor's scope, subtasks after their parents, grouped by their first tag. */
	@Transactional(readOnly = true)
	public void export(TaskFilter filter, LedgerLayout layout, Actor actor, OutputStream out) throws IOException {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		List<Long> unitTree = filter.unitId() == null ? null : units.subtree(filter.unitId());
		TaskRows.Where where = TaskRows.where(filter, scope, unitTree);
		Units.Names names = units.names();
		Map<Long, String> goalTitles = new HashMap<>();
		Map<Long, String> staffNames = new HashMap<>();
		LedgerNumbers numbers = new LedgerNumbers();
		List<LedgerRow> rows = jdbc.sql("SELECT t.id, t.parent_id, t.goal_id, t.tags[1] AS grp, t.content, t.lead_unit_id, "
				+ "t.responsible_staff_id, "
				+ "ARRAY(SELECT tu.unit_id FROM task_unit tu WHERE tu.task_id = t.id AND tu.role = 'CO' ORDER BY tu.unit_id) AS co_units, "
				+ "t.deadline, t.percent, t.progress_text, t.status, t.light FROM task t LEFT JOIN task p ON p.id = t.parent_id"
				+ where.sql() + " ORDER BY t.goal_id, t.tags[1] IS NOT NULL, "
				+ "min(COALESCE(p.seq, t.seq)) OVER (PARTITION BY t.goal_id, t.tags[1]), COALESCE(p.seq, t.seq), t.parent_id IS NOT NULL, t.seq")
			.params(where.params())
			.query((rs, row) -> {
				TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
				org.luoshi.supervision.Light light = org.luoshi.supervision.Light.valueOf(rs.getString("light"));
				Long lead = (Long) rs.getObject("lead_unit_id");
				Long staff = (Long) rs.getObject("responsible_staff_id");
				String goal = goalTitles.computeIfAbsent(rs.getLong("goal_id"),
						id -> goals.find(id).map(GoalRows.GoalRecord::title).orElse("#" + id));
				return new LedgerRow(numbers.next(rs.getLong("id"), (Long) rs.getObject("parent_id")), rs.getString("grp"),
						rs.getString("content"), lead == null ? List.of() : List.of(names.name(lead)),
						TaskRows.longs(rs.getArray("co_units")).stream().map(names::name).toList(), rs.getObject("deadline", LocalDate.class),
						progress(rs.getInt("percent"), rs.getString("progress_text"), status), text("supervision.status." + status.name()),
						status.isOpen() ? light : null, goal,
						staff == null ? null : staffNames.computeIfAbsent(staff,
								id -> units.directory().findStaff(id).map(StaffSummary::name).orElse(null)));
			})
			.list();
		new TaskLedgerWriter().write(layout, title(filter, layout), LocalDateTime.ofInstant(times.now(), times.zone()), rows, out);
	}

	/** An empty breakdown table with two example rows, to fill in and import. */
	public void template(OutputStream out) throws IOException {
		// The examples' deadlines are ends of months ahead of today, so that the template imports as it comes (an import
		// refuses a deadline already past, as a June deadline was in the second half of the year).
		java.time.YearMonth thisMonth = java.time.YearMonth.from(times.today());
		LocalDate inSixMonths = thisMonth.plusMonths(6).atEndOfMonth();
		LocalDate inThreeMonths = thisMonth.plusMonths(3).atEndOfMonth();
		new TaskLedgerWriter().write(LedgerLayout.BREAKDOWN, text("supervision.ledger.template.title"),
				LocalDateTime.ofInstant(times.now(), times.zone()), List.of(
						LedgerRow.task("1", text("supervision.ledger.template.group"), text("supervision.ledger.template.task1"),
								List.of("区发改局"), List.of("棠下镇", "荷塘镇"), inSixMonths),
						LedgerRow.task("2", text("supervision.ledger.template.group"), text("supervision.ledger.template.task2"),
								List.of("区司法局"), List.of(), inThreeMonths)),
				out);
	}

	/**
	 * The 序号 of an exported sheet: one run through the whole sheet (1, 2, 3 … whatever goal a task is of), and a
	 * subtask numbered after its task (3.1, 3.2) when that task is in the sheet too.
	 */
	private static final class LedgerNumbers {

		private final Map<Long, String> byTask = new HashMap<>();
		private final Map<Long, Integer> subtasks = new HashMap<>();
		private int topLevel;

		String next(long taskId, Long parentId) {
			String parent = parentId == null ? null : byTask.get(parentId);
			String number = parent == null ? String.valueOf(++topLevel) : parent + "." + subtasks.merge(parentId, 1, Integer::sum);
			byTask.put(taskId, number);
			return number;
		}
	}

	/** What an import did: how many tasks it created, or every problem found (and then it created none). */
	public record ImportResult(int imported, int issued, List<LedgerProblem> problems) {

		public boolean succeeded() {
			return problems.isEmpty();
		}
	}

	/**
	 * Imports a breakdown table into the goal: each row a task of the goal, its group heading as its tag, the first lead
	 * unit leading and every other named unit co-operating. With {@code issue} every task goes to its lead unit at once;
	 * otherwise they are drafts. All rows or none.
	 */
	@Transactional
	public ImportResult importInto(long goalId, byte[] file, boolean issue, Actor actor) {
		return durations.importing("ledger", result -> !result.succeeded(), () -> importNow(goalId, file, issue, actor));
	}

	private ImportResult importNow(long goalId, byte[] file, boolean issue, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_MANAGE);
		GoalRows.GoalRecord goal = goals.find(goalId)
			.filter(found -> actor.seesWholeDistrict() || units.isVisibleTo(found.ownerUnitId(), actor))
			.orElseThrow(() -> new NotFoundException("goal", goalId));
		LedgerReading reading = new TaskLedgerReader().read(new ByteArrayInputStream(file));
		List<LedgerProblem> problems = new ArrayList<>(reading.problems());
		List<Resolved> resolved = new ArrayList<>();
		for (ImportedTask row : reading.tasks()) {
			resolve(row, actor, problems).ifPresent(resolved::add);
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, 0, problems.stream().sorted(java.util.Comparator.comparingInt(LedgerProblem::row)).toList());
		}
		int issued = 0;
		for (Resolved row : resolved) {
			var task = tasks.createFrom(goal.id(), TaskSource.IMPORT, "row " + row.task().rowNumber(), row.task().content(),
					row.task().group() == null ? List.of() : List.of(Inputs.abbreviate(row.task().group(), Inputs.MAX_TAG)), null,
					row.lead(), row.coUnits(), row.task().deadline(), null, issue, actor);
			if (task.status() == TaskStatus.ISSUED) {
				issued++;
			}
		}
		events.publishEvent(RecordChanged.of("supervision.ledger.imported", "goal", goal.id(), goal.title(),
				Changes.of().created("tasks", resolved.size()).created("issued", issued)));
		return new ImportResult(resolved.size(), issued, List.of());
	}

	private record Resolved(ImportedTask task, long lead, List<Long> coUnits) {
	}

	/** The row's units as the organization knows them and within the actor's scope, or the problems that stop it. */
	private Optional<Resolved> resolve(ImportedTask row, Actor actor, List<LedgerProblem> problems) {
		int before = problems.size();
		List<Long> leads = new ArrayList<>();
		for (String name : row.leadUnits()) {
			unit(name, actor).ifPresentOrElse(leads::add,
					() -> problems.add(new LedgerProblem(row.rowNumber(), "牵头单位", "supervision.ledger.unit.unknown", List.of(name))));
		}
		List<Long> coUnits = new ArrayList<>(leads.size() > 1 ? leads.subList(1, leads.size()) : List.of());
		for (String name : row.coUnits()) {
			unit(name, actor).ifPresentOrElse(coUnits::add,
					() -> problems.add(new LedgerProblem(row.rowNumber(), "责任单位", "supervision.ledger.unit.unknown", List.of(name))));
		}
		if (row.deadline().isBefore(times.today())) {
			problems.add(new LedgerProblem(row.rowNumber(), "完成时限", "supervision.ledger.deadline.past", List.of(row.deadline().toString())));
		}
		if (problems.size() > before || leads.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Resolved(row, leads.get(0), coUnits));
	}

	private Optional<Long> unit(String name, Actor actor) {
		return units.findByName(name)
			.filter(UnitSummary::active)
			.filter(unit -> actor.seesWholeDistrict() || units.isVisibleTo(unit.id(), actor))
			.map(UnitSummary::id);
	}

	private String title(TaskFilter filter, LedgerLayout layout) {
		String suffix = text(layout == LedgerLayout.BREAKDOWN ? "supervision.ledger.title.breakdown" : "supervision.ledger.title.ledger");
		if (filter.goalId() != null) {
			return goals.find(filter.goalId()).map(goal -> goal.title() + suffix).orElse(suffix);
		}
		return text("supervision.ledger.title.all") + suffix;
	}

	private String progress(int percent, String text, TaskStatus status) {
		if (text == null || text.isBlank()) {
			return status == TaskStatus.CLOSED ? text("supervision.ledger.progress.closed") : "";
		}
		return text("supervision.ledger.progress", status == TaskStatus.CLOSED ? 100 : percent, text);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FORM_LANGUAGE);
	}
}
