package org.luoshi.enterprise.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.enterprise.internal.Towns;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Whom a new registration is announced to: the people nearest to it who may decide it ({@link RegistrationAccess}) —
 * the accounts with {@code enterprise:manage} scoped to the unit keeping the enterprise's town; where the town has none,
 * those scoped to the unit above it, and so on up to the whole district (the district office). Everyone who may decide
 * still finds it in the list and on the home page; the inbox goes to those whose work it is, not to the district office
 * for every registration of every town.
 */
@Component
class RegistrationApprovers {

	private final AccountDirectory accounts;
	private final Towns towns;

	RegistrationApprovers(AccountDirectory accounts, Towns towns) {
		this.accounts = accounts;
		this.towns = towns;
	}

	Set<Long> of(Registration registration) {
		Towns.Snapshot snapshot = towns.snapshot();
		// The keeping unit and the units above it, nearest first; a division no town carries only the whole district decides.
		List<Long> upwards = new ArrayList<>();
		Long unit = snapshot.town(registration.enterprise().divisionCode()).map(Towns.Town::unitId).orElse(null);
		while (unit != null && !upwards.contains(unit)) {
			upwards.add(unit);
			UnitSummary summary = snapshot.units().get(unit);
			unit = summary == null ? null : summary.parentId();
		}
		List<AccountSummary> holders = accounts.accountsHolding(Permissions.ENTERPRISE_MANAGE, upwards, true);
		for (Long level : upwards) {
			Set<Long> nearest = idsScopedTo(holders, level);
			if (!nearest.isEmpty()) {
				return nearest;
			}
		}
		return idsScopedTo(holders, null);
	}

	private static Set<Long> idsScopedTo(List<AccountSummary> holders, Long scopeUnitId) {
		return holders.stream().filter(account -> Objects.equals(account.scopeUnitId(), scopeUnitId)).map(AccountSummary::id)
			.collect(Collectors.toUnmodifiableSet());
	}
}
