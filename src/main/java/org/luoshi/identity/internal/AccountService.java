package org.luoshi.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating them, and each person changing their own password. */
@Service
@Transactional
class AccountService implements AccountDirectory {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final ApiTokens tokens;
	private final OrganizationDirectory organization;
	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, ApiTokens tokens,
			OrganizationDirectory organization, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.tokens = tokens;
		this.organization = organization;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findAccount(long id) {
		return accounts.findById(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByUsername(String username) {
		return accounts.findByUsername(username);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> accountsOfUnit(long unitId) {
		List<Long> staffIds = organization.staff(new StaffQuery(unitId, null, false), new PageQuery(0, PageQuery.MAX_SIZE, "name", true), Actor.SYSTEM)
			.items().stream().filter(staff -> staff.unitId() == unitId).map(StaffSummary::id).toList();
		return accounts.findByStaff(staffIds);
	}

	/** Creates an account; {@code mustChangePassword} unless its owner chose the password. */
	AccountSummary create(String username, String displayName, String password, Long staffId, Long scopeUnitId, Set<Role> roles,
			boolean mustChangePassword) {
		List<Violation> violations = new ArrayList<>();
		if (username == null || !username.strip().toLowerCase().matches("^[a-z0-9][a-z0-9._-]{2,49}$")) {
			violations.add(Violation.of("username", "identity.validation.username"));
		}
		else if (accounts.findByUsername(username).isPresent()) {
			violations.add(Violation.of("username", "identity.validation.username.taken"));
		}
		if (displayName == null || displayName.isBlank()) {
			violations.add(Violation.of("displayName", "validation.required"));
		}
		else if (displayName.strip().length() > 50) {
			violations.add(Violation.of("displayName", "validation.too-long", 50));
		}
		if (staffId != null && organization.findStaff(staffId).isEmpty()) {
			violations.add(Violation.of("staffId", "identity.validation.staff.unknown"));
		}
		if (scopeUnitId != null && organization.findUnit(scopeUnitId).isEmpty()) {
			violations.add(Violation.of("scopeUnitId", "identity.validation.scope.unknown"));
		}
		if (roles == null || roles.isEmpty()) {
			violations.add(Violation.of("roles", "identity.validation.roles.required"));
		}
		violations.addAll(policy.check("password", password, username));
		ValidationException.throwIfAny(violations);
		long id = accounts.insert(username, displayName.strip(), passwords.encode(password), staffId, scopeUnitId, roles, mustChangePassword);
		AccountSummary created = accounts.findById(id).orElseThrow();
		events.publishEvent(RecordChanged.of("identity.account.created", "account", id, created.username(), Changes.of()
			.created("displayName", created.displayName())
			.created("staffId", created.staffId())
			.created("scopeUnitId", created.scopeUnitId())
			.created("roles", created.roles().stream().map(Role::name).sorted().toList())));
		return created;
	}

	/** The signed-in person replaces their own password, proving they know the current one. */
	AccountSummary changeOwnPassword(long accountId, String currentPassword, String newPassword, String confirmation) {
		AccountSummary account = accounts.findById(accountId).orElseThrow();
		List<Violation> violations = new ArrayList<>();
		if (currentPassword == null || !passwords.matches(currentPassword, accounts.passwordHash(accountId).orElseThrow())) {
			violations.add(Violation.of("currentPassword", "identity.password.current-wrong"));
		}
		violations.addAll(policy.check("newPassword", newPassword, account.username()));
		if (newPassword != null && !newPassword.equals(confirmation)) {
			violations.add(Violation.of("confirmation", "identity.password.mismatch"));
		}
		if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
			violations.add(Violation.of("newPassword", "identity.password.same"));
		}
		ValidationException.throwIfAny(violations);
		accounts.updatePassword(accountId, passwords.encode(newPassword), false);
		tokens.revokeAll(accountId);
		events.publishEvent(RecordChanged.of("identity.password.changed", "account", accountId, account.username(),
				Changes.of().field("password", "••••", "•••• (new)")));
		return accounts.findById(accountId).orElseThrow();
	}

	/** Sets a demo account's password to the one this run prints, if it differs. */
	void ensureDemoPassword(long accountId, String password) {
		if (!passwords.matches(password, accounts.passwordHash(accountId).orElseThrow())) {
			accounts.updatePassword(accountId, passwords.encode(password), false);
		}
	}
}
