package org.luoshi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.LuoshiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Luoshi started by a test beside its own context — a second server behind a load balancer, the platform restarted on a
 * restored database, a child process to kill — configured as an operator would, by arguments, which outrank
 * application.yml and the test run's own datasource. No job fires by the clock (the test runs what it means to), and
 * the pool is small. Close what is started.
 */
public final class LuoshiInstance {

	private LuoshiInstance() {
	}

	/**
	 * The arguments of an instance on {@code database} ({@code null}: the embedded database in {@code dataDirectory}),
	 * listening on {@code port} (0: any free one), with the demo data and the tests' demo password or without.
	 */
	public static List<String> arguments(TestDatabase.Connection database, Path dataDirectory, int port, boolean demo) {
		List<String> arguments = new ArrayList<>();
		if (database == null) {
			arguments.add("--" + TestDatabaseEnvironment.EMBEDDED + "=true");
		}
		arguments.addAll(List.of(
				"--spring.datasource.url=" + (database == null ? "" : database.url()),
				"--spring.datasource.username=" + (database == null ? "" : database.user()),
				"--spring.datasource.password=" + (database == null || database.password() == null ? "" : database.password()),
				"--spring.datasource.hikari.maximum-pool-size=4",
				"--spring.datasource.hikari.minimum-idle=1",
				"--server.port=" + port,
				"--server.shutdown=immediate",
				"--spring.main.banner-mode=off",
				"--luoshi.demo=" + demo,
				"--luoshi.demo-password=" + TestDatabaseEnvironment.DEMO_PASSWORD,
				"--luoshi.data-dir=" + dataDirectory,
				"--luoshi.reports.warm-up=false",
				"--luoshi.supervision.follow-up-cron=-",
				"--luoshi.demands.follow-up-cron=-",
				"--luoshi.proposals.follow-up-cron=-",
				"--luoshi.legal.experts.follow-up-cron=-",
				"--luoshi.supervision.evidence-cleanup-cron=-",
				"--luoshi.security.session-timeouts-cron=-",
				"--luoshi.audit.anchor-cron=-",
				"--luoshi.awards.review-reminder-cron=-"));
		return arguments;
	}

	public static ConfigurableApplicationContext start(List<String> arguments) {
		return new SpringApplicationBuilder(LuoshiApplication.class).run(arguments.toArray(String[]::new));
	}

	/** An instance on {@code database}, in a data directory of its own, on any port. */
	public static ConfigurableApplicationContext start(TestDatabase.Connection database, boolean demo) {
		return start(arguments(database, temporaryDirectory(), 0, demo));
	}

	/** A second instance on the database of {@code environment}'s context, without demo data. */
	public static ConfigurableApplicationContext alongside(Environment environment) {
		return start(new TestDatabase.Connection(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password", "")), false);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("luoshi-instance");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
