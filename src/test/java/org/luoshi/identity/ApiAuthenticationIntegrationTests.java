package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ApiAuthenticationIntegrationTests {

	@Autowired
	Messages messages;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void issuesATokenThatExpiresInEightHours() throws Exception {
		HttpResponse<String> response = fixtures.requestToken("demo-leader", TestDatabaseEnvironment.DEMO_PASSWORD, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = IdentityFixtures.json(response);
		assertThat(body.get("token").asString()).hasSizeGreaterThanOrEqualTo(40);
		Instant expiresAt = Instant.parse(body.get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(8).minusMinutes(1), Duration.ofHours(8));
	}

	@Test
	void aBearerTokenShowsWhoIsSignedInWithRolesAndDataScope() throws Exception {
		String token = fixtures.token("demo-town", TestDatabaseEnvironment.DEMO_PASSWORD);
		HttpResponse<String> response = fixtures.apiGet("/api/v1/me", "Bearer " + token, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = IdentityFixtures.json(response);
		assertThat(me.get("username").asString()).isEqualTo("demo-town");
		assertThat(me.get("roles").get(0).asString()).isEqualTo("UNIT_HANDLER");
		assertThat(me.get("scope").get("name").asString()).isEqualTo("江门市蓬江区棠下镇人民政府");
		assertThat(me.get("wholeDistrict").asBoolean()).isFalse();

		JsonNode office = IdentityFixtures.json(fixtures.apiGet("/api/v1/me",
				"Bearer " + fixtures.token("demo-admin", TestDatabaseEnvironment.DEMO_PASSWORD), null));
		assertThat(office.get("wholeDistrict").asBoolean()).isTrue();
		assertThat(office.get("permissions").toString()).contains("supervision:manage").doesNotContain("accounts:manage", "audit:read");
		JsonNode sysadmin = IdentityFixtures.json(fixtures.apiGet("/api/v1/me",
				"Bearer " + fixtures.token("demo-sysadmin", TestDatabaseEnvironment.DEMO_PASSWORD), null));
		assertThat(sysadmin.get("permissions").toString()).contains("accounts:manage", "organization:manage")
			.doesNotContain("security:manage", "audit:read", "supervision:manage");
	}

	@Test
	void aMissingGarbageOrExpiredTokenIsAnswered401WithAProblem() throws Exception {
		String token = fixtures.token("demo-auditor", TestDatabaseEnvironment.DEMO_PASSWORD);
		jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?").param(sha256(token)).update();

		for (String authorization : new String[] { null, "Bearer not-a-token", "Basic ZGVtbzpkZW1v", "Bearer " + token }) {
			HttpResponse<String> response = fixtures.apiGet("/api/v1/me", authorization, null);
			assertThat(response.statusCode()).as(authorization).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = IdentityFixtures.json(response);
			assertThat(problem.get("code").asString()).isEqualTo("error.unauthorized");
			assertThat(problem.get("detail").asString()).isEqualTo(messages.zh("error.unauthorized"));
		}
	}

	@Test
	void wrongCredentialsAre401AndAnswerInEnglishWhenAsked() throws Exception {
		HttpResponse<String> chinese = fixtures.requestToken("no-such-user", "Whatever-Password-1", null);
		assertThat(chinese.statusCode()).isEqualTo(401);
		assertThat(IdentityFixtures.json(chinese).get("code").asString()).isEqualTo("identity.login.failed");
		assertThat(IdentityFixtures.json(chinese).get("detail").asString()).isEqualTo(messages.zh("identity.login.failed", 5, 15));

		HttpResponse<String> english = fixtures.requestToken("no-such-user", "Whatever-Password-1", "en");
		assertThat(english.statusCode()).isEqualTo(401);
		JsonNode problem = IdentityFixtures.json(english);
		assertThat(problem.get("title").asString()).isEqualTo(messages.en("problem.title.401"));
		assertThat(problem.get("detail").asString()).isEqualTo(messages.en("identity.login.failed", 5, 15));

		assertThat(IdentityFixtures.json(fixtures.apiGet("/api/v1/me", null, "en-US")).get("detail").asString()).isEqualTo(messages.en("error.unauthorized"));
	}

	@Test
	void aBodyWithoutPasswordIsAValidationProblemNamingTheField() throws Exception {
		HttpResponse<String> response = fixtures.requestToken("demo-leader", "", null);
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = IdentityFixtures.json(response);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("password");
	}

	@Test
	void theTokensOfADeactivatedAccountStopWorking() throws Exception {
		AccountSummary account = fixtures.accountInUse("api-deactivated");
		String token = fixtures.token(account.username(), IdentityFixtures.OWN_PASSWORD);
		assertThat(fixtures.apiGet("/api/v1/me", "Bearer " + token, null).statusCode()).isEqualTo(200);

		administration.setActive(account.id(), false, fixtures.systemAdmin());

		assertThat(fixtures.apiGet("/api/v1/me", "Bearer " + token, null).statusCode()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE account_id = ?").param(account.id()).query(Long.class).single()).isZero();
		HttpResponse<String> again = fixtures.requestToken(account.username(), IdentityFixtures.OWN_PASSWORD, null);
		assertThat(again.statusCode()).isEqualTo(401);
		assertThat(IdentityFixtures.json(again).get("code").asString()).isEqualTo("identity.login.failed");
	}

	@Test
	void aOneTimePasswordGetsNoTokenUntilItsOwnerHasChangedIt() throws Exception {
		AccountSummary account = fixtures.newAccount("api-one-time");
		HttpResponse<String> refused = fixtures.requestToken(account.username(), IdentityFixtures.INITIAL_PASSWORD, "en");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(IdentityFixtures.json(refused).get("code").asString()).isEqualTo("identity.login.password-change-required");
	}

	@Test
	void changingTheOwnPasswordRevokesTheAccountsTokens() throws Exception {
		AccountSummary account = fixtures.accountInUse("api-own-change");
		String token = fixtures.token(account.username(), IdentityFixtures.OWN_PASSWORD);
		IdentityFixtures.PageSession owner = fixtures.pageSession();
		owner.signIn(account.username(), IdentityFixtures.OWN_PASSWORD);
		owner.post("/account/password", List.of(Map.entry("currentPassword", IdentityFixtures.OWN_PASSWORD),
				Map.entry("newPassword", "Second-Choice-2718"), Map.entry("confirmation", "Second-Choice-2718")));
		assertThat(fixtures.apiGet("/api/v1/me", "Bearer " + token, null).statusCode()).isEqualTo(401);
	}

	static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}
}
