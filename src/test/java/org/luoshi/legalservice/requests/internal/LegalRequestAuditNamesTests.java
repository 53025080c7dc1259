package org.luoshi.legalservice.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.support.AuditNames;

/**
 * Every step a legal request can take is named in the audit trail, in Chinese and English ({@code legal.request.<kind>}),
 * with every field its entry writes — whether the demo data takes the step or not.
 */
class LegalRequestAuditNamesTests {

	/** One event of each kind, every field filled. */
	static List<LegalRequestEvent> everyKind() {
		return List.of(
				new LegalRequestEvent.Made("20261204-001", "COUNTER", "LEGAL_CONSULTATION", "WALK_IN", "张三", "138****0000", "a***@b.cn",
						"4407**********1234", "江门市蓬江区****", 1),
				new LegalRequestEvent.Called("20261204-001"),
				new LegalRequestEvent.Referred("LEGAL_CONSULTATION", "MEDIATION", 1, "x"),
				new LegalRequestEvent.Scheduled(1, "2026-12-05 09:30", null),
				new LegalRequestEvent.Scheduled(2, "2026-12-05 15:00", 1L),
				new LegalRequestEvent.Assigned(1, "林志明", "律师事务所", 2L, 3L),
				new LegalRequestEvent.Screened(true, false, "1000.00", "2030.00", "WAGE_ARREARS", null),
				new LegalRequestEvent.Screened(false, true, "4000.00", "2030.00", "CONTRACT_DISPUTE", "x"),
				new LegalRequestEvent.SessionRecorded(LocalDate.of(2026, 12, 4), 1, "x"),
				new LegalRequestEvent.AgreementRecorded(MediationOutcome.AGREED, true, "x"),
				new LegalRequestEvent.Closed(3, 1L, "x"),
				new LegalRequestEvent.Rated(5, "x"),
				new LegalRequestEvent.Withdrawn(1L, 1L, "x"));
	}

	@Test
	void theListHoldsEveryKindOfEvent() {
		assertThat(everyKind().stream().map(Object::getClass).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(AuditNames.leaves(LegalRequestEvent.class));
	}

	@Test
	void namesEveryStepAndFieldOfARequestInBothLanguages() {
		List<String> actions = everyKind().stream().map(LegalRequestEvent::action).distinct().toList();
		assertThat(actions).contains("legal.request.made", "legal.request.screened-overridden", "legal.request.rescheduled");
		assertThat(AuditNames.unnamed(actions, List.of(LegalRequestService.TARGET, "legal-slot", "legal-aid-rules"))).isEmpty();
		assertThat(AuditNames.unnamed(List.of("legal.slot.added", "legal.aid-rules.changed"), List.of())).isEmpty();
		assertThat(AuditNames.unnamedFields(everyKind().stream().flatMap(event -> event.changes().toMap().keySet().stream()).toList()))
			.as("fields without a name in the audit bundles").isEmpty();
	}

	@Test
	void theMadeEntryKeepsPersonalDataOnlyMasked() {
		LegalRequestEvent.Made made = (LegalRequestEvent.Made) everyKind().get(0);
		assertThat(made.changes().toMap()).containsKeys("phone", "idNumber", "address", "email");
		assertThat(made.data()).doesNotContainKeys("phone", "idNumber", "address", "email");
	}
}
