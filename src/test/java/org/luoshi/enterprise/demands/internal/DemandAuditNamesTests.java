package org.luoshi.enterprise.demands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.support.AuditNames;

/**
 * Every step a demand can take is named in the audit trail, in Chinese and English: its action is
 * {@code enterprise.demand.<kind>}, formed from the event, so no string in the code lists them. The trail-wide check
 * ({@code AuditNamesIntegrationTests}) sees only the steps that were taken; arbitration, merging and the follow-up's
 * escalations are checked here, whether the demo data takes them or not.
 */
class DemandAuditNamesTests {

	/** One event of each kind: every record, once with each value that gives it another kind. */
	static List<DemandEvent> everyKind() {
		List<DemandEvent> events = new ArrayList<>(List.of(
				new DemandEvent.Raised(null, null, null),
				new DemandEvent.Dispatched(1, null),
				new DemandEvent.Signed(1, null, true),
				new DemandEvent.Returned(1, null, true, null),
				new DemandEvent.Arbitrated(true, 1, 2, null),
				new DemandEvent.Arbitrated(false, 1, 1, null),
				new DemandEvent.Transferred(1, 2, null),
				new DemandEvent.CoUnitAdded(1, null),
				new DemandEvent.Contributed(1, null),
				new DemandEvent.Answered(1, null, true, null),
				new DemandEvent.ClosedUnrated(),
				new DemandEvent.Reminded(1, false, null),
				new DemandEvent.Reminded(1, true, null),
				new DemandEvent.Instructed(null, null),
				new DemandEvent.EscalatedByDesk(null),
				new DemandEvent.RaisedToTask(1, null),
				new DemandEvent.RaisedToProposal(1, null),
				new DemandEvent.ProposalStatusChanged(1, null, null),
				new DemandEvent.MergedInto(1, null, null),
				new DemandEvent.MergedFrom(1, null, null),
				new DemandEvent.Withdrawn(null),
				new DemandEvent.TaskStatusChanged(1, null)));
		for (Satisfaction rating : Satisfaction.values()) {
			events.add(new DemandEvent.Judged(1, rating, rating.accepts(), null, null, null, null, null));
		}
		// Level 1 is the automatic reminder, not an escalation (DemandFollowUp); 2 is the desk's, the top the leaders'.
		for (int level = 2; level <= Demand.TOP_LEVEL; level++) {
			events.add(new DemandEvent.Escalated(level, 1));
		}
		return events;
	}

	@Test
	void theListHoldsEveryKindOfEvent() {
		assertThat(everyKind().stream().map(Object::getClass).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(AuditNames.leaves(DemandEvent.class));
	}

	@Test
	void namesEveryStepOfADemandAndTheDemandInBothLanguages() {
		List<String> actions = everyKind().stream().map(DemandEvent::action).distinct().toList();

		assertThat(actions).contains("enterprise.demand.signed", "enterprise.demand.escalated-3");
		assertThat(AuditNames.unnamed(actions, List.of(DemandService.TARGET))).isEmpty();
		// and every field the steps write into the entry's changes (those left empty are not written: not all are seen here)
		assertThat(AuditNames.unnamedFields(everyKind().stream().flatMap(event -> event.changes().toMap().keySet().stream()).toList()))
			.as("fields without a name in the audit bundles").isEmpty();
	}
}
