package org.luoshi.identity;

import java.util.Map;

/**
 * A sign-in attempt, successful or not, by page or API. {@code outcome} is {@code success}, {@code bad-credentials},
 * {@code locked}, {@code disabled} or {@code locked-now} (this failure locked the account).
 */
public record LoginAttempted(String username, Long accountId, String channel, String outcome) implements AccountAuditEvent {

	@Override
	public String action() {
		return "identity.login." + outcome;
	}

	@Override
	public Map<String, Change> changes() {
		return Map.of("channel", new Change(null, channel));
	}

	public boolean succeeded() {
		return "success".equals(outcome);
	}
}
