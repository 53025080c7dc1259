package org.luoshi.identity.internal;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.springframework.stereotype.Component;

/**
 * Tells security administrators (who unlock) how many accounts in their scope are locked right now: someone is
 * probably waiting to be unlocked, or someone is guessing passwords. Everyone else gets nothing from identity.
 */
@Component
class AccountAttention implements AttentionProvider {

	private final AccountAdministration administration;

	AccountAttention(AccountAdministration administration) {
		this.administration = administration;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		if (!actor.can(Permissions.SECURITY_MANAGE)) {
			return List.of();
		}
		return List.of(Attention.of("identity.attention.locked", administration.lockedCount(actor), "/admin/accounts?locked=true", "warning"));
	}
}
