package org.luoshi.enterprise.demands.internal;

import org.luoshi.shared.lifecycle.Audience;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.demands.DemandActions;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.enterprise.demands.DemandDetails;
import org.luoshi.enterprise.demands.DemandManagement;
import org.luoshi.enterprise.demands.DemandSource;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandStep;
import org.luoshi.enterprise.demands.DemandType;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.enterprise.proposals.ProposalIntake;
import org.luoshi.enterprise.visits.VisitDirectory;
import org.luoshi.enterprise.visits.VisitSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Masks;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand desk's one command path ({@link #take}): load the demand whole and lock it, work out the actor's sides,
 * check the step in the transition table ({@link DemandLifecycle}), let the {@link Demand} take it, write it back, then
 * render each {@link DemandEvent} as a timeline entry, an audit entry and a notification, keep the three rates' counts
 * and re-index the demand for search. Raising a demand checks it, routes it (首接负责) and starts its clock. All in one
 * transaction.
 */
@Service
@Transactional
class DemandService implements DemandManagement {

	/** The audit trail's name for a demand ({@link DemandAuditUnits}). */
	static final String TARGET = "demand";
	static final int MAX_TITLE = 100;
	/** The working days a supervised task raised from an overdue demand is given. */
	static final int OVERDUE_TASK_DAYS = 5;

	private final DemandRows demands;
	private final DemandCategories categories;
	private final DemandAccess access;
	private final DemandCounts counts;
	private final DemandSearchRecords search;
	private final SimilarDemands similar;
	private final WorkingDays workingDays;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final TaskManagement tasks;
	private final VisitDirectory visits;
	private final ProposalIntake proposals;
	private final ApplicationEventPublisher events;
	private final Times times;

	DemandService(DemandRows demands, DemandCategories categories, DemandAccess access, DemandCounts counts, DemandSearchRecords search,
			SimilarDemands similar, WorkingDays workingDays, EnterpriseDirectory enterprises, OrganizationDirectory organization,
			TaskManagement tasks, VisitDirectory visits, ProposalIntake proposals, ApplicationEventPublisher events, Times times) {
		this.visits = visits;
		this.proposals = proposals;
		this.demands = demands;
		this.categories = categories;
		this.access = access;
		this.counts = counts;
		this.search = search;
		this.similar = similar;
		this.workingDays = workingDays;
		this.enterprises = enterprises;
		this.organization = organization;
		this.tasks = tasks;
		this.events = events;
		this.times = times;
	}

	// ----- raising

	@Override
	public DemandDetails raise(RaiseDemand command, Actor actor) {
		DemandAccess.requireAny(actor, Permissions.DEMAND_DISPATCH, Permissions.DEMAND_HANDLE, Permissions.DEMAND_SUBMIT,
				Permissions.VISIT_RECORD);
		DemandAccess.Scope scope = access.scope(actor);
		Long ownEnterprise = DemandAccess.enterpriseOf(actor);
		List<Violation> violations = new ArrayList<>();
		Long enterpriseId = ownEnterprise != null ? ownEnterprise : command.enterpriseId();
		// Heard on a visit: whoever may write on the visit raises the demands of the enterprises it covered.
		VisitSummary visit = null;
		if (command.visitId() != null && ownEnterprise == null) {
			visit = visits.find(command.visitId()).filter(found -> visits.isRecordableBy(found.id(), actor)).orElse(null);
			if (visit == null) {
				violations.add(Violation.of("visitId", "demand.visit.unknown"));
			}
		}
		VisitSummary heardOn = visit;
		EnterpriseSummary enterprise = null;
		if (enterpriseId == null) {
			violations.add(Violation.of("enterpriseId", "demand.enterprise.required"));
		}
		else {
			enterprise = enterprises.find(enterpriseId)
				// Heard on a visit: one of the enterprises visited, whoever writes it down.
				.filter(found -> heardOn != null ? heardOn.enterpriseIds().contains(found.id())
						: ownEnterprise != null || scope.isDesk()
								|| (actor.can(Permissions.DEMAND_HANDLE) || actor.can(Permissions.DEMAND_DISPATCH)) && enterprises.isVisibleTo(found.id(), actor))
				.orElse(null);
			if (enterprise == null) {
				violations.add(Violation.of("enterpriseId", heardOn != null ? "demand.visit.enterprise-not-covered" : "demand.enterprise.unknown"));
			}
		}
		DemandSource source = ownEnterprise != null ? DemandSource.PORTAL
				: heardOn != null ? DemandSource.VISIT : parse(DemandSource.class, command.source(), "source", violations);
		if (source == DemandSource.PORTAL && ownEnterprise == null) {
			violations.add(Violation.of("source", "demand.source.portal-only"));
		}
		DemandType type = parse(DemandType.class, command.type(), "type", violations);
		Map<Long, DemandCategories.Category> tree = categories.byId();
		DemandCategories.Category category = command.categoryId() == null ? null : tree.get(command.categoryId());
		if (category == null || !category.active()) {
			violations.add(Violation.of("categoryId", command.categoryId() == null ? "demand.category.required" : "demand.category.unknown"));
		}
		String title = text(command.title(), "title", MAX_TITLE, violations);
		String content = text(command.content(), "content", Demand.MAX_TEXT, violations);
		String contactName = optional(command.contactName(), "contactName", 50, violations);
		String contactPhone = optional(command.contactPhone(), "contactPhone", 20, violations);
		if (contactPhone != null) {
			ContactRules.phone(violations, "contactPhone", contactPhone);
		}
		String sourceRef = optional(command.sourceRef(), "sourceRef", 60, violations);
		ValidationException.throwIfAny(violations);
		EnterpriseSummary raisedFor = enterprise;

		LocalDate today = times.today();
		WorkingCalendar calendar = workingDays.calendar();
		DemandSettings settings = demands.settings();
		Long unitId = categories.route(category.id(), enterprise.divisionCode())
			.map(route -> route.toTown() ? Long.valueOf(raisedFor.townUnitId()) : route.unitId())
			.filter(id -> organization.findUnit(id).map(UnitSummary::active).orElse(false))
			.orElse(null);
		LocalDate dueOn = calendar.deadline(today, category.timeLimitDays()).due();
		Long similarTo = similar.find(enterprise.id(), title, content).orElse(null);
		String number = demands.nextNumber(today.getYear());
		long id = demands.insert(new DemandRows.NewDemand(number, enterprise.id(), enterprise.divisionCode(), source, sourceRef,
				heardOn == null ? null : heardOn.id(), type, category.id(), title, content, contactName, contactPhone,
				unitId == null ? DemandStatus.SUBMITTED : DemandStatus.ASSIGNED, unitId, times.now(), today, category.timeLimitDays(), dueOn,
				unitId == null ? null : calendar.deadline(today, settings.signLimitDays()).due(), similarTo, actor.accountId(),
				actor.displayName()));
		Demand demand = demands.find(id).orElseThrow();
		record(demand, List.of(new DemandEvent.Raised(unitId, dueOn, similarTo)), actor, null, settings, enterprise.name());
		search.index(demand, scope.towns(), enterprise.name(), DemandCategories.path(category, tree));
		return details(demand, scope, settings, calendar);
	}

	/**
	 * Raises several demands at once — those heard on one visit — all or none: a problem in any row refuses them all,
	 * each problem named by its row ({@code rows[2].title}).
	 */
	@Override
	public List<DemandDetails> raiseAll(List<RaiseDemand> commands, Actor actor) {
		List<DemandDetails> raised = new ArrayList<>();
		List<Violation> violations = new ArrayList<>();
		for (int row = 0; row < commands.size(); row++) {
			try {
				raised.add(raise(commands.get(row), actor));
			}
			catch (ValidationException e) {
				int index = row;
				e.violations().forEach(v -> violations.add(new Violation("rows[" + index + "]." + v.field(), v.messageKey(), v.arguments())));
			}
		}
		if (commands.isEmpty()) {
			violations.add(Violation.of("rows", "demand.rows.none"));
		}
		if (!violations.isEmpty()) {
			// What the good rows wrote is rolled back with the refusal: all or none.
			throw new ValidationException(violations);
		}
		return raised;
	}

	// ----- the command path

	@Override
	public DemandDetails take(long demandId, TakeStep command, Actor actor) {
		if (command == null || command.step() == null) {
			throw new ValidationException(Violation.of("step", "demand.step.required"));
		}
		DemandStep step = command.step() == DemandStep.RATE && command.rating() == Satisfaction.UNSATISFIED ? DemandStep.REOPEN : command.step();
		Taken taken = take(demandId, step, actor, (demand, context, scope) -> switch (step) {
			case DISPATCH -> demand.dispatch(context, activeUnit(command.unitId()), command.text());
			case SIGN -> demand.sign(context);
			case RETURN -> demand.returnToDesk(context, command.text());
			case ARBITRATE -> demand.arbitrate(context, command.upheld(), Boolean.TRUE.equals(command.upheld()) ? activeUnit(command.unitId()) : null,
					command.text());
			case TRANSFER -> demand.transfer(context, activeUnit(command.unitId()), command.text());
			case ADD_CO_UNIT -> demand.addCoUnit(context, activeUnit(command.unitId()), command.text());
			case CONTRIBUTE -> demand.contribute(context, demand.coUnitIds().stream().filter(scope::covers).findFirst().orElseThrow(),
					command.text());
			case ANSWER -> demand.answer(context, command.text());
			case RATE, REOPEN -> demand.judge(context, command.rating(), command.resolved(), command.text());
			case REMIND -> demand.remind(context, command.text(), false);
			case INSTRUCT -> demand.instruct(context, command.text());
			case RAISE_TASK -> demand.raisedToTask(context, raiseTask(demand, command.goalId(), context, actor), command.text());
			case RAISE_PROPOSAL -> demand.raisedToProposal(context, proposals.draftFromDemand(demand.id(), demand.number(), demand.enterpriseId(),
					demand.title(), demand.content(), actor), command.text());
			case MERGE -> merge(demand, context, command, actor, scope);
			case WITHDRAW -> demand.withdraw(context, command.text());
			case ESCALATE -> demand.escalateToLeaders(context, command.text());
			case CLOSE_UNRATED -> throw new ValidationException(Violation.of("step", "demand.step.automatic"));
		});
		return details(taken.demand(), taken.scope(), taken.settings(), taken.calendar());
	}

	/** A step's work on the locked demand: validate the input, change the demand, say what happened. */
	@FunctionalInterface
	interface StepWork {
		List<DemandEvent> apply(Demand demand, Demand.Step step, DemandAccess.Scope scope);
	}

	record Taken(Demand demand, DemandAccess.Scope scope, DemandSettings settings, WorkingCalendar calendar) {
	}

	/**
	 * The one way a step is taken, by people and by the daily follow-up alike. A demand the actor may not see is
	 * {@link NotFoundException}; the table decides the rest (409 or 403).
	 */
	Taken take(long demandId, DemandStep stepName, Actor actor, StepWork work) {
		DemandAccess.Scope scope = access.scope(actor);
		Demand demand = demands.lock(demandId).filter(found -> actor == Actor.SYSTEM || scope.sees(found))
			.orElseThrow(() -> new NotFoundException("demand", demandId));
		Set<DemandSide> sides = scope.sides(demand);
		Rule<DemandStatus, DemandStep, DemandSide> rule = DemandLifecycle.check(stepName, demand, sides);
		DemandSettings settings = demands.settings();
		WorkingCalendar calendar = workingDays.calendar();
		Demand.Step step = new Demand.Step(actor, rule.after(demand.status()), times.now(), times.today(), times.zone(), calendar, settings);
		List<DemandEvent> happened = work.apply(demand, step, scope);
		demands.save(demand);
		Map<Long, DemandCategories.Category> tree = categories.byId();
		String enterpriseName = enterprises.find(demand.enterpriseId()).map(EnterpriseSummary::name).orElse("");
		record(demand, happened, actor, scope.unitOf(DemandLifecycle.side(rule, sides), demand, settings), settings, enterpriseName);
		search.index(demand, scope.towns(), enterpriseName, DemandCategories.path(tree.get(demand.categoryId()), tree));
		return new Taken(demand, scope, settings, calendar);
	}

	/** Renders each event as its timeline entry, audit entry, notification and counts. */
	private void record(Demand demand, List<DemandEvent> happened, Actor actor, Long actingUnitId, DemandSettings settings, String enterpriseName) {
		for (DemandEvent event : happened) {
			long entryId = demands.appendEvent(demand.id(), event, actor, actingUnitId, times.now());
			events.publishEvent(org.luoshi.shared.RecordChanged.of(event.action(), TARGET, demand.id(), demand.number() + " " + demand.title(),
					event.changes()));
			Audience audience = event.audience(demand, withFallbacks(settings));
			if (!audience.isEmpty()) {
				events.publishEvent(new NotificationRequest("demand-event:" + entryId, audience.unitIds(), audience.accountIds(),
						actor.accountId(), event.message(), List.of(demand.number(), demand.title(), enterpriseName), event.text(),
						"/demands/" + demand.id()));
			}
			counts.count(event, times.today());
		}
	}

	/** The desk falls back to the district's root unit, the leaders too, until the district names them. */
	private DemandSettings withFallbacks(DemandSettings settings) {
		if (settings.deskUnitId() != null && settings.leaderUnitId() != null) {
			return settings;
		}
		Long root = organization.allUnits().stream().filter(unit -> unit.parentId() == null).map(UnitSummary::id).findFirst().orElse(null);
		return new DemandSettings(settings.deskUnitId() == null ? root : settings.deskUnitId(),
				settings.leaderUnitId() == null ? root : settings.leaderUnitId(), settings.signLimitDays(), settings.ratingLimitDays(),
				settings.escalateDeskDays(), settings.escalateLeaderDays());
	}

	private List<DemandEvent> merge(Demand demand, Demand.Step context, TakeStep command, Actor actor, DemandAccess.Scope scope) {
		if (command.otherDemandId() == null) {
			throw new ValidationException(Violation.of("otherDemandId", "demand.merge.target.required"));
		}
		Demand into = demands.lock(command.otherDemandId()).filter(scope::sees)
			.orElseThrow(() -> new ValidationException(Violation.of("otherDemandId", "demand.merge.target.unknown")));
		List<DemandEvent> merged = demand.mergeInto(context, into, command.text());
		record(into, List.of(new DemandEvent.MergedFrom(demand.id(), demand.number(), merged.get(0).text())), actor,
				withFallbacks(demands.settings()).deskUnitId(), demands.settings(), "");
		return merged;
	}

	/**
	 * Raises the demand into a supervised task of {@code goalId}, led by the handling unit and due on the demand's day —
	 * or, for a demand already overdue, {@value #OVERDUE_TASK_DAYS} working days from today: a supervised task needs a
	 * deadline still to come.
	 */
	private long raiseTask(Demand demand, Long goalId, Demand.Step step, Actor actor) {
		if (goalId == null) {
			throw new ValidationException(Violation.of("goalId", "demand.task.goal.required"));
		}
		String content = demand.title() + "：" + demand.content();
		return tasks.createTask(new CreateTask(goalId, null, content.length() > 500 ? content.substring(0, 500) : content, List.of("企业诉求"),
				demand.handlingUnitId(), demand.coUnitIds(), null, taskDeadline(demand, step).toString(), Priority.HIGH, ReportCycle.WEEKLY, List.of(),
				false, true, TaskSource.DEMAND, demand.number()), actor).id();
	}

	static LocalDate taskDeadline(Demand demand, Demand.Step step) {
		return demand.dueOn().isBefore(step.today()) ? step.calendar().deadline(step.today(), OVERDUE_TASK_DAYS).due() : demand.dueOn();
	}

	/** Supervision closed the task a demand was raised into: the demand shows it (a fact of another module, no step). */
	void taskClosed(String demandNumber, long taskId) {
		Optional<Long> id = demands.idByNumber(demandNumber);
		if (id.isEmpty()) {
			return;
		}
		Demand demand = demands.lock(id.get()).orElseThrow();
		if (demand.taskId() == null || demand.taskId() != taskId) {
			return;
		}
		List<DemandEvent> happened = demand.taskChanged("CLOSED");
		if (!happened.isEmpty()) {
			demands.save(demand);
			record(demand, happened, Actor.SYSTEM, null, demands.settings(), "");
		}
	}

	/** The proposals module announced where the proposal a demand was raised into stands now. */
	void proposalProgressed(String demandNumber, long proposalId, String proposalNumber, String status) {
		Optional<Long> id = demands.idByNumber(demandNumber);
		if (id.isEmpty()) {
			return;
		}
		Demand demand = demands.lock(id.get()).orElseThrow();
		if (demand.proposalId() == null || demand.proposalId() != proposalId) {
			return;
		}
		List<DemandEvent> happened = demand.proposalChanged(proposalNumber, status);
		if (!happened.isEmpty()) {
			demands.save(demand);
			record(demand, happened, Actor.SYSTEM, null, demands.settings(), "");
		}
	}

	private Long activeUnit(Long unitId) {
		if (unitId == null) {
			return null;
		}
		return organization.findUnit(unitId).filter(UnitSummary::active).map(UnitSummary::id)
			.orElseThrow(() -> new ValidationException(Violation.of("unitId", "demand.unit.unknown")));
	}

	// ----- reading

	@Override
	@Transactional(readOnly = true)
	public DemandDetails details(long demandId, Actor actor) {
		DemandAccess.Scope scope = access.scope(actor);
		Demand demand = demands.find(demandId).filter(scope::sees).orElseThrow(() -> new NotFoundException("demand", demandId));
		return details(demand, scope, demands.settings(), workingDays.calendar());
	}

	private DemandDetails details(Demand demand, DemandAccess.Scope scope, DemandSettings settings, WorkingCalendar calendar) {
		Set<DemandSide> sides = scope.sides(demand);
		DemandActions actions = DemandLifecycle.actions(demand, sides);
		Map<Long, String> unitNames = new LinkedHashMap<>();
		scope.towns().units().values().forEach(unit -> unitNames.put(unit.id(), unit.displayName()));
		Map<Long, DemandCategories.Category> tree = categories.byId();
		EnterpriseSummary enterprise = enterprises.find(demand.enterpriseId()).orElse(null);
		// Those who work on the demand call the enterprise back; a leader reads it with the phone masked, as in the registry.
		boolean handles = sides.stream().anyMatch(side -> side != DemandSide.SYSTEM && side != DemandSide.LEADER);
		DemandDetails.Ref similarTo = ref(demand.similarTo(), scope);
		DemandDetails.Ref mergedInto = ref(demand.mergedInto(), scope);
		return new DemandDetails(demand.id(), demand.number(), demand.enterpriseId(), enterprise == null ? "" : enterprise.name(),
				enterprise == null ? "" : enterprise.creditCode(), enterprise == null ? "" : enterprise.townName(), demand.source(),
				demand.sourceRef(), demand.visitId(), demand.type(), demand.categoryId(), DemandCategories.path(tree.get(demand.categoryId()), tree),
				demand.title(), demand.content(), demand.contactName(),
				handles || demand.contactPhone() == null ? demand.contactPhone() : Masks.phone(demand.contactPhone()), demand.status(),
				unitRef(demand.handlingUnitId(), unitNames), demand.coUnitIds().stream().map(id -> unitRef(id, unitNames)).toList(),
				demand.raisedAt(), demand.timeLimitDays(), demand.dueOn(), demand.signDueOn(), demand.clock(times.today(), calendar),
				demand.answer(), demand.answeredAt(), demand.rating(), demand.resolved(), demand.reopenCount(), demand.escalationLevel(),
				similarTo, mergedInto, demand.taskId(), demand.taskStatus(), demand.proposalId(), demand.proposalNumber(), demand.proposalStatus(),
				demand.raisedByName(), demand.version(),
				demands.timeline(demand.id(), unitNames), actions);
	}

	private DemandDetails.Ref ref(Long demandId, DemandAccess.Scope scope) {
		if (demandId == null) {
			return null;
		}
		return demands.find(demandId).filter(scope::sees).map(other -> new DemandDetails.Ref(other.id(), other.number())).orElse(null);
	}

	private static DemandDetails.Ref unitRef(Long unitId, Map<Long, String> names) {
		return unitId == null ? null : new DemandDetails.Ref(unitId, names.getOrDefault(unitId, String.valueOf(unitId)));
	}

	// ----- input

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(Violation.of(field, "demand." + field + ".required"));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of(field, "demand." + field + ".unknown"));
			return null;
		}
	}

	private static String text(String value, String field, int max, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(Violation.of(field, "demand." + field + ".required"));
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			violations.add(Violation.of(field, "demand.text.too-long", max));
		}
		return text;
	}

	private static String optional(String value, String field, int max, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			violations.add(Violation.of(field, "demand.text.too-long", max));
		}
		return text;
	}
}
