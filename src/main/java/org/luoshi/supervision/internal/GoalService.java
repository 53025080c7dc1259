package org.luoshi.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.GoalStanding;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.UpdateGoal;
import org.luoshi.supervision.TaskSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Goals: validated whole, scoped to the owner's unit, audited and indexed for search. */
@Service
@Transactional
public class GoalService implements GoalManagement {

	static final int MAX_TITLE = 300;
	private static final Set<String> COMPARATORS = Set.of(">", ">=", "~", "=", "<=", "<");

	private final GoalRows goals;
	private final TaskRows tasks;
	private final TaskService taskManagement;
	private final Units units;
	private final SupervisionSearchRecords searchRecords;
	private final ApplicationEventPublisher events;
	private final Times times;
	private final GoalIndicatorBindings indicatorBindings;

	GoalService(GoalRows goals, TaskRows tasks, TaskService taskManagement, Units units, SupervisionSearchRecords searchRecords,
			ApplicationEventPublisher events, Times times, GoalIndicatorBindings indicatorBindings) {
		this.indicatorBindings = indicatorBindings;
		this.goals = goals;
		this.tasks = tasks;
		this.taskManagement = taskManagement;
		this.units = units;
		this.searchRecords = searchRecords;
		this.events = events;
		this.times = times;
	}

	@Override
	public GoalDetails createGoal(CreateGoal command, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_MANAGE);
		List<Violation> violations = new ArrayList<>();
		Fields fields = fields(command.title(), command.description(), command.year(), command.indicator(), command.targetValue(),
				command.targetUnit(), command.comparator(), command.targetDeadline(), command.boundIndicator(), command.boundPlace(),
				violations);
		ValidationException.throwIfAny(violations);
		long id = create(fields, TaskSource.MANUAL, null, command.published(), actor);
		return goal(id, actor);
	}

	/** A goal brought by another part of the platform (a confirmed report, an import), validated like any other. */
	long create(String title, String description, int year, String indicator, BigDecimal value, String unit, String comparator,
			LocalDate targetDeadline, TaskSource source, String sourceRef, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		Fields fields = fields(title, description, year, indicator, value, unit, comparator,
				targetDeadline == null ? null : targetDeadline.toString(), null, null, violations);
		ValidationException.throwIfAny(violations);
		return create(fields, source, sourceRef, false, actor);
	}

	private long create(Fields fields, TaskSource source, String sourceRef, boolean published, Actor actor) {
		long id = goals.insert(new GoalRows.NewGoal(fields.title(), fields.description(), source, sourceRef, fields.year(),
				fields.indicator(), fields.value(), fields.unit(), fields.comparator(), fields.deadline(), fields.boundIndicator(),
				fields.boundPlace(), units.issuingUnit(actor), published, actor.accountId()));
		events.publishEvent(RecordChanged.of("supervision.goal.created", "goal", id, fields.title(),
				Changes.of().created("title", fields.title()).created("year", fields.year()).created("indicator", fields.indicator())
					.created("targetValue", fields.value()).created("boundIndicator", fields.boundIndicator())
					.created("boundPlace", fields.boundPlace()).created("source", source.name()).created("sourceRef", sourceRef)
					.created("published", published ? true : null)));
		index(goals.find(id).orElseThrow());
		return id;
	}

	@Override
	public GoalDetails updateGoal(UpdateGoal command, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_MANAGE);
		GoalRows.GoalRecord goal = owned(command.id(), actor);
		List<Violation> violations = new ArrayList<>();
		Fields fields = fields(command.title(), command.description(), command.year(), command.indicator(), command.targetValue(),
				command.targetUnit(), command.comparator(), command.targetDeadline(), command.boundIndicator(), command.boundPlace(),
				violations);
		ValidationException.throwIfAny(violations);
		if (!goals.update(goal.id(), command.version(), fields.title(), fields.description(), fields.year(), fields.indicator(),
				fields.value(), fields.unit(), fields.comparator(), fields.deadline(), fields.boundIndicator(), fields.boundPlace(),
				command.published())) {
			throw ConflictException.staleVersion();
		}
		events.publishEvent(RecordChanged.of("supervision.goal.edited", "goal", goal.id(), fields.title(),
				Changes.of().field("title", goal.title(), fields.title()).field("description", goal.description(), fields.description())
					.field("year", goal.year(), fields.year()).field("indicator", goal.indicator(), fields.indicator())
					.field("targetValue", plain(goal.targetValue()), plain(fields.value()))
					.field("targetUnit", goal.targetUnit(), fields.unit()).field("comparator", goal.comparator(), fields.comparator())
					.field("targetDeadline", string(goal.targetDeadline()), string(fields.deadline()))
					.field("boundIndicator", goal.boundIndicator(), fields.boundIndicator())
					.field("boundPlace", goal.boundPlace(), fields.boundPlace())
					.field("published", goal.published(), command.published())));
		index(goals.find(goal.id()).orElseThrow());
		return goal(goal.id(), actor);
	}

	@Override
	@Transactional(readOnly = true)
	public GoalDetails goal(long id, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		GoalRows.GoalRecord goal = goals.find(id, scope).orElseThrow(() -> new NotFoundException("goal", id));
		if (scope != null && !goals.visible(id, scope)) {
			throw new NotFoundException("goal", id);
		}
		return details(goal, units.names());
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<GoalStanding> standing(long id, Actor actor) {
		GoalDetails goal = goal(id, actor);
		return goal.binding() == null ? java.util.Optional.empty() : indicatorBindings.standing(goal.binding(), goal.year());
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<GoalDetails> goalOfReport(long reportId, Actor actor) {
		return goals.findByReport(reportId).flatMap(id -> {
			try {
				return java.util.Optional.of(goal(id, actor));
			}
			catch (NotFoundException e) {
				return java.util.Optional.empty();
			}
		});
	}

	@Override
	@Transactional(readOnly = true)
	public Page<GoalDetails> goals(Integer year, PageQuery page, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		Units.Names names = units.names();
		return page.toPage(goals.list(year, scope, page).stream().map(goal -> details(goal, names)).toList(), goals.count(year, scope));
	}

	@Override
	public int issueDrafts(long goalId, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_MANAGE);
		owned(goalId, actor);
		List<Task> issuable = issuable(goalId);
		issuable.forEach(task -> taskManagement.issue(task.id(), task.version(), actor));
		return issuable.size();
	}

	@Override
	@Transactional(readOnly = true)
	public int issuableDrafts(long goalId, Actor actor) {
		if (!actor.can(Permissions.SUPERVISION_MANAGE)) {
			return 0;
		}
		owned(goalId, actor);
		return issuable(goalId).size();
	}

	/** The goal's drafts that have what issuing needs ({@link Task#isIssuable}), parents before their subtasks. */
	private List<Task> issuable(long goalId) {
		return tasks.draftIds(goalId).stream().map(id -> tasks.load(id).orElseThrow())
			.filter(task -> task.isIssuable(times.today()))
			.toList();
	}

	/** The goal if the actor's unit owns it (the whole district owns every goal). */
	private GoalRows.GoalRecord owned(long id, Actor actor) {
		GoalRows.GoalRecord goal = goals.find(id).orElseThrow(() -> new NotFoundException("goal", id));
		if (!actor.seesWholeDistrict() && !units.isVisibleTo(goal.ownerUnitId(), actor)) {
			throw new NotFoundException("goal", id);
		}
		return goal;
	}

	public static GoalDetails details(GoalRows.GoalRecord goal, Units.Names names) {
		GoalDetails.Indicator indicator = goal.indicator() == null ? null
				: new GoalDetails.Indicator(goal.indicator(), goal.targetValue(), goal.targetUnit(), goal.comparator(), goal.targetDeadline());
		GoalDetails.Binding binding = goal.boundIndicator() == null ? null
				: new GoalDetails.Binding(goal.boundIndicator(), goal.boundPlace());
		return new GoalDetails(goal.id(), goal.title(), goal.description(), goal.source(), goal.sourceRef(), goal.year(), indicator, binding,
				names.ref(goal.ownerUnitId()), goal.published(), goal.tasks(), goal.closed(), goal.red(), goal.yellow(), goal.drafts(),
				goal.percent(), goal.version(), goal.createdAt(), goal.updatedAt());
	}

	private record Fields(String title, String description, int year, String indicator, BigDecimal value, String unit,
			String comparator, LocalDate deadline, String boundIndicator, String boundPlace) {
	}

	private Fields fields(String titleText, String descriptionText, Integer year, String indicatorText, BigDecimal value, String unitText,
			String comparatorText, String deadlineText, String boundIndicatorText, String boundPlaceText, List<Violation> violations) {
		String title = Inputs.required(titleText, "title", MAX_TITLE, violations);
		String description = Inputs.optional(descriptionText, "description", Inputs.MAX_TEXT, violations);
		int thisYear = times.today().getYear();
		if (year == null) {
			violations.add(Violation.of("year", "validation.required"));
		}
		else if (year < thisYear - 10 || year > thisYear + 10) {
			violations.add(Violation.of("year", "supervision.goal.year.range", thisYear - 10, thisYear + 10));
		}
		String indicator = Inputs.optional(indicatorText, "indicator", 100, violations);
		String unit = Inputs.optional(unitText, "targetUnit", 20, violations);
		String comparator = comparatorText == null || comparatorText.isBlank() ? null : comparatorText.strip();
		if (comparator != null && !COMPARATORS.contains(comparator)) {
			violations.add(Violation.of("comparator", "supervision.goal.comparator.invalid"));
		}
		LocalDate deadline = Inputs.date(deadlineText, "targetDeadline", violations);
		if (indicator == null && (value != null || unit != null)) {
			violations.add(Violation.of("indicator", "supervision.goal.indicator.required"));
		}
		if (indicator != null && value == null) {
			violations.add(Violation.of("targetValue", "supervision.goal.value.required"));
		}
		if (value != null && value.abs().compareTo(new BigDecimal("1e15")) >= 0) {
			violations.add(Violation.of("targetValue", "supervision.goal.value.range"));
		}
		GoalDetails.Binding binding = indicatorBindings.check(boundIndicatorText, boundPlaceText, violations);
		return new Fields(title, description, year == null ? thisYear : year, indicator, value, unit,
				indicator == null ? null : comparator == null ? ">=" : comparator, deadline,
				binding == null ? null : binding.indicatorCode(), binding == null ? null : binding.placeCode());
	}

	private void index(GoalRows.GoalRecord goal) {
		searchRecords.index(goal);
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String string(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
