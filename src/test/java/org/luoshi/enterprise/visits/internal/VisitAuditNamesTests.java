package org.luoshi.enterprise.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.AuditNames;

/** Every step of a visit is named in the audit trail, in Chinese and English; each record's action is a constant. */
class VisitAuditNamesTests {

	@Test
	void namesEveryStepOfAVisitAndTheVisitInBothLanguages() {
		List<String> actions = AuditNames.leaves(VisitEvent.class).stream().map(record -> ((VisitEvent) AuditNames.blank(record)).action())
			.toList();

		assertThat(actions).contains("visit.planned", "visit.photos-added");
		assertThat(AuditNames.unnamed(actions, List.of(VisitService.TARGET))).isEmpty();
	}
}
