package org.luoshi.supervision.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.followup.FollowUpJob;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervision pages under concurrent use (issue #8): {@value #USERS} signed-in people requesting a page again as soon
 * as it arrives — the district board (demo-leader), the 棠下镇 board (demo-town), the ranking, the task list and the
 * home page — over the data of {@link SupervisionBenchmarkData}. Each runs {@code bench.warmup} seconds (default
 * {@value #WARMUP_SECONDS}) and is then measured for {@code bench.seconds} (default {@value #MEASURED_SECONDS}); the
 * table gives throughput, percentiles and the CPU one request cost in the application and in PostgreSQL.
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test-compile surefire:test@default-test \
 *     -Dtest=SupervisionLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The table is printed and written to {@code target/supervision-load-benchmark.md}. Not part of {@code mvn test}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SupervisionFixtures.class)
class SupervisionLoadBenchmark {

	static final int USERS = 20;
	static final int WARMUP_SECONDS = 15;
	static final int MEASURED_SECONDS = 30;

	static {
		SupervisionBenchmarkDatabase.prepare();
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FollowUpJob followUp;

	@Autowired
	Times times;

	@Test
	void measuresThePagesUnderLoad() throws Exception {
		new SupervisionBenchmarkData(dataSource, jdbc, followUp, times).ensureFilled();
		int users = Integer.getInteger("bench.users", USERS);
		int warmup = Integer.getInteger("bench.warmup", WARMUP_SECONDS);
		int seconds = Integer.getInteger("bench.seconds", MEASURED_SECONDS);
		List<PageSession> leaders = sessions("demo-leader", users);
		List<PageSession> towns = sessions("demo-town", users);

		// -Dbench.pages=board,town,ranking measures a few of them.
		List<String> pages = List.of(System.getProperty("bench.pages", "board,town,ranking,tasks,home").split(","));
		List<ConcurrentLoad> results = new ArrayList<>();
		if (pages.contains("board")) {
			results.add(ConcurrentLoad.run("district board `/supervision/board`, demo-leader", users, warmup, seconds,
					user -> () -> LoadClients.page(leaders.get(user), "/supervision/board")));
		}
		if (pages.contains("town")) {
			results.add(ConcurrentLoad.run("棠下镇 board `/supervision/board`, demo-town", users, warmup, seconds,
					user -> () -> LoadClients.page(towns.get(user), "/supervision/board")));
		}
		if (pages.contains("ranking")) {
			results.add(ConcurrentLoad.run("ranking `/supervision/ranking`, demo-leader", users, warmup, seconds,
					user -> () -> LoadClients.page(leaders.get(user), "/supervision/ranking")));
		}
		if (pages.contains("tasks")) {
			results.add(ConcurrentLoad.run("task list `/supervision/tasks`, demo-town", users, warmup, seconds,
					user -> () -> LoadClients.page(towns.get(user), "/supervision/tasks")));
		}
		if (pages.contains("home")) {
			results.add(ConcurrentLoad.run("home page `/`, demo-leader", users, warmup, seconds,
					user -> () -> LoadClients.page(leaders.get(user), "/")));
		}

		StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%d users, %d s warm-up, %d s measured, %s%n%n", users, warmup,
				seconds, LocalDateTime.now()));
		report.append(ConcurrentLoad.tableHeader());
		results.forEach(result -> report.append(result.tableRow()));
		System.out.println("\n==== Supervision load benchmark ====\n" + report);
		Files.writeString(Path.of("target", "supervision-load-benchmark.md"), report.toString());
	}

	private List<PageSession> sessions(String username, int count) {
		return LoadClients.pageSessions(port, username, count);
	}
}
