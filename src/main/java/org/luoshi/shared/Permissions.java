package org.luoshi.shared;

/**
 * Every permission a role can grant. Modules check these names (in {@code @PreAuthorize} and through
 * {@link Actor#can}); identity maps roles to them. Kept in the shared kernel so that a module can guard its
 * pages without depending on identity.
 */
public final class Permissions {

	/** Create, rename, move and deactivate units and staff; import them from Excel. */
	public static final String ORGANIZATION_MANAGE = "organization:manage";
	/** Create accounts, assign roles and data scope, unlock and reset passwords. */
	public static final String ACCOUNTS_MANAGE = "accounts:manage";
	/** Read the audit trail, verify its chain and export it. */
	public static final String AUDIT_READ = "audit:read";
	/** Read the organization directory (every signed-in person may). */
	public static final String ORGANIZATION_READ = "organization:read";
	/** Read reports into draft task lists, review and confirm them. */
	public static final String REPORTS_MANAGE = "reports:manage";

	private Permissions() {
	}
}
