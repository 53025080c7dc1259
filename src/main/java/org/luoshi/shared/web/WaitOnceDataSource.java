package org.luoshi.shared.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, failing at once for a request that has already waited in vain for a connection
 * (see {@link DatabaseOutage}). Pool metrics and health still reach the pool underneath ({@link DelegatingDataSource}
 * unwraps).
 *
 * <p>The pool's timeout is short so that an outage is told within seconds. A pool that is merely busy — every
 * connection in use, but connections coming back while the request waited — is waited for again, up to
 * {@link #MOST_BUSY_WAIT} in all: under more requests than connections, people get a slower answer rather than an
 * error. With connections not coming back (the database gone beneath statements that hang) the request still fails
 * after one timeout.
 */
final class WaitOnceDataSource extends DelegatingDataSource implements AutoCloseable {

	static final Duration MOST_BUSY_WAIT = Duration.ofSeconds(15);

	/** When a connection was last given back: connections coming back show a pool that serves, only slowly. */
	private final AtomicLong lastReturned = new AtomicLong(System.nanoTime() - MOST_BUSY_WAIT.toNanos());
	private final Duration mostBusyWait;

	WaitOnceDataSource(DataSource pool) {
		this(pool, MOST_BUSY_WAIT);
	}

	WaitOnceDataSource(DataSource pool, Duration mostBusyWait) {
		super(pool);
		this.mostBusyWait = mostBusyWait;
	}

	@Override
	public Connection getConnection() throws SQLException {
		DatabaseOutage.Failure earlier = DatabaseOutage.earlierFailure();
		if (earlier != null) {
			throw new SQLTransientConnectionException(earlier == DatabaseOutage.Failure.BUSY
					? "No database connection was free earlier in this request" : "The database could not be reached earlier in this request");
		}
		long started = System.nanoTime();
		while (true) {
			long attempt = System.nanoTime();
			try {
				return returnedNoted(super.getConnection());
			}
			catch (SQLException e) {
				if (!DatabaseOutage.causedBy(e)) {
					throw e;
				}
				boolean served = lastReturned.get() - attempt > 0;
				if (!DatabaseOutage.poolExhausted(e) || !served || System.nanoTime() - started > mostBusyWait.toNanos()) {
					DatabaseOutage.failed(e);
					throw e;
				}
			}
		}
	}

	/**
	 * The pool's connection, noting when it is given back; everything else goes to it unchanged. It is a Spring
	 * {@link ConnectionProxy} of the pool's connection: a statement names the pool's connection as its own, and Spring
	 * releases a streamed query's connection as its statement names it — without knowing the two as one, it took the
	 * transaction's connection for another and closed it in the middle of the transaction.
	 */
	private Connection returnedNoted(Connection connection) {
		return (Connection) Proxy.newProxyInstance(ConnectionProxy.class.getClassLoader(), new Class<?>[] { ConnectionProxy.class },
				(proxy, method, arguments) -> switch (method.getName()) {
					case "equals" -> proxy == arguments[0];
					case "hashCode" -> System.identityHashCode(proxy);
					case "getTargetConnection" -> connection;
					case "close" -> {
						lastReturned.set(System.nanoTime());
						yield forward(connection, method, arguments);
					}
					default -> forward(connection, method, arguments);
				});
	}

	private static Object forward(Connection connection, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(connection, arguments);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	/** The bean's destroy method ({@code close}) reaches the pool. */
	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Wrapping {

		@Bean
		static BeanPostProcessor waitOnceDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource pool && !(bean instanceof WaitOnceDataSource) && "dataSource".equals(beanName)
							? new WaitOnceDataSource(pool) : bean;
				}
			};
		}
	}
}
