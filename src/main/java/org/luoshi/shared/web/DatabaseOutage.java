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
 * nobody's mistake and passes by itself.
 *
 * <p>Within one request the database is waited for at most once: after a connection could not be had, the
 * request's further attempts (a session filter saving the session after the page failed, say) fail at once rather
 * than wait the pool's timeout again, so the answer comes within one timeout.
 */
public final class DatabaseOutage {

	/** Seconds a client is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 10;
	public static final String MESSAGE_KEY = "error.unavailable";

	private static final ThreadLocal<boolean[]> REQUEST = new ThreadLocal<>();

	private DatabaseOutage() {
	}

	/** Marks the start of a request on this thread: from here a failed connection is remembered until {@link #requestEnded()}. */
	static void requestStarted() {
		REQUEST.set(new boolean[1]);
	}

	static void requestEnded() {
		REQUEST.remove();
	}

	/** Whether this request already failed to reach the database (never outside a request: jobs retry on their own). */
	static boolean alreadyUnreachable() {
		boolean[] request = REQUEST.get();
		return request != null && request[0];
	}

	static void unreachable() {
		boolean[] request = REQUEST.get();
		if (request != null) {
			request[0] = true;
		}
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
