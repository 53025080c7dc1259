package org.luoshi.identity;

import java.util.List;

/**
 * Accounts of enterprises' contacts (企业用户), for the module that runs their registration and approval. Identity
 * keeps the account — the login name, the password its owner chose, whether it may sign in — and knows its enterprise by
 * id only; who may approve a registration (the enterprise's town) is the caller's rule, which identity cannot judge.
 *
 * <p>An account opened here cannot sign in until it is {@link #approve approved}: until then the sign-in, given the
 * right password, says that the town has yet to decide, and after {@link #reject} that it refused.
 */
public interface EnterpriseAccounts {

	/**
	 * Opens an account awaiting approval, in the caller's transaction. Checks the login name (of the account format, and
	 * free: held by no account but refused registrations) and the password policy; problems are thrown together as a
	 * {@code ValidationException} on the fields {@code username} and {@code password}. Two callers opening the same name at
	 * once meet the database's unique index: the second gets a {@code DuplicateKeyException}.
	 *
	 * @return the new account's id
	 */
	long openPending(String username, String displayName, String password, long enterpriseId);

	/**
	 * The problems {@link #openPending} would report, without opening anything: for a form that checks everything at
	 * once.
	 */
	List<org.luoshi.shared.Violation> check(String username, String password);

	/** The account may sign in, as {@link Role#ENTERPRISE}. Refused (409) unless it awaits approval. */
	AccountSummary approve(long accountId);

	/**
	 * The account stays closed; its owner is told at sign-in. Its login name is free again: the applicant may register
	 * anew, with an account of its own, and the refused one is kept as it was. Refused (409) unless it awaits approval.
	 */
	AccountSummary reject(long accountId);

	/**
	 * Demo data only: {@link #openPending} with the demo password that the start-up banner prints, for the portal's demo
	 * accounts (whose enterprises identity cannot know).
	 */
	long openPendingForDemo(String username, String displayName, long enterpriseId);

	/** Every account of the enterprise, approved or not. */
	List<AccountSummary> accountsOf(long enterpriseId);
}
