package org.luoshi.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.EnterpriseAccounts;
import org.luoshi.identity.Role;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Enterprises' accounts: opened awaiting their town's approval, then approved or refused. Each step audited. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class EnterpriseAccountService implements EnterpriseAccounts {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final ApplicationEventPublisher events;
	private final InitialCredentials credentials;

	EnterpriseAccountService(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, ApplicationEventPublisher events,
			InitialCredentials credentials) {
		this.credentials = credentials;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Violation> check(String username, String password) {
		List<Violation> violations = new ArrayList<>();
		String normalized = AccountRepository.normalize(username);
		if (!normalized.matches(AccountService.USERNAME)) {
			violations.add(Violation.of("username", "identity.validation.username"));
		}
		else if (accounts.usernameTaken(normalized)) {
			violations.add(Violation.of("username", "identity.validation.username.taken"));
		}
		violations.addAll(policy.check("password", password, normalized));
		return violations;
	}

	@Override
	public long openPending(String username, String displayName, String password, long enterpriseId) {
		ValidationException.throwIfAny(check(username, password));
		String name = displayName == null ? "" : displayName.strip();
		long id = accounts.insertPendingEnterprise(username, name.length() > AccountService.DISPLAY_NAME_MAX
				? name.substring(0, AccountService.DISPLAY_NAME_MAX) : name, passwords.encode(password), enterpriseId);
		AccountSummary created = accounts.findById(id).orElseThrow();
		events.publishEvent(RecordChanged.of("identity.account.registered", "account", id, created.username(), Changes.of()
			.created("displayName", created.displayName())
			.created("enterpriseId", enterpriseId)
			.created("approval", "PENDING")));
		return id;
	}

	@Override
	public long openPendingForDemo(String username, String displayName, long enterpriseId) {
		return openPending(username, displayName, credentials.demoPassword(), enterpriseId);
	}

	@Override
	public AccountSummary approve(long accountId) {
		AccountSummary account = decide(accountId, true);
		accounts.replaceRoles(accountId, Set.of(Role.ENTERPRISE));
		events.publishEvent(RecordChanged.of("identity.account.approved", "account", accountId, account.username(), Changes.of()
			.field("approval", "PENDING", null)
			.field("active", false, true)
			.field("roles", List.of(), List.of(Role.ENTERPRISE.name()))));
		return accounts.findById(accountId).orElseThrow();
	}

	@Override
	public AccountSummary reject(long accountId) {
		AccountSummary account = decide(accountId, false);
		events.publishEvent(RecordChanged.of("identity.account.rejected", "account", accountId, account.username(),
				Changes.of().field("approval", "PENDING", "REJECTED")));
		return accounts.findById(accountId).orElseThrow();
	}

	private AccountSummary decide(long accountId, boolean approved) {
		AccountSummary account = accounts.findById(accountId).orElseThrow(() -> new org.luoshi.shared.NotFoundException("account", accountId));
		if (accounts.decideApproval(accountId, approved) == 0) {
			throw new ConflictException("identity.account.not-awaiting-approval");
		}
		return account;
	}

	@Override
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public List<AccountSummary> accountsOf(long enterpriseId) {
		return accounts.findByEnterprise(enterpriseId);
	}
}
