/**
 * Identity: accounts, roles with their permissions, data scope, sign-in (pages and API tokens), the password
 * policy, lockout and account administration.
 *
 * <p>An account is linked to a member of staff and sees a subtree of units (its data scope). Administrators with
 * {@code accounts:manage} create accounts with one-time passwords (replaced by their owners at first sign-in),
 * edit roles and scope, reset passwords, unlock, deactivate and activate, within their own scope
 * ({@code /admin/accounts}). Page sessions live in the database and follow their account: deactivation ends them
 * at once, a lock or an edit reaches them within a minute. API calls carry opaque bearer tokens checked against the
 * account on every call.
 *
 * <p>Publishes {@link org.luoshi.identity.Role}, {@link org.luoshi.identity.AccountDirectory} and the events
 * {@link org.luoshi.identity.LoginAttempted} (every sign-in attempt) and {@link org.luoshi.shared.RecordChanged}
 * (every account write, never a password or its hash); the signed-in person reaches other modules as a
 * {@link org.luoshi.shared.Actor}. Puts locked accounts on administrators' home pages and its page in the sidebar.
 * Depends on organization (staff and units, by id) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.luoshi.identity;
