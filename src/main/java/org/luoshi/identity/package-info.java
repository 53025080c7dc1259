/**
 * Identity: accounts, roles with their permissions, data scope, sign-in (pages and API tokens), the password
 * policy and lockout.
 *
 * <p>An account is linked to a member of staff and sees a subtree of units (its data scope). Publishes
 * {@link org.luoshi.identity.Role} and {@link org.luoshi.identity.AccountDirectory}; the signed-in person
 * reaches other modules as a {@link org.luoshi.shared.Actor}. Every login attempt and every write is audited.
 * Depends on organization (staff and units, by id).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.luoshi.identity;
