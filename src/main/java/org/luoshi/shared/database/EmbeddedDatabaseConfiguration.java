package org.luoshi.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: a PostgreSQL server started from the binaries in the jar, with its data in
 * {@code ${luoshi.data-dir}/postgres} so that it survives restarts. Used only when no datasource URL is
 * configured ({@code LUOSHI_DB_URL} or {@code spring.datasource.url}).
 *
 * <p>The embedded server's defaults trade durability for speed (fsync and synchronous commit off); here
 * the data is real, so both are turned back on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
	static final String DATABASE = "luoshi";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${luoshi.data-dir}") String dataDir,
			@Value("${luoshi.embedded-db.port:0}") int port) throws IOException {
		Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
		Files.createDirectories(directory.getParent());
		if (Files.exists(directory.resolve("postmaster.pid"))) {
			log.warn("{} has a postmaster.pid: another Luoshi may be running on this data directory, or the last one "
					+ "stopped abruptly. PostgreSQL will refuse to start if the other server is still alive.", directory);
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// Spring stops the server after the pool closes (destroyMethod); the library's own JVM hook would race it.
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("timezone", "Asia/Shanghai")
			.setServerConfig("max_connections", "100")
			// As for a configured server (application.yml, spring.datasource.hikari): no JIT for short queries.
			.setServerConfig("jit", "off");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
		return postgres;
	}

	/** The same pool settings as a real server's ({@code spring.datasource.hikari.*}). */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
		createDatabaseIfMissing(postgres.getPostgresDatabase());
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("luoshi-embedded");
		return dataSource;
	}

	private static void createDatabaseIfMissing(DataSource admin) throws SQLException {
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
		}
	}
}
