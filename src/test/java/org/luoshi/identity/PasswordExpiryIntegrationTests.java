package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.IdentityFixtures.PageSession;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A password older than the maximum age (90 days unless configured) must be changed at the next sign-in. */
@IntegrationTest
class PasswordExpiryIntegrationTests {

	@Autowired
	Messages messages;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void anExpiredPasswordSendsEveryPageToThePasswordFormAndGetsNoTokenUntilChanged() throws Exception {
		AccountSummary account = fixtures.accountInUse("expired");
		ageThePassword(account, 91);
		long mark = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();

		PageSession owner = fixtures.pageSession();
		assertThat(owner.signIn(account.username(), IdentityFixtures.OWN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(owner.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(owner.get("/account/password").body()).contains(messages.zh("identity.password.expired", 90));
		HttpResponse<String> api = fixtures.requestToken(account.username(), IdentityFixtures.OWN_PASSWORD, null);
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(IdentityFixtures.json(api).get("code").asString()).isEqualTo("identity.login.password-change-required");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE id > ? AND action = 'identity.password.expired' AND target_id = ?")
			.params(mark, String.valueOf(account.id())).query(Long.class).single()).isEqualTo(1);

		owner.post("/account/password", List.of(Map.entry("currentPassword", IdentityFixtures.OWN_PASSWORD),
				Map.entry("newPassword", "Renewed-Choice-2027"), Map.entry("confirmation", "Renewed-Choice-2027")));
		assertThat(owner.get("/").statusCode()).isEqualTo(200);
		assertThat(fixtures.requestToken(account.username(), "Renewed-Choice-2027", null).statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordWithinTheMaximumAgeSignsInAsUsual() throws Exception {
		AccountSummary account = fixtures.accountInUse("not-expired");
		ageThePassword(account, 89);
		assertThat(fixtures.requestToken(account.username(), IdentityFixtures.OWN_PASSWORD, null).statusCode()).isEqualTo(200);
		assertThat(accounts.findAccount(account.id()).orElseThrow().mustChangePassword()).isFalse();
	}

	private void ageThePassword(AccountSummary account, int days) {
		jdbc.sql("UPDATE account SET password_changed_at = now() - make_interval(days => ?) WHERE id = ?").params(days, account.id()).update();
	}
}
