package org.luoshi.identity.internal;

import java.util.Set;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;

/**
 * What the system and security administrators do, for the identity module's web layer. Every method keeps to the
 * actor's data scope: an administrator of a unit subtree sees and manages only accounts scoped inside it (others are
 * "not found") and can give no wider scope.
 *
 * <p>Duties are separated (三员分立): the system administrator ({@link org.luoshi.shared.Permissions#ACCOUNTS_MANAGE})
 * creates accounts, edits their name, staff and scope, deactivates and activates them; the security administrator
 * ({@link org.luoshi.shared.Permissions#SECURITY_MANAGE}) grants and revokes roles, unlocks, resets passwords and
 * revokes API tokens. No one changes their own roles, and no account holds two administrators' roles.
 *
 * <p>An account's lifecycle: created without roles and with a one-time password (its owner must choose a new one at
 * first sign-in); given roles; edited; its password reset (again one-time); locked by failed sign-ins and unlocked;
 * deactivated (its sessions and API tokens end) and activated again. Accounts are never deleted, so the audit trail
 * always names someone.
 */
public interface AccountAdministration {

	Page<AccountSummary> accounts(AccountQuery query, PageQuery page, Actor actor);

	AccountSummary account(long id, Actor actor);

	IssuedPassword create(CreateAccountCommand command, Actor actor);

	AccountSummary update(UpdateAccountCommand command, Actor actor);

	/** Replaces the account's roles (the security administrator, never on their own account). */
	AccountSummary grantRoles(GrantRolesCommand command, Actor actor);

	/** A new one-time password; the account's API tokens and web sessions end. */
	IssuedPassword resetPassword(long id, Actor actor);

	AccountSummary unlock(long id, Actor actor);

	/** Deactivating ends the account's web sessions and API tokens; no one deactivates their own account. */
	AccountSummary setActive(long id, boolean active, Actor actor);

	/** The account's API tokens, newest first (the security administrator). */
	java.util.List<TokenView> tokens(long accountId, Actor actor);

	/** Ends one API token of the account at once (the security administrator). */
	void revokeToken(long accountId, long tokenId, Actor actor);

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
	 * A new account has no roles: the security administrator grants them.
	 *
	 * @param staffId the member of staff the account belongs to, or {@code null}
	 * @param scopeUnitId the root of the account's data scope; {@code null} is the whole district
	 * @param initialPassword the one-time password, or blank to have one generated
	 */
	record CreateAccountCommand(String username, String displayName, Long staffId, Long scopeUnitId, String initialPassword) {
	}

	record UpdateAccountCommand(long id, int version, String displayName, Long staffId, Long scopeUnitId) {
	}

	record GrantRolesCommand(long id, int version, Set<Role> roles) {
	}

	/** An account with the one-time password to hand to its owner; shown once and never stored in clear. */
	record IssuedPassword(AccountSummary account, String password) {
	}
}
