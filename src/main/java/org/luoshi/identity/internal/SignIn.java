package org.luoshi.identity.internal;

import java.time.Duration;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.LoginAttempted;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password, with lockout: after {@code max-failed-logins} failures in a row the
 * account is refused, even with the right password, for the lockout period. Every attempt is audited; a
 * failed attempt's count and audit entry are committed before the failure is reported.
 *
 * <p>An unknown, a deactivated and a locked account get the same answer as a wrong password, after the same work:
 * every attempt checks one password hash (a dummy one for an unknown username), so neither the answer nor its
 * timing tells which usernames exist or which accounts are locked. The audit trail keeps the true outcome.
 *
 * <p>An enterprise's registration that its town has not approved, or has refused, is inactive; given the right
 * password, and only then, the answer says which (see {@link NotApprovedException}).
 *
 * <p>A password older than {@code password-max-age} (0: no expiry) still signs in, but the account is then marked
 * to change it, which sends every page to the password form and refuses API tokens until it is changed.
 */
@Component
class SignIn {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final int maxFailures;
	private final Duration lockout;
	private final Duration passwordMaxAge;
	/** Compared against when the username is unknown, so that timing does not tell which usernames exist. */
	private final String unknownUserHash;

	SignIn(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events, TransactionTemplate transactions,
			@Value("${luoshi.security.max-failed-logins:5}") int maxFailures, @Value("${luoshi.security.lockout:15m}") Duration lockout,
			@Value("${luoshi.security.password-max-age:90d}") Duration passwordMaxAge) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.transactions = transactions;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.passwordMaxAge = passwordMaxAge;
		this.unknownUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
	}

	Duration lockout() {
		return lockout;
	}

	int maxFailures() {
		return maxFailures;
	}

	/** {@link Duration#ZERO} when passwords do not expire. */
	Duration passwordMaxAge() {
		return passwordMaxAge;
	}

	/** @return the account, signed in; or throws a Spring Security {@code AuthenticationException} */
	AccountSummary authenticate(String username, String password, String channel) {
		Outcome outcome = transactions.execute(status -> attempt(username, password == null ? "" : password, channel));
		return switch (outcome.result()) {
			case "success" -> outcome.account();
			case "locked", "locked-now" -> throw new LockedException("locked");
			case "disabled" -> throw new DisabledException("disabled");
			case "awaiting-approval" -> throw new NotApprovedException(false);
			case "registration-rejected" -> throw new NotApprovedException(true);
			default -> throw new BadCredentialsException("bad credentials");
		};
	}

	private Outcome attempt(String username, String password, String channel) {
		AccountSummary account = accounts.findByUsername(username).orElse(null);
		if (account == null) {
			passwords.matches(password, unknownUserHash);
			return record(new Outcome("bad-credentials", null), username, channel);
		}
		accounts.clearExpiredLock(account.id());
		account = accounts.findById(account.id()).orElseThrow();
		boolean matches = passwords.matches(password, accounts.passwordHash(account.id()).orElseThrow());
		if (account.isLocked(java.time.Instant.now())) {
			return record(new Outcome("locked", account), username, channel);
		}
		if (!account.active()) {
			String approval = matches ? accounts.approval(account.id()).orElse(null) : null;
			if (approval != null) {
				return record(new Outcome("PENDING".equals(approval) ? "awaiting-approval" : "registration-rejected", account), username, channel);
			}
			return record(new Outcome("disabled", account), username, channel);
		}
		if (!matches) {
			AccountRepository.FailedAttempt failed = accounts.recordFailure(account.id(), maxFailures, lockout);
			return record(new Outcome(failed.lockedUntil() != null ? "locked-now" : "bad-credentials", account), username, channel);
		}
		accounts.recordSuccess(account.id());
		if (!passwordMaxAge.isZero() && accounts.markPasswordExpired(account.id(), passwordMaxAge)) {
			events.publishEvent(RecordChanged.of("identity.password.expired", "account", account.id(), account.username(),
					Changes.of().field("mustChangePassword", false, true)));
		}
		return record(new Outcome("success", accounts.findById(account.id()).orElseThrow()), username, channel);
	}

	private Outcome record(Outcome outcome, String username, String channel) {
		String shown = username == null ? "" : username.strip();
		if (shown.length() > 50) {
			shown = shown.substring(0, 50);
		}
		events.publishEvent(new LoginAttempted(shown, outcome.account() == null ? null : outcome.account().id(), channel, outcome.result()));
		return outcome;
	}

	private record Outcome(String result, AccountSummary account) {
	}
}
