package org.luoshi.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: reading them, creating them (with the rules an administrator's edit shares), and each person changing their own password. */
@Service
@Transactional
class AccountService implements AccountDirectory {

	static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,49}$";
	static final int DISPLAY_NAME_MAX = 50;

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final ApiTokens tokens;
	private final OrganizationDirectory organization;
	private final WebSessions sessions;
	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, ApiTokens tokens,
			OrganizationDirectory organization, WebSessions sessions, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.tokens = tokens;
		this.organization = organization;
		this.sessions = sessions;
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

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> accountsHolding(String permission, Collection<Long> scopeUnitIds, boolean wholeDistrict) {
		Set<Role> roles = Arrays.stream(Role.values()).filter(role -> role.permissions().contains(permission))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		return accounts.holding(roles, scopeUnitIds, wholeDistrict);
	}

	/**
	 * Creates an account, after checking everything at once against the actor's data scope;
	 * {@code mustChangePassword} unless its owner chose the password.
	 */
	AccountSummary create(String username, String displayName, String password, Long staffId, Long scopeUnitId, Set<Role> roles,
			boolean mustChangePassword, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		String normalized = AccountRepository.normalize(username);
		if (!normalized.matches(USERNAME)) {
			violations.add(Violation.of("username", "identity.validation.username"));
		}
		else if (accounts.usernameTaken(normalized)) {
			violations.add(Violation.of("username", "identity.validation.username.taken"));
		}
		violations.addAll(profileViolations(null, displayName, staffId, scopeUnitId, actor));
		violations.addAll(roleViolations(roles, false));
		violations.addAll(policy.check("initialPassword", password, normalized));
		ValidationException.throwIfAny(violations);
		long id = accounts.insert(normalized, displayName.strip(), passwords.encode(password), staffId, scopeUnitId, roles, mustChangePassword);
		AccountSummary created = accounts.findById(id).orElseThrow();
		events.publishEvent(RecordChanged.of("identity.account.created", "account", id, created.username(), Changes.of()
			.created("displayName", created.displayName())
			.created("staffId", created.staffId())
			.created("scopeUnitId", created.scopeUnitId())
			.created("roles", created.roles().stream().map(Role::name).sorted().toList())
			.created("mustChangePassword", created.mustChangePassword())));
		return created;
	}

	/**
	 * Roles that put two administrators' duties (三员) on one account, or that do not fit its kind: an enterprise's
	 * account acts as the enterprise only, and no member of staff acts as an enterprise.
	 */
	static List<Violation> roleViolations(Set<Role> roles, boolean enterpriseAccount) {
		if (Role.misfit(roles, enterpriseAccount)) {
			return List.of(Violation.of("roles", "identity.validation.roles.enterprise"));
		}
		return Role.combineAdministrators(roles) ? List.of(Violation.of("roles", "identity.validation.roles.separation")) : List.of();
	}

	/**
	 * What is wrong with an account's name, staff and scope, as the actor would set them: the staff member and
	 * the scope must be visible to the actor (an administrator of a subtree gives no scope wider than their own), the
	 * staff member may not already have another active account, and a newly chosen staff member or unit must be active.
	 *
	 * @param before the account as it is, or {@code null} when it is being created
	 */
	List<Violation> profileViolations(AccountSummary before, String displayName, Long staffId, Long scopeUnitId, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		if (displayName == null || displayName.isBlank()) {
			violations.add(Violation.of("displayName", "validation.required"));
		}
		else if (displayName.strip().length() > DISPLAY_NAME_MAX) {
			violations.add(Violation.of("displayName", "validation.too-long", DISPLAY_NAME_MAX));
		}
		// A link kept as it was stays valid even if its person has since left the actor's scope or been deactivated.
		if (staffId != null && (before == null || !staffId.equals(before.staffId()))) {
			StaffSummary staff = organization.findStaff(staffId).filter(s -> organization.isVisibleTo(s.unitId(), actor)).orElse(null);
			if (staff == null) {
				violations.add(Violation.of("staffId", "identity.validation.staff.unknown"));
			}
			else if (!staff.active()) {
				violations.add(Violation.of("staffId", "identity.validation.staff.inactive"));
			}
			else if (accounts.staffLinkedElsewhere(staffId, before == null ? null : before.id())) {
				violations.add(Violation.of("staffId", "identity.validation.staff.taken"));
			}
		}
		if (scopeUnitId == null) {
			if (!actor.seesWholeDistrict()) {
				violations.add(Violation.of("scopeUnitId", "identity.validation.scope.outside"));
			}
		}
		else {
			boolean unchanged = before != null && scopeUnitId.equals(before.scopeUnitId());
			UnitSummary unit = organization.findUnit(scopeUnitId).orElse(null);
			if (unit == null) {
				violations.add(Violation.of("scopeUnitId", "identity.validation.scope.unknown"));
			}
			else if (!organization.isVisibleTo(scopeUnitId, actor)) {
				violations.add(Violation.of("scopeUnitId", "identity.validation.scope.outside"));
			}
			else if (!unchanged && !unit.active()) {
				violations.add(Violation.of("scopeUnitId", "identity.validation.scope.inactive"));
			}
		}
		return violations;
	}

	/**
	 * The signed-in person replaces their own password, proving they know the current one. Their API tokens and their
	 * other web sessions end: whoever used the old password elsewhere must sign in again.
	 */
	AccountSummary changeOwnPassword(long accountId, String currentPassword, String newPassword, String confirmation,
			String keptSessionId) {
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
		sessions.endAllExcept(account.username(), keptSessionId);
		events.publishEvent(RecordChanged.of("identity.password.changed", "account", accountId, account.username(),
				Changes.of().field("password", "••••", "•••• (new)")));
		return accounts.findById(accountId).orElseThrow();
	}

	/** The signed-in person ends one of their own API tokens; another's token is "not found". */
	void revokeOwnToken(long accountId, long tokenId) {
		AccountSummary account = accounts.findById(accountId).orElseThrow();
		TokenView revoked = tokens.revoke(accountId, tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
		events.publishEvent(TokenRevoked.of(account, revoked));
	}

	/** Sets a demo account's password to the one this run prints, if it differs. */
	void ensureDemoPassword(long accountId, String password) {
		if (!passwords.matches(password, accounts.passwordHash(accountId).orElseThrow())) {
			accounts.updatePassword(accountId, passwords.encode(password), false);
		}
	}
}
