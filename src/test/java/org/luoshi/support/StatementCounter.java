package org.luoshi.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements one piece of work runs on the calling thread, through a JDBC wrapper around the
 * application's {@link DataSource}: what the work runs itself and what runs in its transaction (the audit entry), not
 * what listeners do afterwards on other threads. Import {@link Counting} into a test to have one.
 */
public final class StatementCounter {

	private final ThreadLocal<List<String>> executed = new ThreadLocal<>();

	/** The statements {@code work} ran, in order, and its result. */
	public <T> Counted<T> count(Supplier<T> work) {
		executed.set(new ArrayList<>());
		try {
			T result = work.get();
			return new Counted<>(result, List.copyOf(executed.get()));
		}
		finally {
			executed.remove();
		}
	}

	public record Counted<T>(T result, List<String> statements) {
	}

	private void executed(String sql) {
		List<String> statements = executed.get();
		if (statements != null) {
			statements.add(sql);
		}
	}

	DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (method, args, result) -> method.getName().equals("getConnection")
				? proxy(Connection.class, (Connection) result, this::connection) : result);
	}

	private Object connection(Method method, Object[] args, Object result) {
		if (result instanceof Statement statement && !(result instanceof Proxy)) {
			String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
			Class<? extends Statement> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
					: result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
			return proxy(type, statement, (call, callArgs, callResult) -> {
				if (call.getName().startsWith("execute")) {
					executed(sql != null ? sql : callArgs != null && callArgs.length > 0 ? String.valueOf(callArgs[0]) : "?");
				}
				return callResult;
			});
		}
		return result;
	}

	@FunctionalInterface
	private interface AfterCall {
		Object apply(Method method, Object[] args, Object result) throws Exception;
	}

	/** A proxy of {@code target} that lets {@code after} see (and replace) each call's result. */
	private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
				return method.invoke(target, args);
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			return after.apply(method, args, result);
		};
		return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	/** The counter, and the application's data source wrapped to feed it. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && !(bean instanceof Proxy) ? counter.getObject().wrap(dataSource) : bean;
				}
			};
		}
	}
}
