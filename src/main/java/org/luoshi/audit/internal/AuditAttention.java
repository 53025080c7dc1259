package org.luoshi.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.luoshi.shared.web.Times;
import org.springframework.stereotype.Component;

/** Tells auditors on their home page about failed sign-ins and accounts locked by them in the last 24 hours. */
@Component
class AuditAttention implements AttentionProvider {

	private final AuditTrail trail;
	private final Times times;

	AuditAttention(AuditTrail trail, Times times) {
		this.trail = trail;
		this.times = times;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		if (!actor.can(Permissions.AUDIT_READ)) {
			return List.of();
		}
		AuditTrail.SignInTrouble trouble = trail.signInTroubleSince(Instant.now().minus(Duration.ofHours(24)), actor);
		// The page filters by whole days, so the links open on yesterday and today: the last 24 hours and a little more.
		String since = "&from=" + times.today().minusDays(1);
		return List.of(
				Attention.of("audit.attention.failed-sign-ins", trouble.failedSignIns(), "/audit?action=" + AuditRecorder.SIGN_IN + since,
						"warning"),
				Attention.of("audit.attention.locked-accounts", trouble.lockedAccounts(),
						"/audit?action=" + AuditRecorder.SIGN_IN + "locked-now" + since, "danger"));
	}
}
