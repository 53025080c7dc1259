/**
 * Identity: accounts, roles with their permissions, data scope, sign-in (pages and API tokens), the password
 * policy, lockout and account administration.
 *
 * <p>An account is linked to a member of staff and sees a subtree of units (its data scope). Administration is split
 * (三员分立): the system administrator ({@code accounts:manage}) creates accounts with one-time passwords (replaced by
 * their owners at first sign-in), edits their name, staff and scope, deactivates and activates them; the security
 * administrator ({@code security:manage}) grants roles, resets passwords, unlocks and revokes API tokens; both within
 * their own scope ({@code /admin/accounts}), never on their own account's roles, and no account holds two
 * administrators' roles. Everyone lists and revokes their own API tokens ({@code /account/tokens}). Page sessions live in the database and follow their account: deactivation ends them
 * at once, a lock or an edit reaches them within a minute. API calls carry opaque bearer tokens checked against the
 * account on every call.
 *
 * <p>Publishes {@link org.luoshi.identity.Role}, {@link org.luoshi.identity.AccountDirectory} and the events
 * {@link org.luoshi.identity.LoginAttempted} (every sign-in attempt; like sign-outs an
 * {@link org.luoshi.identity.AccountAuditEvent}, filed under its account) and {@link org.luoshi.shared.RecordChanged}
 * (every account write, never a password or its hash), and for the audit trail alone the requests it refused or did not
 * find for a signed-in person, sign-outs (also by the idle timeout) and revoked API tokens; the signed-in person reaches other modules as a
 * {@link org.luoshi.shared.Actor}. Puts locked accounts on administrators' home pages and its page in the sidebar.
 * Depends on organization (staff and units, by id) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.luoshi.identity;
