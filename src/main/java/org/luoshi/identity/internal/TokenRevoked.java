package org.luoshi.identity.internal;

import java.util.Map;

import org.luoshi.identity.AccountSummary;
import org.luoshi.shared.AuditableEvent;

/** An API token ended before its time, by its owner or by the security administrator (who did it is the entry's actor). */
record TokenRevoked(long tokenId, String label, String name, String owner) implements AuditableEvent {

	static TokenRevoked of(AccountSummary owner, TokenView token) {
		return new TokenRevoked(token.id(), owner.username() + " · " + token.name(), token.name(), owner.username());
	}

	@Override
	public String action() {
		return "identity.token.revoked";
	}

	@Override
	public String targetType() {
		return "api-token";
	}

	@Override
	public String targetId() {
		return Long.toString(tokenId);
	}

	@Override
	public String targetLabel() {
		return label;
	}

	@Override
	public Map<String, Change> changes() {
		return Map.of("owner", new Change(owner, null), "name", new Change(name, null));
	}
}
