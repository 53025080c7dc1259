package org.luoshi.enterprise.portal.internal;

import org.luoshi.shared.Changes;
import org.luoshi.shared.lifecycle.LifecycleEvent;

/** What happened to a registration: each is its audit entry. */
sealed interface RegistrationEvent extends LifecycleEvent {

	record Submitted(String enterpriseName, String contactName, String phone) implements RegistrationEvent {

		@Override
		public String action() {
			return "portal.registration.submitted";
		}

		@Override
		public Changes changes() {
			// "phone" is masked by the audit trail like every phone.
			return Changes.of().created("enterprise", enterpriseName).created("contactName", contactName).created("phone", phone)
				.created("status", RegistrationStatus.PENDING.name());
		}
	}

	record Approved() implements RegistrationEvent {

		@Override
		public String action() {
			return "portal.registration.approved";
		}

		@Override
		public Changes changes() {
			return Changes.of().field("status", RegistrationStatus.PENDING.name(), RegistrationStatus.APPROVED.name());
		}
	}

	record Rejected(String reason) implements RegistrationEvent {

		@Override
		public String action() {
			return "portal.registration.rejected";
		}

		@Override
		public Changes changes() {
			return Changes.of().field("status", RegistrationStatus.PENDING.name(), RegistrationStatus.REJECTED.name())
				.field("reason", null, reason);
		}
	}
}
