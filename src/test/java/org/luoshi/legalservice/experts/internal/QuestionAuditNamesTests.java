package org.luoshi.legalservice.experts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.legalservice.experts.DisputeOutcome;
import org.luoshi.support.AuditNames;

/**
 * Every step a question can take is named in the audit trail, in Chinese and English ({@code legal.expert-question.<kind>}),
 * with every field its entry writes, whether the demo data takes the step or not; so are the absences' entries.
 */
class QuestionAuditNamesTests {

	static List<QuestionEvent> everyKind() {
		LocalDate day = LocalDate.of(2026, 12, 4);
		List<QuestionEvent> events = new ArrayList<>(List.of(
				new QuestionEvent.Asked("主题", false),
				new QuestionEvent.Asked("主题", true),
				new QuestionEvent.PassedByAbsent(1, "陈雅琪", day, day, "出庭"),
				new QuestionEvent.PassedByConflict(1, "陈雅琪", false, "对方", "陈雅琪", "代理", day),
				new QuestionEvent.PassedByConflict(1, "陈雅琪", true, "对方", "林志明", "代理", day),
				new QuestionEvent.Assigned(1, "林志明", 2L, true, null, null),
				new QuestionEvent.Assigned(1, "林志明", 2L, false, 3L, "改派"),
				new QuestionEvent.LeftForBureau(),
				new QuestionEvent.Drafted(10),
				new QuestionEvent.Submitted("意见"),
				new QuestionEvent.Returned("补充"),
				new QuestionEvent.Approved("同意"),
				new QuestionEvent.Signed(false),
				new QuestionEvent.Signed(true),
				new QuestionEvent.ProgressNoted("进展"),
				new QuestionEvent.Reminded(14),
				new QuestionEvent.Withdrawn("理由")));
		for (DisputeOutcome outcome : DisputeOutcome.values()) {
			events.add(new QuestionEvent.OutcomeRecorded(outcome, day, "说明"));
		}
		return events;
	}

	@Test
	void theListHoldsEveryKindOfEvent() {
		assertThat(everyKind().stream().map(Object::getClass).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(AuditNames.leaves(QuestionEvent.class));
	}

	@Test
	void namesEveryStepOfAQuestionItsFieldsAndTheAbsencesInBothLanguages() {
		List<String> actions = new ArrayList<>(everyKind().stream().map(QuestionEvent::action).distinct().toList());
		actions.add("legal.expert-absence.recorded");
		actions.add("legal.expert-absence.removed");

		assertThat(actions).contains("legal.expert-question.passed-firm-conflict", "legal.expert-question.outcome-mediated");
		assertThat(AuditNames.unnamed(actions, List.of(QuestionService.TARGET, ExpertRoster.ABSENCE_TARGET))).isEmpty();
		List<String> fields = new ArrayList<>(everyKind().stream().flatMap(event -> event.changes().toMap().keySet().stream()).toList());
		fields.addAll(List.of("expertName", "absentFrom", "absentTo", "reason"));
		assertThat(AuditNames.unnamedFields(fields)).as("fields without a name in the audit bundles").isEmpty();
	}

	@Test
	void theRotationGoesRoundFromTheExpertAfterTheLastOne() {
		List<org.luoshi.legalservice.Practitioner> experts = List.of(expert(3), expert(5), expert(8), expert(13));
		assertThat(ExpertRoster.inTurn(experts, null)).extracting(org.luoshi.legalservice.Practitioner::id).containsExactly(3L, 5L, 8L, 13L);
		assertThat(ExpertRoster.inTurn(experts, 5L)).extracting(org.luoshi.legalservice.Practitioner::id).containsExactly(8L, 13L, 3L, 5L);
		assertThat(ExpertRoster.inTurn(experts, 13L)).extracting(org.luoshi.legalservice.Practitioner::id).containsExactly(3L, 5L, 8L, 13L);
		// The last one left the group: the rotation goes on from where they stood.
		assertThat(ExpertRoster.inTurn(experts, 6L)).extracting(org.luoshi.legalservice.Practitioner::id).containsExactly(8L, 13L, 3L, 5L);
	}

	private static org.luoshi.legalservice.Practitioner expert(long id) {
		return new org.luoshi.legalservice.Practitioner(id, 1, "律所", org.luoshi.legalservice.ProviderKind.LAW_FIRM, "专家" + id, "1", null,
				List.of(), null, true, true, 0);
	}
}
