package org.luoshi.support;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context its own empty database (see {@link TestDatabase}), demo data with a known
 * password (unless the test sets {@code luoshi.demo=false}), and a temporary data directory. Registered in {@code META-INF/spring.factories} of the tests.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

	public static final String DEMO_PASSWORD = "Test-Luoshi-2026";

	/** Set to {@code true}, the context is left to itself: no datasource URL then starts the embedded database. */
	public static final String EMBEDDED = "luoshi.test.embedded-database";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty("spring.datasource.url");
		if ((configured != null && !configured.isBlank()) || environment.getProperty(EMBEDDED, Boolean.class, false)) {
			return;
		}
		TestDatabase.Connection database = TestDatabase.createDatabase();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.user());
		properties.put("spring.datasource.password", database.password());
		String demo = environment.getProperty("luoshi.demo");
		properties.put("luoshi.demo", demo == null || demo.isBlank() ? "true" : demo); // a test may ask for a real installation
		properties.put("luoshi.demo-password", DEMO_PASSWORD);
		// A test run ends by closing its contexts: nothing then should wait for a browser's open connection or a
		// database that is going away.
		properties.put("server.shutdown", "immediate");
		// The daily follow-up runs when a test asks for it: fired by the clock at a quarter hour, it would add its audit
		// entry and change lights beneath whichever test happens to be running.
		properties.put("luoshi.supervision.follow-up-cron", "-");
		properties.put("luoshi.demands.follow-up-cron", "-");
		properties.put("luoshi.proposals.follow-up-cron", "-");
		properties.put("luoshi.legal.experts.follow-up-cron", "-");
		properties.put("luoshi.supervision.evidence-cleanup-cron", "-");
		properties.put("luoshi.audit.anchor-cron", "-");
		properties.put("luoshi.awards.review-reminder-cron", "-");
		// Few connections per context: the suite starts several contexts, and a default server allows 100 connections.
		// Four cover a request, the audit sealer and a browser's parallel requests at once; idle ones are closed soon.
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		properties.put("spring.datasource.hikari.maximum-pool-size", "4");
		properties.put("spring.datasource.hikari.idle-timeout", "30000");
		// Likewise the recording of sessions that timed out: tests run it when they mean to.
		properties.put("luoshi.security.session-timeouts-cron", "-");
		properties.put("spring.datasource.hikari.connection-timeout", "5000");
		try {
			properties.put("luoshi.data-dir", Files.createTempDirectory("luoshi-test").toString());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("luoshi-test-database", properties));
	}
}
