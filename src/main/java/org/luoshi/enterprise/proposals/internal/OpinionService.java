package org.luoshi.enterprise.proposals.internal;

import org.luoshi.shared.database.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.proposals.OpinionCommands.SubmitOpinion;
import org.luoshi.enterprise.proposals.OpinionCommands.TakeOpinionStep;
import org.luoshi.enterprise.proposals.OpinionDetails;
import org.luoshi.enterprise.proposals.OpinionManagement;
import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.enterprise.proposals.OpinionStep;
import org.luoshi.enterprise.proposals.ProposalDetails.Named;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public-opinion reports' one command path, as the proposals': lock, sides, the table ({@link OpinionLifecycle}), the
 * step, written back, each event as timeline and audit entry (a report forwarded to units also tells them, the
 * follow-up's reminder the office), re-indexed. People and the daily follow-up ({@link ProposalFollowUp}, the system's
 * side) go the same way. A proposal not accepted becomes a report here ({@link #fromProposal}), in the proposal's step's
 * transaction.
 */
@Service
@Transactional
class OpinionService implements OpinionManagement {

	/** The audit trail's name for a public-opinion report ({@link ProposalAuditUnits}). */
	static final String TARGET = "opinion";

	private static final String COLUMNS = """
			o.id, o.title, o.content, o.reporter_account_id, o.reporter_name, o.enterprise_ids, o.demand_id, o.demand_number, o.proposal_id,
			o.status, o.submitted_at, o.adopted_at, o.forwarded_to, o.forwarded_unit_ids, o.instructions, o.office_waits_since,
			o.office_done_on, o.office_reminded, o.version""";

	private final JdbcClient jdbc;
	private final ProposalRows rows;
	private final ProposalAccess access;
	private final ProposalSearchRecords search;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final ProposalOffice office;
	private final WorkingDays workingDays;
	private final ApplicationEventPublisher events;
	private final Times times;

	OpinionService(JdbcClient jdbc, ProposalRows rows, ProposalAccess access, ProposalSearchRecords search, EnterpriseDirectory enterprises,
			OrganizationDirectory organization, ProposalOffice office, WorkingDays workingDays, ApplicationEventPublisher events,
			Times times) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.search = search;
		this.enterprises = enterprises;
		this.organization = organization;
		this.office = office;
		this.workingDays = workingDays;
		this.events = events;
		this.times = times;
	}

	@Override
	public OpinionDetails submit(SubmitOpinion command, Actor actor) {
		ProposalAccess.requireAny(actor, Permissions.PROPOSAL_SUBMIT, Permissions.PROPOSAL_MANAGE);
		List<Violation> violations = new ArrayList<>();
		String title = Proposal.text(command.title(), "title", Opinion.MAX_TITLE, violations);
		String content = Proposal.text(command.content(), "content", Opinion.MAX_TEXT, violations);
		if (title == null) {
			violations.add(Violation.of("title", "proposal.title.required"));
		}
		if (content == null) {
			violations.add(Violation.of("content", "opinion.content.required"));
		}
		Set<Long> wanted = new LinkedHashSet<>(command.enterpriseIds());
		wanted.remove(null);
		if (!enterprises.find(wanted).keySet().containsAll(wanted)) {
			violations.add(Violation.of("enterpriseIds", "proposal.enterprise.unknown"));
		}
		ValidationException.throwIfAny(violations);
		long id = insert(title, content, actor.accountId(), actor.displayName(), List.copyOf(wanted), null, null, null);
		Opinion opinion = find(id, false).orElseThrow();
		record(opinion, List.of(new Opinion.Event("submitted", null, Map.of())), actor);
		search.index(opinion);
		return details(opinion, access.scope(actor));
	}

	/** A proposal not accepted, made into a report in its reporter's name: its reasons and suggestions as the text. */
	long fromProposal(Proposal proposal, Actor actor) {
		String content = proposal.reasons() + (proposal.suggestions() == null ? "" : "\n" + proposal.suggestions());
		long id = insert(proposal.title(), content.length() > Opinion.MAX_TEXT ? content.substring(0, Opinion.MAX_TEXT) : content,
				proposal.proposerAccountId(), proposal.proposerName(), proposal.enterpriseIds(), proposal.demandId(), proposal.demandNumber(),
				proposal.id());
		Opinion opinion = find(id, false).orElseThrow();
		record(opinion, List.of(new Opinion.Event("converted", null, Map.of("proposalId", proposal.id()))), actor);
		search.index(opinion);
		return id;
	}

	@Override
	public OpinionDetails take(long opinionId, TakeOpinionStep command, Actor actor) {
		if (command == null || command.step() == null) {
			throw new ValidationException(Violation.of("step", "proposal.step.required"));
		}
		if (OpinionLifecycle.AUTOMATIC.contains(command.step())) {
			throw new ValidationException(Violation.of("step", "proposal.step.automatic"));
		}
		LocalDate today = times.today();
		Taken taken = take(opinionId, command.step(), actor, (opinion, to) -> switch (command.step()) {
			case EDIT -> opinion.edit(to, command.title(), command.content());
			case ADOPT -> opinion.adopt(to, times.now(), today, command.text());
			case DECLINE -> opinion.decline(to, today, command.text());
			case FORWARD -> opinion.forward(to, today, command.recipients(), activeUnits(command.unitIds()), command.text());
			case RECORD_INSTRUCTION -> opinion.recordInstruction(command.text());
			case REMIND_OFFICE -> throw new IllegalStateException("refused above");
		});
		Opinion opinion = taken.opinion();
		if (command.step() == OpinionStep.FORWARD && !command.unitIds().isEmpty()) {
			events.publishEvent(new NotificationRequest("opinion-forwarded:" + opinion.id() + ":" + opinion.version(),
					Set.copyOf(command.unitIds()), Set.of(), actor.accountId(), "opinion.notify.forwarded", List.of(opinion.title()),
					null, "/proposals/opinions/" + opinion.id()));
		}
		return details(find(opinionId, false).orElseThrow(), taken.scope());
	}

	/** A step's work on the locked report: validate the input, change the report, say what happened. */
	@FunctionalInterface
	interface StepWork {
		List<Opinion.Event> apply(Opinion opinion, OpinionStatus to);
	}

	record Taken(Opinion opinion, ProposalAccess.Scope scope, List<Opinion.Event> happened) {
	}

	/**
	 * The one way a step is taken on a report, by people and by the daily follow-up ({@link Actor#SYSTEM}) alike. A
	 * report the actor may not see is {@link NotFoundException}; the table decides the rest (409 or 403).
	 */
	Taken take(long opinionId, OpinionStep step, Actor actor, StepWork work) {
		ProposalAccess.Scope scope = access.scope(actor);
		Opinion opinion = find(opinionId, true).filter(found -> actor == Actor.SYSTEM || scope.sees(found))
			.orElseThrow(() -> new NotFoundException("opinion", opinionId));
		Rule<OpinionStatus, OpinionStep, OpinionSide> rule = OpinionLifecycle.check(step, opinion.status(), scope.sides(opinion));
		List<Opinion.Event> happened = work.apply(opinion, rule.after(opinion.status()));
		save(opinion);
		record(opinion, happened, actor);
		search.index(opinion);
		return new Taken(opinion, scope, happened);
	}

	/** The follow-up's reminder to the office on {@code day}, when the report's limit has passed and it was not reminded yet. */
	boolean remindOffice(long opinionId, LocalDate day, WorkingCalendar calendar) {
		return !take(opinionId, OpinionStep.REMIND_OFFICE, Actor.SYSTEM, (opinion, to) -> opinion.remindOffice(day, calendar)).happened()
			.isEmpty();
	}

	@Override
	@Transactional(readOnly = true)
	public OpinionDetails details(long opinionId, Actor actor) {
		ProposalAccess.Scope scope = access.scope(actor);
		return details(find(opinionId, false).filter(scope::sees).orElseThrow(() -> new NotFoundException("opinion", opinionId)), scope);
	}

	private OpinionDetails details(Opinion opinion, ProposalAccess.Scope scope) {
		Map<Long, String> unitNames = new LinkedHashMap<>();
		scope.units().values().forEach(unit -> unitNames.put(unit.id(), unit.displayName()));
		Map<Long, EnterpriseSummary> linked = enterprises.find(opinion.enterpriseIds());
		return new OpinionDetails(opinion.id(), opinion.title(), opinion.content(), opinion.reporterName(),
				opinion.enterpriseIds().stream().filter(linked::containsKey).map(id -> new Named(id, linked.get(id).name())).toList(),
				opinion.demandId(), opinion.demandNumber(), opinion.proposalId(), opinion.status(), opinion.submittedAt(), opinion.adoptedAt(),
				opinion.forwardedTo(), opinion.forwardedUnitIds().stream().map(id -> new Named(id, unitNames.getOrDefault(id, String.valueOf(id))))
					.toList(),
				opinion.instructions(), opinion.clock(times.today(), workingDays.calendar()), opinion.version(),
				rows.timeline("proposal_opinion_event", "opinion_id", opinion.id(), unitNames), OpinionLifecycle.actions(opinion.status(), scope.sides(opinion)));
	}

	/** Renders each event as its timeline entry and audit entry and, for an event the office must hear of, its notification. */
	private void record(Opinion opinion, List<Opinion.Event> happened, Actor actor) {
		for (Opinion.Event event : happened) {
			long entryId = jdbc.sql("""
					INSERT INTO proposal_opinion_event (opinion_id, kind, at, account_id, actor_name, text, data)
					VALUES (?, ?, ?, ?, ?, ?, ?::json) RETURNING id""")
				.params(opinion.id(), event.kind(), Timestamp.from(times.now()), actor.accountId(), actor.displayName(), event.text(),
						ProposalRows.json(event.data()))
				.query(Long.class)
				.single();
			events.publishEvent(RecordChanged.of(event.action(), TARGET, opinion.id(), opinion.title(), event.changes()));
			if (event.toOffice()) {
				events.publishEvent(new NotificationRequest("opinion-event:" + entryId, Set.of(), Set.copyOf(office.accounts()),
						actor.accountId(), "opinion.notify." + event.kind(), List.of(opinion.title()), event.text(),
						"/proposals/opinions/" + opinion.id()));
			}
		}
	}

	private long insert(String title, String content, Long reporter, String reporterName, List<Long> enterpriseIds, Long demandId,
			String demandNumber, Long proposalId) {
		return jdbc.sql("""
				INSERT INTO proposal_opinion (title, content, reporter_account_id, reporter_name, enterprise_ids, demand_id, demand_number,
				    proposal_id, status, submitted_at, office_waits_since, updated_at)
				VALUES (:title, :content, :reporter, :reporterName, :enterprises, :demand, :demandNumber, :proposal, 'SUBMITTED', :at, :today,
				    :at)
				RETURNING id""")
			.param("title", title)
			.param("content", content)
			.param("reporter", reporter)
			.param("reporterName", reporterName)
			.param("enterprises", enterpriseIds.toArray(Long[]::new))
			.param("demand", demandId)
			.param("demandNumber", demandNumber)
			.param("proposal", proposalId)
			.param("at", Timestamp.from(times.now()))
			.param("today", times.today())
			.query(Long.class)
			.single();
	}

	Optional<Opinion> find(long id, boolean lock) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM proposal_opinion o WHERE o.id = ?" + (lock ? " FOR UPDATE" : ""))
			.param(id)
			.query(OpinionService::opinion)
			.optional();
	}

	/** Reports by id, in no particular order; unknown ids are left out. */
	List<Opinion> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM proposal_opinion o WHERE o.id IN (:ids)").param("ids", ids).query(OpinionService::opinion)
			.list();
	}

	private static Opinion opinion(ResultSet rs, int row) throws SQLException {
		return new Opinion(rs.getLong("id"), rs.getString("title"), rs.getString("content"), rs.getObject("reporter_account_id", Long.class),
				rs.getString("reporter_name"), ProposalRows.longs(rs.getArray("enterprise_ids")), rs.getObject("demand_id", Long.class),
				rs.getString("demand_number"), rs.getObject("proposal_id", Long.class), OpinionStatus.valueOf(rs.getString("status")),
				Columns.instant(rs, "submitted_at"), Columns.instant(rs, "adopted_at"), rs.getString("forwarded_to"),
				ProposalRows.longs(rs.getArray("forwarded_unit_ids")), rs.getString("instructions"),
				rs.getObject("office_waits_since", LocalDate.class), rs.getObject("office_done_on", LocalDate.class),
				rs.getBoolean("office_reminded"), rs.getInt("version"));
	}

	private void save(Opinion opinion) {
		int updated = jdbc.sql("""
				UPDATE proposal_opinion SET title = :title, content = :content, status = :status, adopted_at = :adoptedAt,
				    forwarded_to = :forwardedTo, forwarded_unit_ids = :units, instructions = :instructions,
				    office_waits_since = :waitsSince, office_done_on = :doneOn, office_reminded = :reminded, version = version + 1,
				    updated_at = now()
				WHERE id = :id AND version = :version""")
			.param("title", opinion.title())
			.param("content", opinion.content())
			.param("status", opinion.status().name())
			.param("adoptedAt", ProposalRows.timestamp(opinion.adoptedAt()))
			.param("forwardedTo", opinion.forwardedTo())
			.param("units", opinion.forwardedUnitIds().toArray(Long[]::new))
			.param("instructions", opinion.instructions())
			.param("waitsSince", opinion.officeWaitsSince())
			.param("doneOn", opinion.officeDoneOn())
			.param("reminded", opinion.officeReminded())
			.param("id", opinion.id())
			.param("version", opinion.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
	}

	private List<Long> activeUnits(List<Long> unitIds) {
		return unitIds.stream().map(id -> organization.findUnit(id).filter(UnitSummary::active).map(UnitSummary::id)
			.orElseThrow(() -> new ValidationException(Violation.of("unitIds", "proposal.unit.unknown")))).toList();
	}
}
