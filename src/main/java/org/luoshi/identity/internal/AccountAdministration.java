package org.luoshi.identity.internal;

import java.util.Set;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;

/**
 * What an account administrator does, for the identity module's web layer. Every method requires
 * {@link org.luoshi.shared.Permissions#ACCOUNTS_MANAGE} and keeps to the actor's data scope: an administrator of a
 * unit subtree sees and manages only accounts scoped inside it (others are "not found") and can give no wider scope.
 *
 * <p>An account's lifecycle: created with a one-time password (its owner must choose a new one at first sign-in);
 * edited (name, staff, roles, scope); its password reset (again one-time); locked by failed sign-ins and unlocked;
 * deactivated (its sessions and API tokens end) and activated again. Accounts are never deleted, so the audit
 * trail always names someone.
 */
public interface AccountAdministration {

	Page<AccountSummary> accounts(AccountQuery query, PageQuery page, Actor actor);

	AccountSummary account(long id, Actor actor);

	IssuedPassword create(CreateAccountCommand command, Actor actor);

	AccountSummary update(UpdateAccountCommand command, Actor actor);

	/** A new one-time password; the account's API tokens and web sessions end. */
	IssuedPassword resetPassword(long id, Actor actor);

	AccountSummary unlock(long id, Actor actor);

	/** Deactivating ends the account's web sessions and API tokens; no one deactivates their own account. */
	AccountSummary setActive(long id, boolean active, Actor actor);

	/** Accounts locked right now within the actor's scope (zero without the permission). */
	long lockedCount(Actor actor);

	/**
	 * Filters of the account list.
	 *
	 * @param lockedOnly only accounts locked right now
	 * @param inactiveOnly only deactivated accounts
	 */
	record AccountQuery(String text, Role role, boolean lockedOnly, boolean inactiveOnly) {

		public static final Set<String> SORT_FIELDS = Set.of("username", "displayName", "lastLogin");
	}

	/**
	 * @param staffId the member of staff the account belongs to, or {@code null}
	 * @param scopeUnitId the root of the account's data scope; {@code null} is the whole district
	 * @param initialPassword the one-time password, or blank to have one generated
	 */
	record CreateAccountCommand(String username, String displayName, Long staffId, Set<Role> roles, Long scopeUnitId,
			String initialPassword) {
	}

	record UpdateAccountCommand(long id, int version, String displayName, Long staffId, Set<Role> roles, Long scopeUnitId) {
	}

	/** An account with the one-time password to hand to its owner; shown once and never stored in clear. */
	record IssuedPassword(AccountSummary account, String password) {
	}
}
