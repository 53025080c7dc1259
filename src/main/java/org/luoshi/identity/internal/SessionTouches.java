package org.luoshi.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session writes a page session's last access time on every request: a write transaction, with its commit
 * flushed to disk, for every page anyone opens, which under twenty concurrent users was a large part of the
 * database's work. The session row is written only when something in it changed — its id (a sign-in rotates it),
 * its timeout or its owner — or when the access time it holds is {@value #TOUCH_EVERY_MILLIS} ms old or more.
 *
 * <p>What this costs: the idle timeout counts from the last access written, so an idle session may end up to a
 * minute early (after 29 rather than 30 minutes). Attributes are written as before, when they change.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

	static final long TOUCH_EVERY_MILLIS = 60_000;

	/**
	 * The same six parameters, in the same order, as Spring Session's own update binds (id, last access, timeout,
	 * expiry, principal, primary key), named once in a derived table so that the condition can compare them.
	 */
	static final String UPDATE_WHEN_CHANGED = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = P.SESSION_ID, LAST_ACCESS_TIME = P.LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL = P.MAX_INACTIVE_INTERVAL,
			    EXPIRY_TIME = P.EXPIRY_TIME, PRINCIPAL_NAME = P.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME, CAST(? AS INT) AS MAX_INACTIVE_INTERVAL,
			             CAST(? AS BIGINT) AS EXPIRY_TIME, CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) P
			WHERE S.PRIMARY_ID = P.PRIMARY_ID
			  AND (S.SESSION_ID <> P.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> P.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM P.PRINCIPAL_NAME OR P.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= TOUCH_EVERY)
			""".replace("TOUCH_EVERY", Long.toString(TOUCH_EVERY_MILLIS));

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchedOnlyWhenChanged() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_WHEN_CHANGED);
	}
}
