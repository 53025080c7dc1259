package org.luoshi.enterprise.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.AuditNames;

/**
 * Every step of an enterprise user's registration is named in the audit trail, in Chinese and English; each record's
 * action is a constant.
 */
class RegistrationAuditNamesTests {

	@Test
	void namesEveryStepOfARegistrationAndTheRegistrationInBothLanguages() {
		List<String> actions = AuditNames.leaves(RegistrationEvent.class).stream()
			.map(record -> ((RegistrationEvent) AuditNames.blank(record)).action())
			.toList();

		assertThat(actions).contains("portal.registration.submitted", "portal.registration.rejected");
		assertThat(AuditNames.unnamed(actions, List.of(RegistrationService.TARGET))).isEmpty();
	}
}
