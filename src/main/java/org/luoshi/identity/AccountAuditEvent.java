package org.luoshi.identity;

import org.luoshi.shared.AuditableEvent;

/** An audited event about one account (a sign-in, a sign-out), found in the audit trail under that account. */
public interface AccountAuditEvent extends AuditableEvent {

	/** The account, when the name given belongs to one. */
	Long accountId();

	/** The name given, which is also how the entry is labelled. */
	String username();

	@Override
	default String targetType() {
		return "account";
	}

	@Override
	default String targetId() {
		return accountId() == null ? "" : accountId().toString();
	}

	@Override
	default String targetLabel() {
		return username();
	}
}
