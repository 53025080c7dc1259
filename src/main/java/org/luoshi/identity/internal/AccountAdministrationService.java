package org.luoshi.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system and security administrators' commands. Each checks its permission and the data scope, validates the
 * whole request, writes in one transaction and publishes its audit event (never a password or its hash).
 */
@Service
@Transactional
class AccountAdministrationService implements AccountAdministration {

	private final AccountRepository accounts;
	private final AccountService accountService;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final InitialCredentials credentials;
	private final ApiTokens tokens;
	private final WebSessions sessions;
	private final OrganizationDirectory organization;
	private final ApplicationEventPublisher events;

	AccountAdministrationService(AccountRepository accounts, AccountService accountService, PasswordEncoder passwords,
			PasswordPolicy policy, InitialCredentials credentials, ApiTokens tokens, WebSessions sessions,
			OrganizationDirectory organization, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.passwords = passwords;
		this.policy = policy;
		this.credentials = credentials;
		this.tokens = tokens;
		this.sessions = sessions;
		this.organization = organization;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<AccountSummary> accounts(AccountQuery query, PageQuery page, Actor actor) {
		requireAdministrator(actor);
		return accounts.search(query, page, scopeUnitIds(actor));
	}

	@Override
	@Transactional(readOnly = true)
	public AccountSummary account(long id, Actor actor) {
		requireAdministrator(actor);
		return visibleAccount(id, actor);
	}

	@Override
	public IssuedPassword create(CreateAccountCommand command, Actor actor) {
		require(actor, Permissions.ACCOUNTS_MANAGE);
		boolean generate = command.initialPassword() == null || command.initialPassword().isEmpty();
		String password = generate ? generatePasswordFor(command.username()) : command.initialPassword();
		AccountSummary created = accountService.create(command.username(), command.displayName(), password, command.staffId(),
				command.scopeUnitId(), Set.of(), true, actor);
		return new IssuedPassword(created, password);
	}

	@Override
	public AccountSummary update(UpdateAccountCommand command, Actor actor) {
		require(actor, Permissions.ACCOUNTS_MANAGE);
		AccountSummary before = visibleAccount(command.id(), actor);
		List<Violation> violations = new ArrayList<>(
				accountService.profileViolations(before, command.displayName(), command.staffId(), command.scopeUnitId(), actor));
		// An enterprise's account acts for its enterprise: a member of staff or a unit scope would make it staff.
		if (before.enterpriseId() != null && (command.staffId() != null || command.scopeUnitId() != null)) {
			violations.removeIf(violation -> "scopeUnitId".equals(violation.field()) || "staffId".equals(violation.field()));
			violations.add(Violation.of("scopeUnitId", "identity.validation.enterprise-account.unit"));
		}
		ValidationException.throwIfAny(violations);
		String displayName = command.displayName().strip();
		if (before.version() != command.version()
				|| accounts.updateProfile(before.id(), command.version(), displayName, command.staffId(), command.scopeUnitId()) == 0) {
			throw ConflictException.staleVersion();
		}
		events.publishEvent(RecordChanged.of("identity.account.updated", "account", before.id(), before.username(), Changes.of()
			.field("displayName", before.displayName(), displayName)
			.field("staffId", before.staffId(), command.staffId())
			.field("scopeUnitId", before.scopeUnitId(), command.scopeUnitId())));
		return accounts.findById(before.id()).orElseThrow();
	}

	@Override
	public AccountSummary grantRoles(GrantRolesCommand command, Actor actor) {
		require(actor, Permissions.SECURITY_MANAGE);
		AccountSummary before = visibleAccount(command.id(), actor);
		Set<Role> roles = command.roles() == null ? Set.of() : Set.copyOf(command.roles());
		List<Violation> violations = new ArrayList<>();
		if (isOwn(before, actor)) {
			violations.add(Violation.of("roles", "identity.account.own-roles"));
		}
		violations.addAll(AccountService.roleViolations(roles, before.enterpriseId() != null));
		ValidationException.throwIfAny(violations);
		if (before.version() != command.version() || accounts.touch(before.id(), command.version()) == 0) {
			throw ConflictException.staleVersion();
		}
		if (!roles.equals(before.roles())) {
			accounts.replaceRoles(before.id(), roles);
			events.publishEvent(RecordChanged.of("identity.account.roles-changed", "account", before.id(), before.username(),
					Changes.of().field("roles", roleNames(before.roles()), roleNames(roles))));
		}
		return accounts.findById(before.id()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<TokenView> tokens(long accountId, Actor actor) {
		require(actor, Permissions.SECURITY_MANAGE);
		return tokens.tokensOf(visibleAccount(accountId, actor).id());
	}

	@Override
	public void revokeToken(long accountId, long tokenId, Actor actor) {
		require(actor, Permissions.SECURITY_MANAGE);
		AccountSummary account = visibleAccount(accountId, actor);
		TokenView revoked = tokens.revoke(account.id(), tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
		events.publishEvent(TokenRevoked.of(account, revoked));
	}

	@Override
	public IssuedPassword resetPassword(long id, Actor actor) {
		require(actor, Permissions.SECURITY_MANAGE);
		refuseOwn(id, actor);
		AccountSummary account = visibleAccount(id, actor);
		String password = generatePasswordFor(account.username());
		accounts.updatePassword(id, passwords.encode(password), true);
		// Whoever knew the old password, or holds a session or token opened with it, is out.
		tokens.revokeAll(id);
		sessions.endAll(account.username());
		events.publishEvent(RecordChanged.of("identity.account.password-reset", "account", id, account.username(),
				Changes.of().field("mustChangePassword", account.mustChangePassword(), true)));
		return new IssuedPassword(accounts.findById(id).orElseThrow(), password);
	}

	@Override
	public AccountSummary unlock(long id, Actor actor) {
		require(actor, Permissions.SECURITY_MANAGE);
		AccountSummary account = visibleAccount(id, actor);
		if (account.lockedUntil() == null && account.failedAttempts() == 0) {
			return account;
		}
		accounts.unlock(id);
		events.publishEvent(RecordChanged.of("identity.account.unlocked", "account", id, account.username(), Changes.of()
			.field("lockedUntil", account.lockedUntil(), null)
			.field("failedAttempts", account.failedAttempts(), 0)));
		return accounts.findById(id).orElseThrow();
	}

	@Override
	public AccountSummary setActive(long id, boolean active, Actor actor) {
		require(actor, Permissions.ACCOUNTS_MANAGE);
		AccountSummary account = visibleAccount(id, actor);
		if (!active && isOwn(account, actor)) {
			throw new ValidationException(Violation.of(null, "identity.account.deactivate-self"));
		}
		// An enterprise's registration is opened by its town's approval, which the administrator cannot judge.
		if (active && accounts.approval(id).isPresent()) {
			throw new ValidationException(Violation.of(null, "identity.account.awaiting-approval"));
		}
		if (account.active() == active) {
			return account;
		}
		accounts.setActive(id, active);
		if (!active) {
			tokens.revokeAll(id);
			sessions.endAll(account.username());
		}
		events.publishEvent(RecordChanged.of(active ? "identity.account.activated" : "identity.account.deactivated", "account", id,
				account.username(), Changes.of().field("active", account.active(), active)));
		return accounts.findById(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public long lockedCount(Actor actor) {
		return actor.can(Permissions.SECURITY_MANAGE) ? accounts.countLocked(scopeUnitIds(actor)) : 0;
	}

	private static void require(Actor actor, String permission) {
		if (!actor.can(permission)) {
			throw new AccessDeniedException(permission);
		}
	}

	/** Both administrators see the accounts of their scope; each acts only on their own duty. */
	private static void requireAdministrator(Actor actor) {
		if (!actor.can(Permissions.ACCOUNTS_MANAGE) && !actor.can(Permissions.SECURITY_MANAGE)) {
			throw new AccessDeniedException(Permissions.ACCOUNTS_MANAGE);
		}
	}

	/** The security administrator's acts are on others' accounts: their own password they change on the password page. */
	private static void refuseOwn(long id, Actor actor) {
		if (actor.accountId() != null && actor.accountId() == id) {
			throw new ValidationException(Violation.of(null, "identity.account.own-security"));
		}
	}

	/** The account, if it lies in the actor's scope: an account of the whole district only for an administrator of it. */
	private AccountSummary visibleAccount(long id, Actor actor) {
		return accounts.findById(id)
			.filter(account -> actor.seesWholeDistrict()
					|| account.scopeUnitId() != null && organization.isVisibleTo(account.scopeUnitId(), actor))
			.orElseThrow(() -> new NotFoundException("account", id));
	}

	/** The units whose accounts the actor manages; {@code null} for the whole district. */
	private Collection<Long> scopeUnitIds(Actor actor) {
		return actor.seesWholeDistrict() ? null : organization.subtreeIds(actor.scopeUnitId());
	}

	private static boolean isOwn(AccountSummary account, Actor actor) {
		return actor.accountId() != null && actor.accountId() == account.id();
	}

	/** A random password that the policy accepts for this username (a random one could, rarely, contain it). */
	private String generatePasswordFor(String username) {
		String normalized = AccountRepository.normalize(username);
		String password;
		do {
			password = credentials.generate();
		}
		while (!policy.check("password", password, normalized).isEmpty());
		return password;
	}

	private static List<String> roleNames(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList();
	}
}
