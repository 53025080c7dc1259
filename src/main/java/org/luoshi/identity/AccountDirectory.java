package org.luoshi.identity;

import java.util.List;
import java.util.Optional;

/** Read access to accounts, e.g. to find who handles a unit's business. */
public interface AccountDirectory {

	Optional<AccountSummary> findAccount(long id);

	Optional<AccountSummary> findByUsername(String username);

	/** Active accounts linked to staff of the unit, e.g. to notify a unit's handlers. */
	List<AccountSummary> accountsOfUnit(long unitId);
}
