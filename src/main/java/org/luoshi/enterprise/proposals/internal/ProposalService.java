package org.luoshi.enterprise.proposals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.ProposalCommands.SubmitProposal;
import org.luoshi.enterprise.proposals.ProposalCommands.TakeStep;
import org.luoshi.enterprise.proposals.ProposalDetails;
import org.luoshi.enterprise.proposals.ProposalIntake;
import org.luoshi.enterprise.proposals.ProposalManagement;
import org.luoshi.enterprise.proposals.ProposalProgressed;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.enterprise.proposals.ProposalStep;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal desk's one command path ({@link #take}): load the proposal whole and lock it, work out the actor's sides,
 * check the step in the transition table ({@link ProposalLifecycle}), let the {@link Proposal} take it, write it back,
 * then render each {@link ProposalEvent} as a timeline entry, an audit entry and a notification, re-index it for search
 * and, for a proposal that came from a demand, publish its new status ({@link ProposalProgressed}). All in one
 * transaction. Submitting — by a member, or from a demand ({@link ProposalIntake}) — goes the same way from its first
 * event.
 */
@Service
@Transactional
class ProposalService implements ProposalManagement, ProposalIntake {

	/** The audit trail's name for a proposal ({@link ProposalAuditUnits}). */
	static final String TARGET = "proposal";
	static final int MAX_CO_SIGNERS = 20;
	static final int MAX_ENTERPRISES = 20;

	private final ProposalRows proposals;
	private final ProposalAccess access;
	private final ProposalSearchRecords search;
	private final OpinionService opinions;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final AccountDirectory accounts;
	private final ProposalOffice office;
	private final WorkingDays workingDays;
	private final ApplicationEventPublisher events;
	private final Times times;

	ProposalService(ProposalRows proposals, ProposalAccess access, ProposalSearchRecords search, OpinionService opinions,
			EnterpriseDirectory enterprises, OrganizationDirectory organization, AccountDirectory accounts, ProposalOffice office,
			WorkingDays workingDays, ApplicationEventPublisher events, Times times) {
		this.proposals = proposals;
		this.access = access;
		this.search = search;
		this.opinions = opinions;
		this.enterprises = enterprises;
		this.organization = organization;
		this.accounts = accounts;
		this.office = office;
		this.workingDays = workingDays;
		this.events = events;
		this.times = times;
	}

	// ----- submitting

	@Override
	public ProposalDetails submit(SubmitProposal command, Actor actor) {
		ProposalAccess.requireAny(actor, Permissions.PROPOSAL_SUBMIT, Permissions.PROPOSAL_MANAGE);
		List<Violation> violations = new ArrayList<>();
		String title = required(command.title(), "title", Proposal.MAX_TITLE, violations);
		String reasons = required(command.reasons(), "reasons", Proposal.MAX_TEXT, violations);
		String suggestions = required(command.suggestions(), "suggestions", Proposal.MAX_TEXT, violations);
		String proposerName = Proposal.text(command.proposerName(), "proposerName", 100, violations);
		List<AccountSummary> coSigners = coSigners(command.coSigners(), actor, violations);
		List<Long> enterpriseIds = enterprises(command.enterpriseIds(), violations);
		ValidationException.throwIfAny(violations);
		long id = proposals.insert(new ProposalRows.NewProposal(title, reasons, suggestions, actor.accountId(),
				proposerName == null ? actor.displayName() : proposerName, coSigners.stream().map(AccountSummary::id).toList(),
				coSigners.stream().map(AccountSummary::displayName).toList(), enterpriseIds, null, null, times.now(), times.today()));
		Proposal proposal = proposals.find(id).orElseThrow();
		submitted(proposal, actor);
		return details(proposal, access.scope(actor));
	}

	@Override
	public long draftFromDemand(long demandId, String demandNumber, long enterpriseId, String title, String content, Actor actor) {
		ProposalAccess.requireAny(actor, Permissions.PROPOSAL_SUBMIT, Permissions.PROPOSAL_MANAGE);
		List<Violation> violations = new ArrayList<>();
		String words = required(title, "title", Proposal.MAX_TITLE, violations);
		String reasons = required(content, "reasons", Proposal.MAX_TEXT, violations);
		List<Long> enterpriseIds = enterprises(List.of(enterpriseId), violations);
		if (demandNumber == null || demandNumber.isBlank() || demandNumber.length() > 20) {
			violations.add(Violation.of("demandNumber", "proposal.demand.number.required"));
		}
		ValidationException.throwIfAny(violations);
		long id = proposals.insert(new ProposalRows.NewProposal(words, reasons, null, actor.accountId(), actor.displayName(), List.of(),
				List.of(), enterpriseIds, demandId, demandNumber.strip(), times.now(), times.today()));
		submitted(proposals.find(id).orElseThrow(), actor);
		return id;
	}

	private void submitted(Proposal proposal, Actor actor) {
		record(proposal, List.of(new ProposalEvent.Submitted(proposal.proposerName(), proposal.demandNumber())), actor, null);
		progressed(proposal);
		search.index(proposal, enterpriseNames(proposal));
	}

	// ----- the command path

	@Override
	public ProposalDetails take(long proposalId, TakeStep command, Actor actor) {
		if (command == null || command.step() == null) {
			throw new ValidationException(Violation.of("step", "proposal.step.required"));
		}
		if (ProposalLifecycle.AUTOMATIC.contains(command.step())) {
			throw new ValidationException(Violation.of("step", "proposal.step.automatic"));
		}
		Taken taken = take(proposalId, proposal -> stepOf(command, proposal), actor, (proposal, step, context, scope) -> switch (step) {
			case REVISE -> proposal.revise(context, command.title(), command.reasons(), command.suggestions(), command.text());
			case WITHDRAW -> proposal.withdraw(context, command.text());
			case ACCEPT -> proposal.accept(context, proposal.suggestions() == null ? null : proposals.nextNumber(times.today().getYear()),
					command.text());
			case REJECT -> proposal.reject(context, command.text(), command.disposition());
			case RETURN_FOR_REVISION -> proposal.returnForRevision(context, command.text());
			case ASSIGN -> proposal.assign(context, activeUnit(command.unitId(), "unitId"), activeUnits(command.coUnitIds()), command.text());
			case REQUEST_ADJUSTMENT -> proposal.requestAdjustment(context, activeUnit(command.unitId(), "unitId"), command.text());
			case DECIDE_ADJUSTMENT -> proposal.decideAdjustment(context, command.approved(),
					Boolean.TRUE.equals(command.approved()) ? activeUnit(command.unitId(), "unitId") : null,
					Boolean.TRUE.equals(command.approved()) ? activeUnits(command.coUnitIds()) : List.of(), command.text());
			case CONTRIBUTE -> proposal.contribute(context, proposal.coUnitIds().stream().filter(scope::covers).findFirst().orElseThrow(),
					command.text());
			case ANSWER -> proposal.answer(context, command.category(), command.text());
			case REMIND -> proposal.remind(context, command.text());
			case EVALUATE, TRACK, REHANDLE -> proposal.evaluate(context, command.evaluation(), command.text());
			case REPORT_DONE -> proposal.reportDone(context, command.text());
			case CONVERT_TO_OPINION -> proposal.convertedToOpinion(opinions.fromProposal(proposal, actor), command.text());
			case ESCALATE, REMIND_PROPOSER, REMIND_OFFICE -> throw new IllegalStateException("refused above");
		});
		return details(taken.proposal(), taken.scope());
	}

	/** A step's work on the locked proposal: validate the input, change the proposal, say what happened. */
	@FunctionalInterface
	interface StepWork {
		List<ProposalEvent> apply(Proposal proposal, ProposalStep step, Proposal.Step context, ProposalAccess.Scope scope);
	}

	record Taken(Proposal proposal, ProposalAccess.Scope scope) {
	}

	/**
	 * The one way a step is taken, by people and by the daily follow-up ({@link Actor#SYSTEM}) alike: the step is
	 * named once the proposal is locked ({@code stepFor}: an evaluation's outcome decides it). A proposal the actor may
	 * not see is {@link NotFoundException}; the table decides the rest (409 or 403).
	 */
	Taken take(long proposalId, Function<Proposal, ProposalStep> stepFor, Actor actor, StepWork work) {
		ProposalAccess.Scope scope = access.scope(actor);
		Proposal proposal = proposals.lock(proposalId).filter(found -> actor == Actor.SYSTEM || scope.sees(found))
			.orElseThrow(() -> new NotFoundException("proposal", proposalId));
		ProposalStep step = stepFor.apply(proposal);
		Set<ProposalSide> sides = scope.sides(proposal);
		Rule<ProposalStatus, ProposalStep, ProposalSide> rule = ProposalLifecycle.check(step, proposal, sides, times.today());
		ProposalStatus before = proposal.status();
		Proposal.Step context = new Proposal.Step(actor, rule.after(before), times.now(), times.today(), workingDays.calendar());
		List<ProposalEvent> happened = work.apply(proposal, step, context, scope);
		proposals.save(proposal);
		record(proposal, happened, actor, scope.unitOf(ProposalLifecycle.side(rule, sides), proposal));
		if (proposal.status() != before) {
			progressed(proposal);
		}
		search.index(proposal, enterpriseNames(proposal));
		return new Taken(proposal, scope);
	}

	/** EVALUATE is one form: 不满意 is REHANDLE, an accepted B answer TRACK. */
	private static ProposalStep stepOf(TakeStep command, Proposal proposal) {
		if (command.step() != ProposalStep.EVALUATE || command.evaluation() == null) {
			return command.step();
		}
		if (command.evaluation() == Evaluation.UNSATISFIED) {
			return ProposalStep.REHANDLE;
		}
		return proposal.answerCategory() == AnswerCategory.B ? ProposalStep.TRACK : ProposalStep.EVALUATE;
	}

	/** Renders each event as its timeline entry, audit entry and notification. */
	private void record(Proposal proposal, List<ProposalEvent> happened, Actor actor, Long actingUnitId) {
		String name = (proposal.number() == null ? "" : proposal.number() + " ") + proposal.title();
		for (ProposalEvent event : happened) {
			long entryId = proposals.appendEvent(proposal.id(), event, actor, actingUnitId, times.now());
			events.publishEvent(RecordChanged.of(event.action(), TARGET, proposal.id(), name, event.changes()));
			ProposalEvent.Audience audience = event.audience(proposal);
			if (!audience.isEmpty()) {
				Set<Long> accountIds = new LinkedHashSet<>(audience.accountIds());
				if (audience.office()) {
					accountIds.addAll(office.accounts());
				}
				events.publishEvent(new NotificationRequest("proposal-event:" + entryId, audience.unitIds(), accountIds, actor.accountId(),
						event.message(), List.of(name), event.text(), "/proposals/" + proposal.id()));
			}
		}
	}

	private void progressed(Proposal proposal) {
		if (proposal.demandNumber() != null) {
			events.publishEvent(new ProposalProgressed(proposal.id(), proposal.number(), proposal.demandNumber(), proposal.status().name()));
		}
	}

	// ----- reading

	@Override
	@Transactional(readOnly = true)
	public ProposalDetails details(long proposalId, Actor actor) {
		ProposalAccess.Scope scope = access.scope(actor);
		Proposal proposal = proposals.find(proposalId).filter(scope::sees).orElseThrow(() -> new NotFoundException("proposal", proposalId));
		return details(proposal, scope);
	}

	private ProposalDetails details(Proposal proposal, ProposalAccess.Scope scope) {
		Map<Long, String> unitNames = new LinkedHashMap<>();
		scope.units().values().forEach(unit -> unitNames.put(unit.id(), unit.displayName()));
		Map<Long, EnterpriseSummary> linked = enterprises.find(proposal.enterpriseIds());
		List<ProposalDetails.Named> enterpriseRefs = proposal.enterpriseIds().stream().filter(linked::containsKey)
			.map(id -> new ProposalDetails.Named(id, linked.get(id).name())).toList();
		return new ProposalDetails(proposal.id(), proposal.number(), proposal.title(), proposal.reasons(), proposal.suggestions(),
				proposal.proposerName(), proposal.coSignerNames(), enterpriseRefs, proposal.demandId(), proposal.demandNumber(), proposal.status(),
				proposal.submittedAt(), proposal.rejectionReason(), proposal.disposition(), unitRef(proposal.leadUnitId(), unitNames),
				proposal.coUnitIds().stream().map(id -> unitRef(id, unitNames)).toList(), proposal.assignedOn(), proposal.adjustUntil(),
				proposal.adjustmentRequested(), proposal.adjustmentReason(), unitRef(proposal.adjustmentUnitId(), unitNames),
				proposal.clock(times.today()), proposal.answerCategory(), proposal.answer(), proposal.answeredOn(), proposal.answerCount(),
				proposal.evaluation(), proposal.opinionId(), proposal.version(), proposals.timeline(proposal.id(), unitNames),
				ProposalLifecycle.actions(proposal, scope.sides(proposal), times.today()));
	}

	private static ProposalDetails.Named unitRef(Long unitId, Map<Long, String> names) {
		return unitId == null ? null : new ProposalDetails.Named(unitId, names.getOrDefault(unitId, String.valueOf(unitId)));
	}

	String enterpriseNames(Proposal proposal) {
		return String.join(" ", enterprises.find(proposal.enterpriseIds()).values().stream().map(EnterpriseSummary::name).toList());
	}

	// ----- input

	private List<AccountSummary> coSigners(List<String> usernames, Actor actor, List<Violation> violations) {
		List<AccountSummary> found = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String username : usernames) {
			if (username == null || username.isBlank() || !seen.add(username.strip())) {
				continue;
			}
			AccountSummary account = accounts.findByUsername(username.strip()).filter(AccountSummary::active).orElse(null);
			if (account == null) {
				violations.add(Violation.of("coSigners", "proposal.co-signer.unknown", username.strip()));
			}
			else if (!Long.valueOf(account.id()).equals(actor.accountId())) {
				found.add(account);
			}
		}
		if (found.size() > MAX_CO_SIGNERS) {
			violations.add(Violation.of("coSigners", "proposal.co-signer.too-many", MAX_CO_SIGNERS));
		}
		return found;
	}

	private List<Long> enterprises(List<Long> ids, List<Violation> violations) {
		Set<Long> wanted = new LinkedHashSet<>(ids);
		wanted.remove(null);
		if (wanted.size() > MAX_ENTERPRISES) {
			violations.add(Violation.of("enterpriseIds", "proposal.enterprise.too-many", MAX_ENTERPRISES));
			return List.of();
		}
		Map<Long, EnterpriseSummary> found = enterprises.find(wanted);
		if (!found.keySet().containsAll(wanted)) {
			violations.add(Violation.of("enterpriseIds", "proposal.enterprise.unknown"));
		}
		return List.copyOf(wanted);
	}

	private Long activeUnit(Long unitId, String field) {
		if (unitId == null) {
			return null;
		}
		return organization.findUnit(unitId).filter(UnitSummary::active).filter(unit -> unit.parentId() != null).map(UnitSummary::id)
			.orElseThrow(() -> new ValidationException(Violation.of(field, "proposal.unit.unknown")));
	}

	private List<Long> activeUnits(List<Long> unitIds) {
		return unitIds.stream().map(id -> activeUnit(id, "coUnitIds")).toList();
	}

	private static String required(String value, String field, int max, List<Violation> violations) {
		String text = Proposal.text(value, field, max, violations);
		if (text == null) {
			violations.add(Violation.of(field, "proposal." + field + ".required"));
		}
		return text;
	}
}
