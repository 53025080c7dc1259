package org.luoshi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to accounts, e.g. to find who handles a unit's business. */
public interface AccountDirectory {

	Optional<AccountSummary> findAccount(long id);

	Optional<AccountSummary> findByUsername(String username);

	/** Active accounts linked to staff of the unit, e.g. to notify a unit's handlers. */
	List<AccountSummary> accountsOfUnit(long unitId);

	/**
	 * Active staff accounts holding a role that grants the permission whose data scope is one of the units or, with
	 * {@code wholeDistrict}, the whole district: e.g. who may decide what concerns a unit, its scope being the unit or
	 * one above it.
	 */
	List<AccountSummary> accountsHolding(String permission, Collection<Long> scopeUnitIds, boolean wholeDistrict);
}
