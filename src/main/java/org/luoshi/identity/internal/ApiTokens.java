package org.luoshi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.luoshi.identity.AccountSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API. The token is random (256 bits); the database keeps its SHA-256, so any
 * instance can check it and a deactivated account's tokens stop working at once.
 */
@Component
class ApiTokens {

	private final JdbcClient jdbc;
	private final AccountRepository accounts;
	private final Duration lifetime;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, AccountRepository accounts, @Value("${luoshi.security.api-token-lifetime:8h}") Duration lifetime) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.lifetime = lifetime;
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

	@Transactional
	IssuedToken issue(long accountId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = Instant.now().plus(lifetime);
		jdbc.sql("INSERT INTO api_token (token_hash, account_id, expires_at) VALUES (?, ?, ?)")
			.params(hash(token), accountId, Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The active account behind a valid, unexpired token. */
	@Transactional(readOnly = true)
	Optional<AccountSummary> accountFor(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT account_id FROM api_token WHERE token_hash = ? AND expires_at > now()")
			.param(hash(token.strip()))
			.query(Long.class)
			.optional()
			.flatMap(accounts::findById)
			.filter(AccountSummary::active)
			.filter(account -> !account.isLocked(Instant.now()));
	}

	@Transactional
	void revokeAll(long accountId) {
		jdbc.sql("DELETE FROM api_token WHERE account_id = ?").param(accountId).update();
	}

	/** Expired tokens are useless; deleting them keeps the table small. Idempotent, so running twice is harmless. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void deleteExpired() {
		jdbc.sql("DELETE FROM api_token WHERE expires_at < now() - interval '1 day'").update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
