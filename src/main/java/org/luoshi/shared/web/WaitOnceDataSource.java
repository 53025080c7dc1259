package org.luoshi.shared.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, failing at once for a request that has already waited in vain for a connection
 * (see {@link DatabaseOutage}). Pool metrics and health still reach the pool underneath ({@link DelegatingDataSource}
 * unwraps).
 */
final class WaitOnceDataSource extends DelegatingDataSource implements AutoCloseable {

	WaitOnceDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		DatabaseOutage.Failure earlier = DatabaseOutage.earlierFailure();
		if (earlier != null) {
			throw new SQLTransientConnectionException(earlier == DatabaseOutage.Failure.BUSY
					? "No database connection was free earlier in this request" : "The database could not be reached earlier in this request");
		}
		try {
			return super.getConnection();
		}
		catch (SQLException e) {
			if (DatabaseOutage.causedBy(e)) {
				DatabaseOutage.failed(e);
			}
			throw e;
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
