package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.identity.internal.AccountAdministration.CreateAccountCommand;
import org.luoshi.identity.internal.AccountAdministration.GrantRolesCommand;
import org.luoshi.shared.Actor;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An unknown, a deactivated and a locked account cost a sign-in the same work as a wrong password: one password hash
 * check each, so that the time of the answer tells nothing either. Counted rather than timed, against the real
 * accounts and the real bcrypt encoder.
 */
@IntegrationTest
class SignInTimingIntegrationTests {

	static final String PASSWORD = "Timing-Check-4711";

	@Autowired
	AccountRepository repository;

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyRefusedSignInChecksExactlyOnePasswordHash() {
		CountingEncoder counting = new CountingEncoder(encoder);
		SignIn signIn = new SignIn(repository, counting, events, transactions, 5, Duration.ofMinutes(15), Duration.ZERO);
		AccountSummary deactivated = newAccount("timing-off");
		administration.setActive(deactivated.id(), false, admin("demo-sysadmin", Role.SYSTEM_ADMIN));
		AccountSummary locked = newAccount("timing-locked");
		jdbc.sql("UPDATE account SET failed_attempts = 5, locked_until = now() + interval '15 minutes' WHERE id = ?").param(locked.id()).update();
		AccountSummary wrong = newAccount("timing-wrong");

		for (String[] attempt : new String[][] { { "no-such-account-at-all", PASSWORD }, { deactivated.username(), PASSWORD },
				{ locked.username(), PASSWORD }, { wrong.username(), "Not-The-Password-1" } }) {
			counting.checks.set(0);
			assertThatThrownBy(() -> signIn.authenticate(attempt[0], attempt[1], "web")).as(attempt[0])
				.isInstanceOf(AuthenticationException.class);
			assertThat(counting.checks.get()).as(attempt[0]).isEqualTo(1);
		}
		counting.checks.set(0);
		assertThatThrownBy(() -> signIn.authenticate("no-such-account-at-all", PASSWORD, "api")).isInstanceOf(BadCredentialsException.class);
		assertThat(counting.checks.get()).isEqualTo(1);
	}

	private AccountSummary newAccount(String prefix) {
		String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		AccountSummary created = administration.create(new CreateAccountCommand(username, "计时", null, null, PASSWORD),
				admin("demo-sysadmin", Role.SYSTEM_ADMIN)).account();
		return administration.grantRoles(new GrantRolesCommand(created.id(), created.version(), Set.of(Role.LEADER)),
				admin("demo-secadmin", Role.SECURITY_ADMIN));
	}

	private Actor admin(String username, Role role) {
		AccountSummary account = accounts.findByUsername(username).orElseThrow();
		return new Actor(account.id(), account.username(), account.displayName(), null, role.permissions());
	}

	/** The application's encoder, counting how often a password is checked against a hash. */
	static final class CountingEncoder implements PasswordEncoder {

		final AtomicInteger checks = new AtomicInteger();
		private final PasswordEncoder delegate;

		CountingEncoder(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence raw) {
			return delegate.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return delegate.matches(raw, encoded);
		}
	}
}
