package org.luoshi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.luoshi.LuoshiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Another Luoshi on the test's database, as a second server behind a load balancer would be; close it when done. */
public final class SecondInstance {

	private SecondInstance() {
	}

	/** Started on the database of {@code environment}'s context, without demo data and without the daily follow-up. */
	public static ConfigurableApplicationContext on(Environment environment) {
		try {
			// As arguments, which outrank application.yml's own (empty) datasource URL.
			return new SpringApplicationBuilder(LuoshiApplication.class).run(
					"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
					"--server.port=0", "--luoshi.demo=false", "--spring.main.banner-mode=off", "--luoshi.supervision.follow-up-cron=-",
					"--luoshi.data-dir=" + Files.createTempDirectory("luoshi-second-instance"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
