package org.luoshi.identity.internal;

import java.time.Duration;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.LoginAttempted;
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
 */
@Component
class SignIn {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final int maxFailures;
	private final Duration lockout;
	/** Compared against when the username is unknown, so that timing does not tell which usernames exist. */
	private final String unknownUserHash;

	SignIn(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events, TransactionTemplate transactions,
			@Value("${luoshi.security.max-failed-logins:5}") int maxFailures, @Value("${luoshi.security.lockout:15m}") Duration lockout) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.transactions = transactions;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.unknownUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
	}

	Duration lockout() {
		return lockout;
	}

	/** @return the account, signed in; or throws a Spring Security {@code AuthenticationException} */
	AccountSummary authenticate(String username, String password, String channel) {
		Outcome outcome = transactions.execute(status -> attempt(username, password == null ? "" : password, channel));
		return switch (outcome.result()) {
			case "success" -> outcome.account();
			case "locked", "locked-now" -> throw new LockedException("locked");
			case "disabled" -> throw new DisabledException("disabled");
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
		if (account.isLocked(java.time.Instant.now())) {
			return record(new Outcome("locked", account), username, channel);
		}
		if (!account.active()) {
			return record(new Outcome("disabled", account), username, channel);
		}
		String hash = accounts.passwordHash(account.id()).orElseThrow();
		if (!passwords.matches(password, hash)) {
			AccountRepository.FailedAttempt failed = accounts.recordFailure(account.id(), maxFailures, lockout);
			return record(new Outcome(failed.lockedUntil() != null ? "locked-now" : "bad-credentials", account), username, channel);
		}
		accounts.recordSuccess(account.id());
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
