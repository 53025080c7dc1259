package org.luoshi.legalservice.requests.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.luoshi.legalservice.requests.LegalRequestDetails;
import org.luoshi.legalservice.requests.internal.LegalRequestService.PublicAsk;
import org.luoshi.notification.DirectMail;
import org.luoshi.shared.Digests;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public form's one-time codes: an employee without an account proves the e-mail address by a six-digit code sent
 * to it. The form's input waits beside the code (under a random token, not a number one could guess) until the code is
 * right; the code is kept only as a hash, valid {@link #VALID} and for {@link #MAX_ATTEMPTS} tries; an address has at
 * most {@link #MAX_PENDING} codes waiting at once, and one client (by its network address, kept only as a hash) at most
 * {@link #MAX_PER_CLIENT_HOUR} codes an hour, whatever addresses it types. Only then is the request made, with the e-mail marked verified.
 */
@Component
@Transactional
public class PublicRequestCodes {

	static final Duration VALID = Duration.ofMinutes(10);
	static final int MAX_ATTEMPTS = 5;
	static final int MAX_PENDING = 3;
	static final int MAX_PER_CLIENT_HOUR = 10;
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final LegalRequestService requests;
	private final DirectMail mail;
	private final MessageSource messages;
	private final Times times;

	PublicRequestCodes(JdbcClient jdbc, LegalRequestService requests, DirectMail mail, MessageSource messages, Times times) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.mail = mail;
		this.messages = messages;
		this.times = times;
	}

	/**
	 * Checks the form and mails a code to its address; the token the confirmation names. Refused: nothing sent.
	 *
	 * @param client the client's network address as the server sees it (behind a proxy, as its forwarded headers say)
	 */
	public String start(PublicAsk ask, String client, Locale locale) {
		requests.checkPublic(ask);
		String email = ask.email().strip();
		String clientHash = client == null ? null : hash("client", client);
		jdbc.sql("DELETE FROM legal_request_code WHERE expires_at < now() - interval '1 day'").update();
		if (clientHash != null) {
			long lastHour = jdbc.sql("SELECT count(*) FROM legal_request_code WHERE client_hash = ? AND created_at > ?")
				.params(clientHash, Timestamp.from(times.now().minus(Duration.ofHours(1)))).query(Long.class).single();
			if (lastHour >= MAX_PER_CLIENT_HOUR) {
				throw new ValidationException(Violation.of("email", "legal.request.code.too-many-from-here"));
			}
		}
		long pending = jdbc.sql("SELECT count(*) FROM legal_request_code WHERE lower(email) = lower(?) AND used_at IS NULL AND expires_at > ?")
			.params(email, Timestamp.from(times.now())).query(Long.class).single();
		if (pending >= MAX_PENDING) {
			throw new ValidationException(Violation.of("email", "legal.request.code.too-many"));
		}
		String token = HexFormat.of().formatHex(bytes(16));
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		jdbc.sql("""
				INSERT INTO legal_request_code (token, email, code_hash, payload, expires_at, client_hash, created_at)
				VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")
			.params(token, email, hash(token, code), JSON.writeValueAsString(ask), Timestamp.from(times.now().plus(VALID)), clientHash,
					Timestamp.from(times.now()))
			.update();
		mail.send(email, messages.getMessage("legal.request.code.mail.subject", null, locale),
				messages.getMessage("legal.request.code.mail.body", new Object[] { code, VALID.toMinutes() }, locale));
		return token;
	}

	/** What a confirmation came to: the request made, or why not. */
	public record Confirmation(Outcome outcome, LegalRequestDetails request, int attemptsLeft) {
	}

	public enum Outcome {
		MADE, WRONG, EXPIRED, EXHAUSTED, UNKNOWN
	}

	/** Checks the code; right, the request is made. A wrong try counts, and is kept (no exception rolls it back). */
	public Confirmation confirm(String token, String code) {
		if (token == null || token.isBlank()) {
			return new Confirmation(Outcome.UNKNOWN, null, 0);
		}
		Optional<Pending> found = jdbc.sql("SELECT code_hash, payload::text AS payload, expires_at, attempts, used_at FROM legal_request_code WHERE token = ? FOR UPDATE")
			.param(token)
			.query((rs, n) -> new Pending(rs.getString("code_hash"), rs.getString("payload"), rs.getTimestamp("expires_at").toInstant(),
					rs.getInt("attempts"), rs.getTimestamp("used_at") != null))
			.optional();
		if (found.isEmpty() || found.get().used()) {
			return new Confirmation(Outcome.UNKNOWN, null, 0);
		}
		Pending pending = found.get();
		if (!pending.expiresAt().isAfter(times.now())) {
			return new Confirmation(Outcome.EXPIRED, null, 0);
		}
		if (pending.attempts() >= MAX_ATTEMPTS) {
			return new Confirmation(Outcome.EXHAUSTED, null, 0);
		}
		String typed = code == null ? "" : code.strip();
		if (!MessageDigest.isEqual(hash(token, typed).getBytes(StandardCharsets.US_ASCII), pending.hash().getBytes(StandardCharsets.US_ASCII))) {
			jdbc.sql("UPDATE legal_request_code SET attempts = attempts + 1 WHERE token = ?").param(token).update();
			int left = MAX_ATTEMPTS - pending.attempts() - 1;
			return new Confirmation(left <= 0 ? Outcome.EXHAUSTED : Outcome.WRONG, null, Math.max(left, 0));
		}
		jdbc.sql("UPDATE legal_request_code SET used_at = now() WHERE token = ?").param(token).update();
		PublicAsk ask = JSON.readValue(pending.payload(), PublicAsk.class);
		return new Confirmation(Outcome.MADE, requests.makePublic(ask), MAX_ATTEMPTS - pending.attempts());
	}

	private record Pending(String hash, String payload, java.time.Instant expiresAt, int attempts, boolean used) {
	}

	static String hash(String token, String code) {
		return Digests.sha256((token + ":" + code));
	}

	private static byte[] bytes(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}
}
