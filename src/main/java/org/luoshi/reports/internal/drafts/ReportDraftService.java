package org.luoshi.reports.internal.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.DeploymentDraft.UnitMatch;
import org.luoshi.reports.HandOffPlan;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportConfirmed;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportInput;
import org.luoshi.reports.ReportReader;
import org.luoshi.reports.ReportStatus;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.metrics.WorkDurations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores drafts and applies the reviewer's edits. Each write checks the permission and the data scope, locks
 * optimistically on the report's version, re-indexes the report for search and publishes its audit event, all in
 * one transaction.
 */
@Service
class ReportDraftService implements ReportDrafts {

	static final int MAX_TASK_TEXT = 2000;
	static final int MAX_TITLE = 300;
	/** A title read from the text: long enough for an official document's title, short enough for a breadcrumb. */
	static final int MAX_DERIVED_TITLE = 100;
	static final String TYPE = "report";

	private final ReportRows rows;
	private final OrganizationDirectory directory;
	private final SearchIndex searchIndex;
	private final ApplicationEventPublisher events;
	private final HandOffPlanner planner;
	private final WorkDurations durations;
	private final OrganizationReader readers;
	private final UnitMatching matching;

	ReportDraftService(ReportRows rows, OrganizationDirectory directory, SearchIndex searchIndex,
			ApplicationEventPublisher events, HandOffPlanner planner, WorkDurations durations, OrganizationReader readers,
			UnitMatching matching) {
		this.readers = readers;
		this.matching = matching;
		this.rows = rows;
		this.directory = directory;
		this.searchIndex = searchIndex;
		this.events = events;
		this.planner = planner;
		this.durations = durations;
	}

	@Override
	@Transactional
	public Report create(ReportInput input, Actor actor) {
		requirePermission(actor);
		// the organization's units as they are today: the reader is built again when they change
		ReportReader reader = readers.current();
		ReportReader.Reading reading = durations.readingReport(() -> reader.readWithText(input));
		DeploymentDraft draft = matching.matched(reading.draft(), actor.scopeUnitId());
		String text = reading.text();
		String title = title(draft, input, text);
		long id = rows.insert(title, draft.date(), input.fileName(), text, draft, actor.accountId(), actor.scopeUnitId());
		Report report = rows.find(id).orElseThrow();
		index(report);
		events.publishEvent(RecordChanged.of("reports.report.created", TYPE, id, title,
				Changes.of().created("title", title).created("source", input.fileName()).created("tasks", draft.tasks().size())));
		return report;
	}

	@Override
	@Transactional(readOnly = true)
	public Report get(long id, Actor actor) {
		requirePermission(actor);
		return rows.find(id).filter(report -> visible(report, actor)).map(report -> unitsMatched(report, actor))
			.orElseThrow(() -> new NotFoundException(TYPE, id));
	}

	/**
	 * The report whose tasks all carry the matches of their units: a draft stored before units were matched (its units
	 * are the organization's names) is matched as it is read, and keeps the matches when it is next saved.
	 */
	private Report unitsMatched(Report report, Actor actor) {
		DeploymentDraft draft = report.draft();
		if (draft.tasks().stream().allMatch(Task::unitsMatched) && draft.otherPlans().stream().allMatch(Task::unitsMatched)) {
			return report;
		}
		return report.withDraft(matching.matched(draft, actor.scopeUnitId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ReportSummary> list(PageQuery page, Actor actor) {
		requirePermission(actor);
		List<Long> units = actor.seesWholeDistrict() ? null : directory.subtreeIds(actor.scopeUnitId());
		return page.toPage(rows.list(units, page), rows.count(units));
	}

	@Override
	@Transactional
	public Report editTask(long id, int version, int task, TaskEdit edit, Actor actor) {
		Report report = editable(id, actor);
		Task before = task(report, task);
		Task after = validated(edit, before, actor);
		return save(report, version, DraftEdits.replace(report.draft(), task, after), "reports.task.edited",
				Changes.of().field("task", null, task + 1).field("text", before.text(), after.text())
					.field("leadUnits", names(before.leadUnits()), names(after.leadUnits()))
					.field("coUnits", names(before.coUnits()), names(after.coUnits()))
					.field("deadline", string(before.deadline()), string(after.deadline())), actor);
	}

	@Override
	@Transactional
	public Report addTask(long id, int version, TaskEdit edit, Actor actor) {
		Report report = editable(id, actor);
		Task added = validated(edit, new Task(null, "", List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of()), actor);
		int index = placeInText(report, added.text());
		return save(report, version, DraftEdits.insert(report.draft(), index, added), "reports.task.added",
				Changes.of().created("task", index + 1).created("text", added.text())
					.created("leadUnits", added.leadUnits().isEmpty() ? null : names(added.leadUnits()))
					.created("coUnits", added.coUnits().isEmpty() ? null : names(added.coUnits()))
					.created("deadline", string(added.deadline())), actor);
	}

	@Override
	@Transactional
	public Report rename(long id, int version, String title, Actor actor) {
		Report report = editable(id, actor);
		String cleaned = title == null ? "" : title.strip();
		if (cleaned.isEmpty()) {
			throw new ValidationException(Violation.of("title", "reports.title.required"));
		}
		if (cleaned.length() > MAX_TITLE) {
			throw new ValidationException(Violation.of("title", "reports.title.too-long", MAX_TITLE));
		}
		if (!rows.rename(id, version, cleaned)) {
			throw ConflictException.staleVersion();
		}
		Report renamed = rows.find(id).orElseThrow();
		index(renamed);
		events.publishEvent(RecordChanged.of("reports.report.renamed", TYPE, id, cleaned,
				Changes.of().field("title", report.title(), cleaned)));
		return renamed;
	}

	@Override
	@Transactional
	public Report discard(long id, int version, Actor actor) {
		Report report = editable(id, actor);
		if (!rows.discard(id, version, actor.accountId())) {
			throw ConflictException.staleVersion();
		}
		searchIndex.remove(TYPE, String.valueOf(id));
		events.publishEvent(RecordChanged.of("reports.report.discarded", TYPE, id, report.title(),
				Changes.of().field("status", ReportStatus.DRAFT.name(), ReportStatus.DISCARDED.name())));
		return rows.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public HandOffPlan preview(long id, Actor actor) {
		return planner.plan(get(id, actor).tasks(), actor);
	}

	/** The reviewer's text, units and deadline checked whole, as a task that keeps the rest of {@code before}. */
	private Task validated(TaskEdit edit, Task before, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		String text = edit.text() == null ? "" : edit.text().strip();
		if (text.isEmpty()) {
			violations.add(Violation.of("text", "reports.task.text.required"));
		}
		else if (text.length() > MAX_TASK_TEXT) {
			violations.add(Violation.of("text", "reports.task.text.too-long", MAX_TASK_TEXT));
		}
		unitProblem(edit.leadUnits(), before, actor).ifPresent(problem -> violations.add(problem.on("leadUnits")));
		unitProblem(edit.coUnits(), before, actor).ifPresent(problem -> violations.add(problem.on("coUnits")));
		LocalDate deadline = null;
		if (edit.deadline() != null && !edit.deadline().isBlank()) {
			try {
				deadline = LocalDate.parse(edit.deadline().strip());
			}
			catch (DateTimeParseException e) {
				violations.add(Violation.of("deadline", "reports.task.deadline.invalid"));
			}
		}
		ValidationException.throwIfAny(violations);
		return DraftEdits.edited(before, text, distinct(edit.leadUnits()), distinct(edit.coUnits()), deadline);
	}

	/**
	 * Where a new task belongs: before the first task that stands later in the source; at the end when its text is not
	 * in the source (typed) or nothing stands after it.
	 */
	private static int placeInText(Report report, String text) {
		int start = SourceSpans.startOf(report.sourceText(), text);
		if (start < 0) {
			return report.tasks().size();
		}
		int[] starts = SourceSpans.starts(report.sourceText(), report.tasks().stream().map(Task::text).toList());
		for (int i = 0; i < starts.length; i++) {
			if (starts[i] > start) {
				return i;
			}
		}
		return report.tasks().size();
	}

	@Override
	@Transactional
	public Report deleteTask(long id, int version, int task, Actor actor) {
		Report report = editable(id, actor);
		Task before = task(report, task);
		return save(report, version, DraftEdits.delete(report.draft(), task), "reports.task.deleted",
				Changes.of().field("task", task + 1, null).field("text", before.text(), null), actor);
	}

	@Override
	@Transactional
	public Report mergeWithNext(long id, int version, int task, Actor actor) {
		Report report = editable(id, actor);
		Task first = task(report, task);
		if (task + 1 >= report.tasks().size()) {
			throw new ValidationException(Violation.of("task", "reports.task.merge.last"));
		}
		DeploymentDraft merged = DraftEdits.mergeWithNext(report.draft(), task);
		return save(report, version, merged, "reports.task.merged",
				Changes.of().field("task", null, task + 1)
					.field("text", first.text() + " | " + report.tasks().get(task + 1).text(), merged.tasks().get(task).text()), actor);
	}

	@Override
	@Transactional
	public Report splitTask(long id, int version, int task, String secondPart, Actor actor) {
		Report report = editable(id, actor);
		Task before = task(report, task);
		String start = secondPart == null ? "" : secondPart.strip();
		int position = start.isEmpty() ? -1 : before.text().indexOf(start);
		if (position <= 0 || before.text().substring(0, position).isBlank()) {
			throw new ValidationException(Violation.of("secondPart", "reports.task.split.not-found"));
		}
		DeploymentDraft split = DraftEdits.split(report.draft(), task, position);
		return save(report, version, split, "reports.task.split",
				Changes.of().field("task", null, task + 1)
					.field("text", before.text(), split.tasks().get(task).text() + " | " + split.tasks().get(task + 1).text()), actor);
	}

	@Override
	@Transactional
	public Report confirm(long id, Integer version, Actor actor) {
		if (get(id, actor).confirmed()) {
			throw new ConflictException("reports.confirmed.already");
		}
		Report report = editable(id, actor);
		if (report.tasks().isEmpty()) {
			throw new ValidationException(Violation.of("tasks", "reports.confirm.no-tasks"));
		}
		HandOffPlan plan = planner.plan(report.tasks(), actor);
		if (!rows.confirm(id, version == null ? report.version() : version, actor.accountId())) {
			throw ConflictException.staleVersion();
		}
		Report confirmed = unitsMatched(rows.find(id).orElseThrow(), actor);
		index(confirmed);
		events.publishEvent(new ReportConfirmed(id, confirmed.title(), confirmed.documentDate(), confirmed.unitId(),
				confirmed.draft().goals(), confirmed.tasks(), actor, plan));
		return confirmed;
	}

	/** Stores the changed draft, every unit named in it matched again (a reviewer's unit is matched like the text's). */
	private Report save(Report report, int version, DeploymentDraft draft, String action, Changes changes, Actor actor) {
		if (!rows.updateDraft(report.id(), version, matching.matched(draft, actor.scopeUnitId()))) {
			throw ConflictException.staleVersion();
		}
		Report saved = rows.find(report.id()).orElseThrow();
		index(saved);
		events.publishEvent(RecordChanged.of(action, TYPE, report.id(), report.title(), changes));
		return saved;
	}

	/** A draft the actor may change: visible, neither confirmed nor discarded. */
	private Report editable(long id, Actor actor) {
		Report report = get(id, actor);
		if (report.confirmed()) {
			throw new ConflictException("reports.confirmed.read-only");
		}
		if (report.status() == ReportStatus.DISCARDED) {
			throw new ConflictException("reports.discarded.read-only");
		}
		return report;
	}

	private static Task task(Report report, int index) {
		if (index < 0 || index >= report.tasks().size()) {
			throw new NotFoundException("task", index);
		}
		return report.tasks().get(index);
	}

	private record UnitProblem(String key, Object[] arguments) {

		Violation on(String field) {
			return Violation.of(field, key, arguments);
		}
	}

	/**
	 * The first name a reviewer may not choose: one that matches no unit of the organization within the actor's scope,
	 * or several ({@link UnitMatching}: 区发展改革局 matches 区发改局). The names the reader found for this task may
	 * stay, matched or not: the hand-off keeps such a task a draft and says why.
	 */
	private java.util.Optional<UnitProblem> unitProblem(List<String> names, Task before, Actor actor) {
		List<String> chosen = distinct(names).stream()
			.filter(name -> !before.leadUnits().contains(name) && !before.coUnits().contains(name))
			.toList();
		if (chosen.isEmpty()) {
			return java.util.Optional.empty();
		}
		UnitMatching.Matches matches = matching.of(chosen, actor.scopeUnitId());
		for (String name : chosen) {
			UnitMatch match = matches.match(name, UnitMatch.Role.LEAD);
			if (match.match() == UnitMatch.Match.UNKNOWN) {
				return java.util.Optional.of(new UnitProblem("reports.task.unit.unknown", new Object[] { name }));
			}
			if (match.match() == UnitMatch.Match.AMBIGUOUS) {
				return java.util.Optional.of(new UnitProblem("reports.task.unit.ambiguous",
						new Object[] { name, String.join("、", match.candidates()) }));
			}
		}
		return java.util.Optional.empty();
	}

	private static List<String> distinct(List<String> names) {
		return names.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
	}

	private static String names(List<String> names) {
		return String.join("、", names);
	}

	private static String string(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private boolean visible(Report report, Actor actor) {
		return actor.seesWholeDistrict() || (report.unitId() != null && directory.isVisibleTo(report.unitId(), actor));
	}

	private static void requirePermission(Actor actor) {
		if (!actor.can(Permissions.REPORTS_MANAGE)) {
			throw new AccessDeniedException(Permissions.REPORTS_MANAGE);
		}
	}

	/** Found by those who may open it: {@link ReportVisibility} is {@link #visible} for search. */
	private void index(Report report) {
		String body = report.tasks().stream().map(Task::text).collect(Collectors.joining("\n"));
		searchIndex.index(new SearchDocument(TYPE, String.valueOf(report.id()), ReportVisibility.of(report.unitId()), report.title(), body,
				"/reports/" + report.id(), report.updatedAt() == null ? Instant.now() : report.updatedAt()));
	}

	/**
	 * The document's title, else the file's name, else the text's first line, which may be a whole paragraph (a pasted
	 * text without a heading): cut to what a breadcrumb and a list row can show.
	 */
	static String title(DeploymentDraft draft, ReportInput input, String text) {
		String title = draft.title();
		if (title == null || title.isBlank()) {
			title = input.fileName() != null && !input.fileName().isBlank() ? input.fileName() : text.strip().lines().findFirst().orElse("");
		}
		title = title.strip().replaceAll("\\s+", " ");
		return title.length() > MAX_DERIVED_TITLE ? title.substring(0, MAX_DERIVED_TITLE - 1) + "…" : title;
	}
}
