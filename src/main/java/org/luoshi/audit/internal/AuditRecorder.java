package org.luoshi.audit.internal;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.luoshi.shared.Actor;
import org.luoshi.shared.AuditableEvent;
import org.luoshi.shared.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends an entry for every {@link AuditableEvent}, in the publisher's own transaction.
 *
 * <p>The listener is deliberately synchronous: an asynchronous or after-commit listener could lose the entry of a
 * committed write (crash between the two) or record a write that then rolled back. Here the entry commits or rolls
 * back with the write, and a failure to record it fails the write. An event published outside any transaction
 * gets one of its own ({@code @Transactional}).
 *
 * <p>The entry is inserted unsealed and takes no lock, so writers never wait for one another here; after the commit
 * the {@link AuditSealer} chains it.
 */
@Component
class AuditRecorder {

	static final String SIGN_IN = "identity.login.";
	static final String SIGN_IN_SUCCESS = SIGN_IN + "success";

	private final JdbcClient jdbc;
	private final AuditSealer sealer;
	private final AuditScopes scopes;

	AuditRecorder(JdbcClient jdbc, AuditSealer sealer, AuditScopes scopes) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.scopes = scopes;
	}

	@EventListener
	@Transactional
	public void record(AuditableEvent event) {
		append(event, CurrentActor.get(), currentRequest());
		// One request to the sealer per transaction, however many entries it writes.
		sealer.requestAfterCommit();
	}

	private void append(AuditableEvent event, Actor actor, HttpServletRequest request) {
		boolean signIn = event.action().startsWith(SIGN_IN);
		// A sign-in attempt has no authenticated actor yet: the attempted username is who acted, and only a success
		// proves that the account's owner did.
		Long accountId = signIn ? (event.action().equals(SIGN_IN_SUCCESS) ? parseId(event.targetId()) : null) : actor.accountId();
		String username = signIn ? event.targetLabel() : actor.username();
		String name = signIn ? null : actor.displayName();

		String targetType = AuditChain.truncate(event.targetType(), 50);
		String targetId = blankToNull(AuditChain.truncate(event.targetId(), 100));
		// The database's clock, so that entries of every instance share one time line.
		long id = jdbc.sql("INSERT INTO audit_entry (occurred_at, actor_account_id, actor_username, actor_name, ip_address, user_agent, "
				+ "action, target_type, target_id, target_label, changes) VALUES (clock_timestamp(), "
				+ ":accountId, :username, :name, :ip, :userAgent, :action, :targetType, :targetId, :targetLabel, CAST(:changes AS jsonb)) "
				+ "RETURNING id")
			.param("accountId", accountId)
			.param("username", AuditChain.truncate(username == null ? "" : username, 50))
			.param("name", AuditChain.truncate(name, 100))
			.param("ip", request == null ? null : AuditChain.truncate(address(request.getRemoteAddr()), 64))
			.param("userAgent", request == null ? null : AuditChain.truncate(request.getHeader("User-Agent"), 300))
			.param("action", AuditChain.truncate(event.action(), 100))
			.param("targetType", targetType)
			.param("targetId", targetId)
			.param("targetLabel", AuditChain.truncate(event.targetLabel(), 300))
			.param("changes", AuditChain.json(changes(event.changes())))
			.query(Long.class)
			.single();
		// Which units the entry concerns, for scoped auditors: beside the entry, outside the hash chain.
		scopes.record(id, targetType, targetId);
	}

	/** field → {before, after}, normalized so that the stored JSONB reads back to the hashed text. */
	static SortedMap<String, Object> changes(Map<String, AuditableEvent.Change> changes) {
		SortedMap<String, Object> normalized = new TreeMap<>();
		if (changes != null) {
			changes.forEach((field, change) -> {
				SortedMap<String, Object> sides = new TreeMap<>();
				sides.put("before", change == null ? null : AuditChain.normalize(change.before()));
				sides.put("after", change == null ? null : AuditChain.normalize(change.after()));
				normalized.put(AuditChain.text(field), sides);
			});
		}
		return normalized;
	}

	/** The request being served on this thread, or {@code null} (demo data, scheduled jobs). */
	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
	}

	/**
	 * An IPv6 address in its short form (RFC 5952: {@code ::1}, not {@code 0:0:0:0:0:0:0:1}), as people read and
	 * search it; anything else as given.
	 */
	static String address(String address) {
		if (address == null || !address.matches("[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{1,4}){7}")) {
			return address;
		}
		String[] groups = address.toLowerCase(java.util.Locale.ROOT).split(":");
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < groups.length; i++) {
			groups[i] = groups[i].replaceFirst("^0+(?=.)", "");
			int run = 0;
			while (i + run < groups.length && groups[i + run].matches("0+")) {
				run++;
			}
			if (run > bestLength) {
				bestStart = i;
				bestLength = run;
			}
		}
		if (bestStart < 0) {
			return String.join(":", groups);
		}
		return String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart)) + "::"
				+ String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
	}

	private static Long parseId(String id) {
		try {
			return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
