package org.luoshi.shared.web;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, cut off, or the pool gave up waiting
 * for a connection) from every other failure: that one is answered 503 with Retry-After, not 500, because it is
 * nobody's mistake and passes by itself. Of those it tells apart a database that is reachable but whose connections
 * are all in use for longer than the pool's timeout ({@link #BUSY_MESSAGE_KEY}): under more load than the pool serves,
 * people are told the platform is busy rather than that its database is gone, and operators see which it was.
 *
 * <p>Within one request the database is waited for at most once: after a connection could not be had, the
 * request's further attempts (a session filter saving the session after the page failed, say) fail at once rather
 * than wait the pool's timeout again, so the answer comes within one timeout.
 */
public final class DatabaseOutage {

	/** Seconds a client is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 10;
	public static final String MESSAGE_KEY = "error.unavailable";
	public static final String BUSY_MESSAGE_KEY = "error.busy";

	/** How a request failed to get a connection; {@code null} in the holder while it has not. */
	enum Failure {
		UNREACHABLE, BUSY
	}

	private static final ThreadLocal<Failure[]> REQUEST = new ThreadLocal<>();

	private DatabaseOutage() {
	}

	/** Marks the start of a request on this thread: from here a failed connection is remembered until {@link #requestEnded()}. */
	static void requestStarted() {
		REQUEST.set(new Failure[1]);
	}

	static void requestEnded() {
		REQUEST.remove();
	}

	/**
	 * How this request already failed to get a connection, or {@code null} (always outside a request: jobs retry on
	 * their own).
	 */
	static Failure earlierFailure() {
		Failure[] request = REQUEST.get();
		return request == null ? null : request[0];
	}

	/** Remembers for the rest of the request that a connection could not be had, and why. */
	static void failed(SQLException failure) {
		Failure[] request = REQUEST.get();
		if (request != null) {
			request[0] = poolExhausted(failure) ? Failure.BUSY : Failure.UNREACHABLE;
		}
	}

	/** The message for a failure {@link #causedBy} recognised: busy when every connection was in use, gone otherwise. */
	public static String messageKey(Throwable failure) {
		Failure earlier = earlierFailure();
		boolean busy = earlier != null ? earlier == Failure.BUSY : poolExhausted(failure);
		return busy ? BUSY_MESSAGE_KEY : MESSAGE_KEY;
	}

	/** What happened, for the log line of a 503: which of the two, in words an operator searches for. */
	static String whatHappened(String messageKey) {
		return BUSY_MESSAGE_KEY.equals(messageKey) ? "no database connection was free within the pool's timeout"
				: "the database cannot be reached";
	}

	/**
	 * Whether the pool timed out with no connection free while the database answered: Hikari then reports the timeout
	 * without a cause, whereas with the database gone it attaches the last failed attempt to connect.
	 */
	static boolean poolExhausted(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException timeout) {
				return timeout.getCause() == null && timeout.getMessage() != null
						&& timeout.getMessage().contains("Connection is not available");
			}
		}
		return false;
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
					|| cause instanceof SocketTimeoutException || cause instanceof SocketException) {
				return true;
			}
			// 08: connection exception; 57P01–57P03: the server is shutting down, crashed or cannot connect now.
			// A failed rollback hides the failure that caused it.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& causedBy(rollback.getApplicationException())) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}
}
