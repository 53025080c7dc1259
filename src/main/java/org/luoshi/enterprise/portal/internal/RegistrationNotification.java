package org.luoshi.enterprise.portal.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.shared.NotifiableEvent;

/**
 * What the portal tells a town: a registration has arrived for it to decide. Keyed by the registration, which arrives
 * once ({@code portal-registration:<id>:submitted}); it names the enterprise and the contact, never the mobile number
 * (an e-mail travels further than the page).
 */
public record RegistrationNotification(String deliveryKey, Set<Long> notifiedUnitIds, Set<Long> notifiedAccountIds, String messageKey,
		List<String> messageArguments, String link) implements NotifiableEvent {

	public RegistrationNotification {
		notifiedUnitIds = Set.copyOf(notifiedUnitIds);
		notifiedAccountIds = Set.copyOf(notifiedAccountIds);
		messageArguments = List.copyOf(messageArguments);
	}

	static RegistrationNotification submitted(Registration registration, Set<Long> approvers) {
		return new RegistrationNotification("portal-registration:" + registration.id() + ":submitted", Set.of(), approvers,
				"portal.notify.submitted", List.of(registration.enterprise().name(), registration.contactName()),
				"/portal/registrations/" + registration.id());
	}
}
