package org.luoshi.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity")
class MeApiController {

	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;

	MeApiController(AccountDirectory accounts, OrganizationDirectory organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	/** The unit the account works in, or the one its data scope covers. */
	record AccountUnit(long id, String name) {
	}

	record Me(long id, String username, String displayName, List<Role> roles, List<String> permissions, AccountUnit unit,
			String position, AccountUnit scope, boolean wholeDistrict) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in account: roles, permissions, unit and data scope")
	Me me() {
		Actor actor = CurrentActor.get();
		AccountSummary account = accounts.findAccount(actor.accountId()).orElseThrow(() -> new NotFoundException("account", actor.accountId()));
		StaffSummary staff = account.staffId() == null ? null : organization.findStaff(account.staffId()).orElse(null);
		UnitSummary scope = account.scopeUnitId() == null ? null : organization.findUnit(account.scopeUnitId()).orElse(null);
		return new Me(account.id(), account.username(), account.displayName(), account.roles().stream().sorted().toList(),
				actor.permissions().stream().sorted().toList(),
				staff == null ? null : new AccountUnit(staff.unitId(), staff.unitName()), staff == null ? null : staff.position(),
				scope == null ? null : new AccountUnit(scope.id(), scope.name()), scope == null);
	}

}
