package org.luoshi.enterprise.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Disposition;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.OpinionClock;
import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.enterprise.proposals.OpinionStep;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.support.AuditNames;

/**
 * Every step of a proposal and of a public-opinion report is named in the audit trail, in Chinese and English: their
 * actions ({@code enterprise.proposal.<kind>}, {@code enterprise.opinion.<kind>}) are formed from the events, and the
 * daily follow-up's reminders, adjustments and re-handling are rarely in a trail — the demo data's or any other.
 */
class ProposalAuditNamesTests {

	/** One event of each kind: every record, once with each value that gives it another kind. */
	static List<ProposalEvent> everyKind() {
		List<ProposalEvent> events = new ArrayList<>(List.of(
				new ProposalEvent.Submitted("黄泰安", null),
				new ProposalEvent.Submitted("黄泰安", "SQ2026-0001"),
				new ProposalEvent.Revised(null),
				new ProposalEvent.Withdrawn(null),
				new ProposalEvent.Accepted("1", null),
				new ProposalEvent.Rejected(Disposition.NONE, null),
				new ProposalEvent.ReturnedForRevision(null),
				new ProposalEvent.Assigned(1, List.of(), null, null),
				new ProposalEvent.AdjustmentRequested(1, null, null),
				new ProposalEvent.AdjustmentDecided(true, 1, 2, List.of(), null, null),
				new ProposalEvent.AdjustmentDecided(false, 1, 1, List.of(), null, null),
				new ProposalEvent.Contributed(1, null),
				new ProposalEvent.Answered(1, AnswerCategory.A, 1, true, null),
				new ProposalEvent.Answered(1, AnswerCategory.A, 2, true, null),
				new ProposalEvent.Reminded(1L, null),
				new ProposalEvent.RemindedAutomatically(1L, false, null, 3),
				new ProposalEvent.RemindedAutomatically(1L, true, null, 3),
				new ProposalEvent.Escalated(1L, null, 3),
				new ProposalEvent.ProposerReminded(null, 3),
				new ProposalEvent.EvaluationOverdue(null, 3),
				new ProposalEvent.Fulfilled(1, null),
				new ProposalEvent.ConvertedToOpinion(1, null)));
		// What the committee is reminded it still owes, as Proposal.followUp names it from the proposal's status.
		for (String waitsFor : List.of("examine", "assign", "adjustment")) {
			events.add(new ProposalEvent.OfficeReminded(waitsFor, null, 3));
		}
		for (ProposalStatus outcome : ProposalStatus.values()) {
			events.add(new ProposalEvent.Evaluated(Evaluation.SATISFIED, AnswerCategory.A, outcome, null, null));
		}
		return events;
	}

	/** The kind of every step of a report, each taken on a report as the service takes it, and the two it writes itself. */
	static List<String> everyOpinionKind() {
		List<String> kinds = new ArrayList<>(List.of("submitted", "converted"));
		for (OpinionStep step : OpinionStep.values()) {
			Opinion opinion = new Opinion(1, "标题", "内容", 1L, "黄泰安", List.of(), null, null, null, OpinionStatus.SUBMITTED,
					Instant.EPOCH, null, null, List.of(), null, null, null, false, 0);
			// No default: a new step does not compile here until it is taken, and so named.
			List<Opinion.Event> happened = switch (step) {
				case EDIT -> opinion.edit(OpinionStatus.SUBMITTED, "新标题", null);
				case ADOPT -> opinion.adopt(OpinionStatus.ADOPTED, Instant.EPOCH, LocalDate.EPOCH, null);
				case DECLINE -> opinion.decline(OpinionStatus.DECLINED, LocalDate.EPOCH, "不予采用");
				case FORWARD -> opinion.forward(OpinionStatus.FORWARDED, LocalDate.EPOCH, "区委办", List.of(), null);
				case RECORD_INSTRUCTION -> opinion.recordInstruction("请研究");
				case REMIND_OFFICE -> List.of(); // one kind per limit passed, below
			};
			happened.forEach(event -> kinds.add(event.kind()));
		}
		// The daily follow-up's reminder to the office, as Opinion.remindOffice names it.
		for (OpinionClock.Limit limit : OpinionClock.Limit.values()) {
			kinds.add("office-reminded-" + limit.name().toLowerCase(Locale.ROOT));
		}
		return kinds;
	}

	@Test
	void theListHoldsEveryKindOfEvent() {
		assertThat(everyKind().stream().map(Object::getClass).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(AuditNames.leaves(ProposalEvent.class));
	}

	@Test
	void namesEveryStepOfAProposalAndTheProposalInBothLanguages() {
		List<String> actions = everyKind().stream().map(ProposalEvent::action).distinct().toList();

		assertThat(actions).contains("enterprise.proposal.accepted", "enterprise.proposal.office-reminded-adjustment",
				"enterprise.proposal.evaluated-rehandle");
		assertThat(AuditNames.unnamed(actions, List.of(ProposalService.TARGET))).isEmpty();
		// and every field the steps write into the entry's changes (those left empty are not written: not all are seen here)
		assertThat(AuditNames.unnamedFields(everyKind().stream().flatMap(event -> event.changes().toMap().keySet().stream()).toList()))
			.as("fields without a name in the audit bundles").isEmpty();
	}

	@Test
	void namesEveryStepOfAPublicOpinionReportAndTheReportInBothLanguages() {
		List<String> actions = everyOpinionKind().stream().map(kind -> new Opinion.Event(kind, null, Map.of()).action()).toList();

		assertThat(actions).contains("enterprise.opinion.forwarded", "enterprise.opinion.instruction-recorded");
		assertThat(AuditNames.unnamed(actions, List.of(OpinionService.TARGET))).isEmpty();
	}
}
