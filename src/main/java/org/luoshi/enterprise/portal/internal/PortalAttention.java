package org.luoshi.enterprise.portal.internal;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.springframework.stereotype.Component;

/** Tells a town (and the district office) how many enterprises' portal registrations wait for its decision. */
@Component
class PortalAttention implements AttentionProvider {

	private final RegistrationService registrations;

	PortalAttention(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		if (!actor.can(Permissions.ENTERPRISE_MANAGE)) {
			return List.of();
		}
		return List.of(Attention.of("portal.attention.pending", registrations.pending(actor).size(), "/portal/registrations", "info"));
	}
}
