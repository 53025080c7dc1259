package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Permissions;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SessionAccountCheckFilterTests {

	static final Instant SIGNED_IN = Instant.parse("2026-11-20T02:00:00Z");

	final Map<Long, AccountSummary> stored = new HashMap<>();
	final AtomicInteger loads = new AtomicInteger();
	Instant now = SIGNED_IN;
	final SessionAccountCheckFilter filter = new SessionAccountCheckFilter(id -> {
		loads.incrementAndGet();
		return Optional.ofNullable(stored.get(id));
	}, new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}, Duration.ofMinutes(1));

	final MockHttpSession session = new MockHttpSession();

	@BeforeEach
	void signIn() {
		AccountSummary account = account(true, null, Set.of(Role.UNIT_HANDLER), 3);
		stored.put(account.id(), account);
		LuoshiUser user = new LuoshiUser(account);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void letsAnActiveUnchangedAccountThroughAndChecksAgainOnlyAfterAMinute() throws Exception {
		assertThat(request().getRedirectedUrl()).isNull();
		now = now.plusSeconds(59);
		assertThat(request().getRedirectedUrl()).isNull();
		assertThat(loads).hasValue(1);
		now = now.plusSeconds(2);
		request();
		assertThat(loads).hasValue(2);
	}

	@Test
	void endsTheSessionOfADeactivatedAccount() throws Exception {
		stored.put(7L, account(false, null, Set.of(Role.UNIT_HANDLER), 4));
		MockHttpServletResponse response = request();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=disabled");
		assertThat(session.isInvalid()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void endsTheSessionOfALockedAccountWithinAMinute() throws Exception {
		request();
		stored.put(7L, account(true, SIGNED_IN.plus(Duration.ofMinutes(15)), Set.of(Role.UNIT_HANDLER), 3));
		now = now.plusSeconds(30);
		assertThat(request().getRedirectedUrl()).isNull();
		now = now.plusSeconds(31);
		assertThat(request().getRedirectedUrl()).isEqualTo("/login?error=locked");
	}

	@Test
	void tellsHtmxToLoadTheSignInPageRatherThanSwappingItIn() throws Exception {
		stored.put(7L, account(false, null, Set.of(Role.UNIT_HANDLER), 4));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/accounts/staff");
		request.setSession(session);
		request.addHeader("HX-Request", "true");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login?error=disabled");
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void signsTheSessionInAgainWhenAnAdministratorChangedTheAccount() throws Exception {
		stored.put(7L, account(true, null, Set.of(Role.SYSTEM_ADMIN), 4));
		assertThat(request().getRedirectedUrl()).isNull();
		assertThat(CurrentActor.get().can(Permissions.ACCOUNTS_MANAGE)).isTrue();
	}

	private MockHttpServletResponse request() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static AccountSummary account(boolean active, Instant lockedUntil, Set<Role> roles, int version) {
		return new AccountSummary(7L, "liang", "梁家豪", null, null, roles, active, false, 0, lockedUntil, SIGNED_IN, version, null);
	}
}
