package org.luoshi.enterprise.proposals.internal;

import java.util.List;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who "the office" is when the proposal desk tells it something — a proposal to examine or assign, a request to decide,
 * an answer long overdue, a public-opinion report left waiting: the accounts that manage proposals
 * ({@code proposal:manage}), addressed one by one, since the notification module addresses units and accounts, not
 * permissions.
 *
 * <p>Among the accounts of the office's unit ({@code proposal_settings.office_unit_id}, which the demo sets to 区政协)
 * when it is named and holds any: not the unit's every account, since a district lists its CPPCC members as the CPPCC's
 * staff to reach them by e-mail, and the committee's work is not theirs. Otherwise — no unit named, as on a server
 * without the demo data, or one where nobody manages proposals — every active account that does, whatever its unit:
 * the notices must reach whoever does the office's work rather than nobody.
 */
@Component
class ProposalOffice {

	private final ProposalRows rows;
	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;

	ProposalOffice(ProposalRows rows, AccountDirectory accounts, OrganizationDirectory organization) {
		this.rows = rows;
		this.accounts = accounts;
		this.organization = organization;
	}

	/** The accounts the office's notices are addressed to. */
	List<Long> accounts() {
		Long unit = rows.officeUnitId();
		if (unit != null) {
			List<Long> ofUnit = accounts.accountsOfUnit(unit).stream()
				.filter(account -> account.actor().permissions().contains(Permissions.PROPOSAL_MANAGE))
				.map(AccountSummary::id)
				.toList();
			if (!ofUnit.isEmpty()) {
				return ofUnit;
			}
		}
		// Every data scope there is: each unit's, and the whole district's (none).
		List<Long> everyUnit = organization.allUnits().stream().map(UnitSummary::id).toList();
		return accounts.accountsHolding(Permissions.PROPOSAL_MANAGE, everyUnit, true).stream().map(AccountSummary::id).toList();
	}
}
