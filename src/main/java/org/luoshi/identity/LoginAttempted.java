package org.luoshi.identity;

import java.util.Map;

import org.luoshi.shared.AuditableEvent;

/**
 * A sign-in attempt, successful or not, by page or API. {@code outcome} is {@code success}, {@code bad-credentials},
 * {@code locked}, {@code disabled} or {@code locked-now} (this failure locked the account).
 */
public record LoginAttempted(String username, Long accountId, String channel, String outcome) implements AuditableEvent {

	@Override
	public String action() {
		return "identity.login." + outcome;
	}

	@Override
	public String targetType() {
		return "account";
	}

	@Override
	public String targetId() {
		return accountId == null ? "" : accountId.toString();
	}

	@Override
	public String targetLabel() {
		return username;
	}

	@Override
	public Map<String, Change> changes() {
		return Map.of("channel", new Change(null, channel));
	}

	public boolean succeeded() {
		return "success".equals(outcome);
	}
}
