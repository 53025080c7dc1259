package org.luoshi.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each module owns its schema: its migrations live in {@code db/migration/<module>} and are versioned on
 * their own (every module starts at V1), recorded in their own history table
 * {@code flyway_history_<module>}. The platform's tables ({@code db/migration/shared}) go first through
 * Boot's Flyway; the modules follow in name order, which is safe because no table references another
 * module's table.
 *
 * <p>Flyway takes a PostgreSQL advisory lock per history table, so instances starting together migrate once.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

	private static final Pattern MODULE_FOLDER = Pattern.compile("db/migration/([a-z]+)/[^/]+\\.sql$");

	@Override
	public void migrate(Flyway platform) {
		platform.migrate();
		for (String module : modulesWithMigrations()) {
			if (module.equals("shared")) {
				continue;
			}
			Flyway.configure(platform.getConfiguration().getClassLoader())
				.configuration(platform.getConfiguration())
				.locations("classpath:db/migration/" + module)
				.table("flyway_history_" + module)
				// The schema already holds other modules' tables: start this module's history at an empty version 0.
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load()
				.migrate();
		}
	}

	static SortedSet<String> modulesWithMigrations() {
		SortedSet<String> modules = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
				Matcher matcher = MODULE_FOLDER.matcher(resource.getURL().toString());
				if (matcher.find()) {
					modules.add(matcher.group(1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return modules;
	}
}
