package org.luoshi.identity;

import java.util.Set;

import org.luoshi.shared.Permissions;

/** What a person does in the district; each role grants a fixed set of permissions. */
public enum Role {

	/** The district office's administrator: units, staff and accounts. */
	DISTRICT_ADMIN(Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ACCOUNTS_MANAGE, Permissions.ORGANIZATION_READ,
			Permissions.REPORTS_MANAGE, Permissions.SUPERVISION_READ)),
	/** The supervision office (督查室): issues and follows every task of its scope. */
	SUPERVISOR(Set.of(Permissions.ORGANIZATION_READ, Permissions.REPORTS_MANAGE, Permissions.SUPERVISION_READ,
			Permissions.SUPERVISION_MANAGE)),
	/** A district leader: sees everything, writes instructions. */
	LEADER(Set.of(Permissions.ORGANIZATION_READ, Permissions.SUPERVISION_READ, Permissions.SUPERVISION_INSTRUCT)),
	/** A handler in a department or town: works on the unit's own business. */
	UNIT_HANDLER(Set.of(Permissions.ORGANIZATION_READ, Permissions.SUPERVISION_READ, Permissions.SUPERVISION_HANDLE)),
	/** Reads the audit trail; changes nothing. */
	AUDITOR(Set.of(Permissions.AUDIT_READ, Permissions.ORGANIZATION_READ));

	private final Set<String> permissions;

	Role(Set<String> permissions) {
		this.permissions = permissions;
	}

	public Set<String> permissions() {
		return permissions;
	}
}
