package org.luoshi.enterprise.portal.internal;

import java.util.Set;

import org.luoshi.enterprise.internal.EnterpriseAccess;
import org.luoshi.enterprise.internal.Towns;
import org.luoshi.enterprise.portal.internal.RegistrationLifecycle.Side;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;

/**
 * Who may see and decide a registration — the one rule of the town's list, the registration's page, its steps and its
 * search document: {@code enterprise:manage} over the enterprise's town as the registry decides it now
 * ({@link EnterpriseAccess.Scope#manages}): the town keeping the enterprise and the whole district (the district
 * office). An enterprise moved to another town takes its registrations with it. The audit trail files the
 * registration's entries under the same unit ({@link RegistrationAuditUnits}).
 *
 * @param scope the actor with the towns in hand, for any number of registrations
 */
record RegistrationAccess(EnterpriseAccess.Scope scope) {

	/** The sides the actor takes on the registration: the town's, or none (then the registration is "not found"). */
	Set<Side> sides(Registration registration) {
		Actor actor = scope.actor();
		if (!actor.can(Permissions.ENTERPRISE_MANAGE) || actor.isEnterprise()) {
			return Set.of();
		}
		return scope.manages(registration.enterprise().divisionCode()) ? Set.of(Side.TOWN) : Set.of();
	}

	boolean sees(Registration registration) {
		return !sides(registration).isEmpty();
	}

	/** The same rule as search applies it to the registration's document. */
	static Visibility forSearch(Towns.Snapshot towns, Registration registration) {
		return EnterpriseAccess.forSearchByManagers(towns, registration.enterprise().divisionCode());
	}
}
