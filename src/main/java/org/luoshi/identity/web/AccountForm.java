package org.luoshi.identity.web;

import java.util.EnumSet;
import java.util.Set;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.identity.internal.AccountAdministration.CreateAccountCommand;
import org.luoshi.identity.internal.AccountAdministration.GrantRolesCommand;
import org.luoshi.identity.internal.AccountAdministration.UpdateAccountCommand;

/**
 * The account forms: the system administrator's for creating (username and an optional initial password too) and
 * editing, the security administrator's for roles; both carry the version the account was loaded at. A JavaBean because checkboxes and Thymeleaf's {@code th:field} bind through setters.
 */
public class AccountForm {

	private String username;
	private String displayName;
	private Long staffId;
	private Set<Role> roles = EnumSet.noneOf(Role.class);
	private Long scopeUnitId;
	private String initialPassword;
	private int version;

	static AccountForm of(AccountSummary account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.staffId = account.staffId();
		form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		form.scopeUnitId = account.scopeUnitId();
		form.version = account.version();
		return form;
	}

	CreateAccountCommand toCreateCommand() {
		return new CreateAccountCommand(username, displayName, staffId, scopeUnitId, initialPassword);
	}

	UpdateAccountCommand toUpdateCommand(long id) {
		return new UpdateAccountCommand(id, version, displayName, staffId, scopeUnitId);
	}

	GrantRolesCommand toGrantRolesCommand(long id) {
		return new GrantRolesCommand(id, version, roles);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Long getStaffId() {
		return staffId;
	}

	public void setStaffId(Long staffId) {
		this.staffId = staffId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public Long getScopeUnitId() {
		return scopeUnitId;
	}

	public void setScopeUnitId(Long scopeUnitId) {
		this.scopeUnitId = scopeUnitId;
	}

	public String getInitialPassword() {
		return initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
