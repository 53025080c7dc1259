package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.identity.IdentityFixtures.OWN_PASSWORD;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.IdentityFixtures.PageSession;
import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Five failed sign-ins in a row, by page or API, lock the account for 15 minutes; every test uses its own account. */
@IntegrationTest
class LockoutIntegrationTests {

	@Autowired
	Messages messages;

	static final String WRONG = "Not-The-Password-1";

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void fiveWrongPasswordsByPageAndApiLockTheAccountAndTheRightOneIsThenRefused() throws Exception {
		AccountSummary account = fixtures.accountInUse("lock-mixed");
		PageSession page = fixtures.pageSession();
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(location(page.signIn(account.username(), WRONG))).endsWith("/login?error=failed");
		}
		assertThat(fixtures.requestToken(account.username(), WRONG, null).statusCode()).isEqualTo(401);
		HttpResponse<String> fifth = fixtures.requestToken(account.username(), WRONG, null);
		assertThat(fifth.statusCode()).isEqualTo(401);
		assertThat(IdentityFixtures.json(fifth).get("code").asString()).isEqualTo("identity.login.failed");

		HttpResponse<String> api = fixtures.requestToken(account.username(), OWN_PASSWORD, null);
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = IdentityFixtures.json(api);
		assertThat(problem.get("code").asString()).isEqualTo("identity.login.failed");

		HttpResponse<String> web = page.signIn(account.username(), OWN_PASSWORD);
		assertThat(location(web)).endsWith("/login?error=failed");
		assertThat(page.get("/login?error=failed").body()).contains(messages.zh("identity.login.failed", 5, 15));
		assertThat(page.get("/").statusCode()).isEqualTo(302);

		AccountSummary locked = accounts.findAccount(account.id()).orElseThrow();
		assertThat(locked.failedAttempts()).isEqualTo(5);
		assertThat(locked.lockedUntil()).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60));
	}

	@Test
	void afterTheLockPeriodTheRightPasswordWorksAndTheCountStartsAgain() throws Exception {
		AccountSummary account = fixtures.accountInUse("lock-expiry");
		lock(account);
		jdbc.sql("UPDATE account SET locked_until = now() - interval '1 second' WHERE id = ?").param(account.id()).update();

		assertThat(fixtures.requestToken(account.username(), OWN_PASSWORD, null).statusCode()).isEqualTo(200);
		assertThat(accounts.findAccount(account.id()).orElseThrow().failedAttempts()).isZero();

		assertThat(fixtures.requestToken(account.username(), WRONG, null).statusCode()).isEqualTo(401);
		AccountSummary afterOneFailure = accounts.findAccount(account.id()).orElseThrow();
		assertThat(afterOneFailure.failedAttempts()).isEqualTo(1);
		assertThat(afterOneFailure.lockedUntil()).isNull();
	}

	@Test
	void aLockThatRanOutIsClearedSoTheNextFailureCountsFromOne() throws Exception {
		AccountSummary account = fixtures.accountInUse("lock-recount");
		lock(account);
		jdbc.sql("UPDATE account SET locked_until = now() - interval '1 second' WHERE id = ?").param(account.id()).update();

		assertThat(fixtures.requestToken(account.username(), WRONG, null).statusCode()).isEqualTo(401);
		AccountSummary after = accounts.findAccount(account.id()).orElseThrow();
		assertThat(after.failedAttempts()).isEqualTo(1);
		assertThat(after.lockedUntil()).isNull();
	}

	@Test
	void anAdministratorsUnlockEndsTheLock() throws Exception {
		AccountSummary account = fixtures.accountInUse("lock-unlock");
		lock(account);
		assertThat(fixtures.requestToken(account.username(), OWN_PASSWORD, null).statusCode()).isEqualTo(401);

		PageSession admin = fixtures.pageSession();
		admin.signIn("demo-secadmin");
		assertThat(admin.get("/admin/accounts/" + account.id()).body()).contains("id=\"status-locked\"");
		HttpResponse<String> unlocked = admin.post("/admin/accounts/" + account.id() + "/unlock", List.of());
		assertThat(location(unlocked)).endsWith("/admin/accounts/" + account.id());
		assertThat(admin.get("/admin/accounts/" + account.id()).body()).contains(messages.zh("identity.account.unlocked")).doesNotContain("id=\"status-locked\"");

		assertThat(fixtures.requestToken(account.username(), OWN_PASSWORD, null).statusCode()).isEqualTo(200);
	}

	@Test
	void anUnknownUsernameIsAnsweredLikeAWrongPasswordAndLocksNothing() throws Exception {
		for (int attempt = 1; attempt <= 6; attempt++) {
			HttpResponse<String> response = fixtures.requestToken("nobody-" + attempt % 2, WRONG, null);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(IdentityFixtures.json(response).get("code").asString()).isEqualTo("identity.login.failed");
		}
	}

	@Test
	void anUnknownADeactivatedAndALockedAccountGetTheSameAnswerAsAWrongPassword() throws Exception {
		AccountSummary wrongPassword = fixtures.accountInUse("same-wrong");
		AccountSummary deactivated = fixtures.accountInUse("same-deactivated");
		administration.setActive(deactivated.id(), false, fixtures.systemAdmin());
		AccountSummary locked = fixtures.accountInUse("same-locked");
		lock(locked);

		HttpResponse<String> expected = fixtures.requestToken(wrongPassword.username(), WRONG, "en");
		String expectedPage = location(fixtures.pageSession().signIn(wrongPassword.username(), WRONG));
		assertThat(expected.statusCode()).isEqualTo(401);
		// The right password of a deactivated or locked account, and any password of an unknown one.
		for (String[] attempt : new String[][] { { "nobody-at-all", OWN_PASSWORD }, { deactivated.username(), OWN_PASSWORD },
				{ locked.username(), OWN_PASSWORD } }) {
			HttpResponse<String> api = fixtures.requestToken(attempt[0], attempt[1], "en");
			assertThat(api.statusCode()).as(attempt[0]).isEqualTo(expected.statusCode());
			// Each answer carries its own request id; everything else is the same, byte for byte.
			assertThat(withoutRequestId(api.body())).as(attempt[0]).isEqualTo(withoutRequestId(expected.body()));
			assertThat(location(fixtures.pageSession().signIn(attempt[0], attempt[1]))).as(attempt[0]).isEqualTo(expectedPage);
		}
		assertThat(expectedPage).endsWith("/login?error=failed");
	}

	private void lock(AccountSummary account) throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			fixtures.requestToken(account.username(), WRONG, null);
		}
		assertThat(accounts.findAccount(account.id()).orElseThrow().isLocked(Instant.now())).isTrue();
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String withoutRequestId(String problem) {
		return problem.replaceAll("\"requestId\":\"[0-9a-f]+\"", "\"requestId\":\"…\"");
	}
}
