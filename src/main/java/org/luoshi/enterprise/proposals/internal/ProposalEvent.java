package org.luoshi.enterprise.proposals.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Disposition;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.shared.Changes;
import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What a step on a {@link Proposal} did, in the past tense. Each event is at once the proposal's timeline entry
 * ({@link #kind}, {@link #text}, {@link #data}), its audit entry ({@link #action}, {@link #changes}) and, when someone
 * must hear of it, its notification ({@link #audience}, {@link #message}).
 */
sealed interface ProposalEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "enterprise.proposal.";
	}

	/** Who is told: units' handlers, single accounts, and (office) the CPPCC office's accounts. */
	default Audience audience(Proposal proposal) {
		return Audience.NOBODY;
	}

	default String message() {
		return "proposal.notify." + kind();
	}

	record Audience(Set<Long> unitIds, Set<Long> accountIds, boolean office) {

		static final Audience NOBODY = new Audience(Set.of(), Set.of(), false);

		public Audience {
			Set<Long> units = new LinkedHashSet<>(unitIds);
			units.remove(null);
			Set<Long> accounts = new LinkedHashSet<>(accountIds);
			accounts.remove(null);
			unitIds = Set.copyOf(units);
			accountIds = Set.copyOf(accounts);
		}

		static Audience units(java.util.Collection<Long> unitIds) {
			return new Audience(new LinkedHashSet<>(unitIds), Set.of(), false);
		}

		static Audience proposer(Proposal proposal) {
			Set<Long> accounts = new LinkedHashSet<>();
			accounts.add(proposal.proposerAccountId());
			return new Audience(Set.of(), accounts, false);
		}

		static Audience theOffice() {
			return new Audience(Set.of(), Set.of(), true);
		}

		boolean isEmpty() {
			return unitIds.isEmpty() && accountIds.isEmpty() && !office;
		}
	}

	private static Map<String, Object> entries(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return data;
	}

	record Submitted(String proposerName, String demandNumber) implements ProposalEvent {

		public String kind() {
			return demandNumber == null ? "submitted" : "submitted-from-demand";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("proposer", proposerName, "demandNumber", demandNumber);
		}

		public Audience audience(Proposal proposal) {
			return Audience.theOffice();
		}

		public String message() {
			return "proposal.notify.submitted";
		}
	}

	record Revised(String text) implements ProposalEvent {

		public String kind() {
			return "revised";
		}

		public Audience audience(Proposal proposal) {
			return Audience.theOffice();
		}
	}

	record Withdrawn(String text) implements ProposalEvent {

		public String kind() {
			return "withdrawn";
		}
	}

	record Accepted(String number, String text) implements ProposalEvent {

		public String kind() {
			return "accepted";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("number", number);
		}

		public Audience audience(Proposal proposal) {
			return Audience.proposer(proposal);
		}
	}

	record Rejected(Disposition disposition, String text) implements ProposalEvent {

		public String kind() {
			return "rejected";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("disposition", disposition);
		}

		public Audience audience(Proposal proposal) {
			return Audience.proposer(proposal);
		}
	}

	record ReturnedForRevision(String text) implements ProposalEvent {

		public String kind() {
			return "returned-for-revision";
		}

		public Audience audience(Proposal proposal) {
			return Audience.proposer(proposal);
		}
	}

	record Assigned(long unitId, List<Long> coUnitIds, LocalDate dueOn, String text) implements ProposalEvent {

		public String kind() {
			return "assigned";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("unitId", unitId, "dueOn", dueOn);
		}

		@Override
		public Changes changes() {
			return ProposalEvent.super.changes().created("coUnitIds", coUnitIds.toString());
		}

		public Audience audience(Proposal proposal) {
			List<Long> units = new java.util.ArrayList<>(coUnitIds);
			units.add(0, unitId);
			return Audience.units(units);
		}
	}

	record AdjustmentRequested(long unitId, Long suggestedUnitId, String text) implements ProposalEvent {

		public String kind() {
			return "adjustment-requested";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("unitId", unitId, "suggestedUnitId", suggestedUnitId);
		}

		public Audience audience(Proposal proposal) {
			return Audience.theOffice();
		}
	}

	record AdjustmentDecided(boolean approved, long fromUnitId, long unitId, List<Long> coUnitIds, LocalDate dueOn, String text)
			implements ProposalEvent {

		public String kind() {
			return approved ? "adjustment-approved" : "adjustment-refused";
		}

		public Map<String, Object> data() {
			return approved ? ProposalEvent.entries("fromUnitId", fromUnitId, "unitId", unitId, "dueOn", dueOn)
					: ProposalEvent.entries("unitId", unitId);
		}

		public Audience audience(Proposal proposal) {
			return approved ? Audience.units(List.of(unitId, fromUnitId)) : Audience.units(List.of(unitId));
		}
	}

	record Contributed(long unitId, String text) implements ProposalEvent {

		public String kind() {
			return "contributed";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("unitId", unitId);
		}

		public Audience audience(Proposal proposal) {
			return Audience.units(List.of(proposal.leadUnitId()));
		}
	}

	record Answered(long unitId, AnswerCategory category, int round, boolean inTime, String text) implements ProposalEvent {

		public String kind() {
			return round > 1 ? "answered-again" : "answered";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("category", category, "round", round, "inTime", inTime);
		}

		public Audience audience(Proposal proposal) {
			return Audience.proposer(proposal);
		}

		public String message() {
			return "proposal.notify.answered";
		}
	}

	record Reminded(Long unitId, String text) implements ProposalEvent {

		public String kind() {
			return "reminded";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("unitId", unitId);
		}

		public Audience audience(Proposal proposal) {
			return Audience.units(java.util.Collections.singletonList(unitId));
		}
	}

	/**
	 * The daily follow-up reminded the lead unit: its answer is due on {@code dueOn}, in {@code days} days — or, once
	 * {@code overdue}, was due {@code days} days ago.
	 */
	record RemindedAutomatically(Long unitId, boolean overdue, LocalDate dueOn, long days) implements ProposalEvent {

		public String kind() {
			return overdue ? "reminded-overdue" : "reminded-due-soon";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("unitId", unitId, "dueOn", dueOn, "days", days);
		}

		public Audience audience(Proposal proposal) {
			return Audience.units(java.util.Collections.singletonList(unitId));
		}
	}

	/** The daily follow-up took the proposal to the committee: the answer due on {@code dueOn} is {@code days} days overdue. */
	record Escalated(Long unitId, LocalDate dueOn, long days) implements ProposalEvent {

		public String kind() {
			return "escalated";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("unitId", unitId, "dueOn", dueOn, "days", days);
		}

		/** The committee, to press the unit; the unit, to know it has been. */
		public Audience audience(Proposal proposal) {
			return new Audience(java.util.Collections.singleton(unitId), Set.of(), true);
		}
	}

	/** The daily follow-up reminded the proposer to evaluate the answer by {@code evaluateBy}, {@code days} days off. */
	record ProposerReminded(LocalDate evaluateBy, long days) implements ProposalEvent {

		public String kind() {
			return "proposer-reminded";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("evaluateBy", evaluateBy, "days", days);
		}

		public Audience audience(Proposal proposal) {
			return Audience.proposer(proposal);
		}
	}

	/**
	 * The daily follow-up told the committee that the proposer has not evaluated the answer, due by {@code evaluateBy},
	 * {@code days} days ago: it may ask the member and record the evaluation given.
	 */
	record EvaluationOverdue(LocalDate evaluateBy, long days) implements ProposalEvent {

		public String kind() {
			return "evaluation-overdue";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("evaluateBy", evaluateBy, "days", days);
		}

		public Audience audience(Proposal proposal) {
			return Audience.theOffice();
		}
	}

	/**
	 * The daily follow-up reminded the committee of the proposal waiting for it since {@code since}, {@code workingDays}
	 * working days: to examine it ({@code examine}), to assign it ({@code assign}), to decide the lead unit's request for
	 * another assignment ({@code adjustment}).
	 */
	record OfficeReminded(String waitsFor, LocalDate since, long workingDays) implements ProposalEvent {

		public String kind() {
			return "office-reminded-" + waitsFor;
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("since", since, "workingDays", workingDays);
		}

		public Audience audience(Proposal proposal) {
			return Audience.theOffice();
		}
	}

	/** The proposer's evaluation, and what it led to: closed, follow-up, or answered again by {@code dueOn}. */
	record Evaluated(Evaluation evaluation, AnswerCategory category, ProposalStatus outcome, LocalDate dueOn, String text)
			implements ProposalEvent {

		public String kind() {
			return switch (outcome) {
				case IN_FOLLOW_UP -> "evaluated-follow-up";
				case ASSIGNED -> "evaluated-rehandle";
				default -> "evaluated";
			};
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("evaluation", evaluation, "category", category, "dueOn", dueOn);
		}

		public Audience audience(Proposal proposal) {
			Audience units = Audience.units(List.of(proposal.leadUnitId()));
			return outcome == ProposalStatus.ASSIGNED ? new Audience(units.unitIds(), Set.of(), true) : units;
		}

		public String message() {
			return outcome == ProposalStatus.ASSIGNED ? "proposal.notify.rehandle" : "proposal.notify.evaluated";
		}
	}

	record Fulfilled(long unitId, String text) implements ProposalEvent {

		public String kind() {
			return "fulfilled";
		}

		public Audience audience(Proposal proposal) {
			return new Audience(Set.of(), Audience.proposer(proposal).accountIds(), true);
		}
	}

	record ConvertedToOpinion(long opinionId, String text) implements ProposalEvent {

		public String kind() {
			return "converted-to-opinion";
		}

		public Map<String, Object> data() {
			return ProposalEvent.entries("opinionId", opinionId);
		}

		public Audience audience(Proposal proposal) {
			return Audience.proposer(proposal);
		}
	}
}
