package org.luoshi.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.luoshi.identity.AccountSummary;
import org.luoshi.shared.Digests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API. The token is random (256 bits); the database keeps its SHA-256, so any
 * instance can check it and a deactivated account's tokens stop working at once. Each token has an id and a name to
 * be listed and revoked by; when it was last used is kept to within {@link #LAST_USED_PRECISION}, so that a busy client
 * does not write a row on every call.
 */
@Component
class ApiTokens {

	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);
	static final int NAME_MAX = 50;

	private final JdbcClient jdbc;
	private final AccountRepository accounts;
	private final Duration lifetime;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, AccountRepository accounts, @Value("${luoshi.security.api-token-lifetime:8h}") Duration lifetime) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.lifetime = lifetime;
	}

	record IssuedToken(long id, String token, Instant expiresAt) {
	}

	@Transactional
	IssuedToken issue(long accountId, String name) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = Instant.now().plus(lifetime);
		long id = jdbc.sql("INSERT INTO api_token (token_hash, account_id, expires_at, name) VALUES (?, ?, ?, ?) RETURNING id")
			.params(hash(token), accountId, Timestamp.from(expiresAt), name)
			.query(Long.class)
			.single();
		return new IssuedToken(id, token, expiresAt);
	}

	/** The account's unexpired tokens, newest first. */
	@Transactional(readOnly = true)
	java.util.List<TokenView> tokensOf(long accountId) {
		return jdbc.sql("SELECT id, account_id, name, created_at, expires_at, last_used_at FROM api_token "
				+ "WHERE account_id = ? AND expires_at > now() ORDER BY created_at DESC, id DESC")
			.param(accountId)
			.query((rs, row) -> new TokenView(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
			.list();
	}

	/** The account an unexpired token belongs to. */
	@Transactional(readOnly = true)
	Optional<Long> ownerOf(long tokenId) {
		return jdbc.sql("SELECT account_id FROM api_token WHERE id = ? AND expires_at > now()").param(tokenId).query(Long.class).optional();
	}

	/** @return the token that was deleted, if the account had it */
	@Transactional
	Optional<TokenView> revoke(long accountId, long tokenId) {
		Optional<TokenView> token = tokensOf(accountId).stream().filter(t -> t.id() == tokenId).findFirst();
		token.ifPresent(t -> jdbc.sql("DELETE FROM api_token WHERE id = ? AND account_id = ?").params(tokenId, accountId).update());
		return token;
	}

	/** The active account behind a valid, unexpired token, and the token's id. */
	@Transactional
	Optional<AccountSummary> accountFor(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		String tokenHash = hash(token.strip());
		return jdbc.sql("SELECT account_id, last_used_at > now() - make_interval(secs => ?) AS recently_used FROM api_token "
				+ "WHERE token_hash = ? AND expires_at > now()")
			.params(LAST_USED_PRECISION.toSeconds(), tokenHash)
			.query((rs, row) -> new Use(rs.getLong("account_id"), rs.getBoolean("recently_used")))
			.optional()
			.map(use -> {
				if (!use.recentlyUsed()) {
					jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE token_hash = ?").param(tokenHash).update();
				}
				return use.accountId();
			})
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

	private record Use(long accountId, boolean recentlyUsed) {
	}

	static String hash(String token) {
		return Digests.sha256(token);
	}
}
