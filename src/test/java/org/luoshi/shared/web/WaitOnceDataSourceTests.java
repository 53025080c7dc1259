package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a request waits for a connection again: only while the pool is busy and serving (connections came back while
 * it waited), never when the database is gone, and not for ever.
 */
class WaitOnceDataSourceTests {

	/** A pool answering each call from a script, its last answer for every call after it. */
	static final class ScriptedPool implements DataSource {

		interface Answer {
			Connection get() throws SQLException;
		}

		final Deque<Answer> answers = new ArrayDeque<>();
		int calls;

		/** A connection handed out through {@code dataSource}, for the test to give back while a later call waits. */
		Connection handOut(WaitOnceDataSource dataSource) throws SQLException {
			answers.add(WaitOnceDataSourceTests::connection);
			Connection connection = dataSource.getConnection();
			answers.clear();
			calls = 0;
			return connection;
		}

		@Override
		public Connection getConnection() throws SQLException {
			calls++;
			return (answers.size() > 1 ? answers.poll() : answers.peek()).get();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			return null;
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}
	}

	private static Connection connection() {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> method.getName().equals("isClosed") ? false : null);
	}

	/** Hikari's timeout when every connection stayed in use: no cause. */
	private static SQLTransientConnectionException busy() {
		return new SQLTransientConnectionException("luoshi - Connection is not available, request timed out after 2500ms (total=10, active=10, idle=0, waiting=30)");
	}

	/**
	 * Spring releases a streamed query's connection as the query's statement names it — the pool's own connection, not
	 * the one the data source gave. Inside a transaction that must be known as the transaction's connection, or it is
	 * closed (given back to the pool) while the transaction goes on.
	 */
	@Test
	void theConnectionAStatementNamesIsKnownAsTheTransactionsOwn() throws SQLException {
		boolean[] closed = { false };
		Connection pooled = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> switch (method.getName()) {
					case "close" -> {
						closed[0] = true;
						yield null;
					}
					case "isClosed" -> closed[0];
					case "equals" -> proxy == arguments[0];
					case "hashCode" -> System.identityHashCode(proxy);
					default -> null;
				});
		ScriptedPool pool = new ScriptedPool();
		pool.answers.add(() -> pooled);
		WaitOnceDataSource dataSource = new WaitOnceDataSource(pool, Duration.ofSeconds(5));
		Connection given = dataSource.getConnection();
		assertThat(DataSourceUtils.getTargetConnection(given)).isSameAs(pooled);

		TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(given));
		try {
			DataSourceUtils.releaseConnection(pooled, dataSource);
			assertThat(closed[0]).as("the transaction's connection stays open").isFalse();
		}
		finally {
			TransactionSynchronizationManager.unbindResource(dataSource);
		}
	}

	@Test
	void waitsAgainWhenConnectionsCameBackWhileItWaited() throws SQLException {
		ScriptedPool pool = new ScriptedPool();
		WaitOnceDataSource dataSource = new WaitOnceDataSource(pool, Duration.ofSeconds(5));
		Connection held = pool.handOut(dataSource);
		// Another request gives its connection back while this one waits, but someone else gets it first.
		pool.answers.add(() -> {
			held.close();
			throw busy();
		});
		pool.answers.add(WaitOnceDataSourceTests::connection);

		assertThat(dataSource.getConnection()).isNotNull();
		assertThat(pool.calls).as("waited a second time").isEqualTo(2);
	}

	@Test
	void failsAfterOneWaitWhenNoConnectionCameBack() {
		ScriptedPool pool = new ScriptedPool();
		pool.answers.add(() -> {
			throw busy();
		});

		assertThatThrownBy(() -> new WaitOnceDataSource(pool, Duration.ofSeconds(5)).getConnection()).isInstanceOf(SQLTransientConnectionException.class);
		assertThat(pool.calls).as("connections held by statements that hang do not come back: an outage, told at once").isEqualTo(1);
	}

	@Test
	void failsAfterOneWaitWhenTheDatabaseCannotBeReached() throws SQLException {
		ScriptedPool pool = new ScriptedPool();
		WaitOnceDataSource dataSource = new WaitOnceDataSource(pool, Duration.ofSeconds(5));
		Connection held = pool.handOut(dataSource);
		pool.answers.add(() -> {
			held.close();
			throw new SQLTransientConnectionException("luoshi - Connection is not available, request timed out after 2500ms", "08001",
					new ConnectException("Connection refused"));
		});

		assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
		assertThat(pool.calls).isEqualTo(1);
	}

	@Test
	void givesUpOnABusyPoolAfterTheLongestWait() throws SQLException {
		ScriptedPool pool = new ScriptedPool();
		WaitOnceDataSource dataSource = new WaitOnceDataSource(pool, Duration.ofMillis(300));
		Connection held = pool.handOut(dataSource);
		pool.answers.add(() -> {
			held.close();
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			throw busy();
		});

		assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
		assertThat(pool.calls).as("about 300 ms of 50-ms waits").isBetween(5, 9);
	}
}
