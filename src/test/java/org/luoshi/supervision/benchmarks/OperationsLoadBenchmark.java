package org.luoshi.supervision.benchmarks;

import org.luoshi.support.Latencies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.audit.internal.ChainVerification;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.benchmarks.ConcurrentLoad.Part;
import org.luoshi.supervision.followup.FollowUpJob;
import org.luoshi.supervision.ledger.BreakdownTables;
import org.luoshi.support.ApiClient;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform as an operator loads it (issue #10), over the data of {@link SupervisionBenchmarkData} and the production
 * pool settings:
 * <ul>
 * <li><b>Writes during an import.</b> {@value #IMPORT_ROWS} rows of a breakdown table imported in one transaction through
 * the API while {@value #IMPORT_WRITERS} leaders write instructions (批示) on other tasks and {@value #IMPORT_READERS}
 * handlers read the task list: the latencies of those writes and reads while the import runs, beside the same clients
 * without an import. Before the sealed audit chain, every writer waited for the import's commit.</li>
 * <li><b>A mixed load.</b> {@value #MIXED_USERS} clients at once, reading pages and the API and writing instructions,
 * progress reports and reminders, each sending its next request as soon as the last is answered: throughput,
 * percentiles and errors per kind of request.</li>
 * </ul>
 * Both end by letting the sealer catch up and verifying the whole audit chain.
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test-compile surefire:test@default-test \
 *     -Dtest=OperationsLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Tables are printed and written to {@code target/operations-load-benchmark.md}. Not part of {@code mvn test}. The
 * imported goal and its tasks are deleted afterwards, so that the other benchmarks keep their data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SupervisionFixtures.class)
class OperationsLoadBenchmark {

	static final int IMPORT_ROWS = 5_000;
	static final int IMPORT_WRITERS = 4;
	static final int IMPORT_READERS = 2;
	static final int MIXED_USERS = 40;
	static final int WARMUP_SECONDS = 15;
	static final int MEASURED_SECONDS = 60;

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

	@Autowired
	AuditTrail trail;

	@Test
	void writesOnOtherTasksWhileAFiveThousandRowImportRuns() throws Exception {
		new SupervisionBenchmarkData(dataSource, jdbc, followUp, times).ensureFilled();
		List<Long> openTasks = tasks("status IN ('ISSUED', 'IN_PROGRESS') AND parent_id IS NULL");
		List<ApiClient> leaders = clients("demo-leader", IMPORT_WRITERS);
		List<PageSession> handlers = sessions("demo-town", IMPORT_READERS);
		Runnable[] writers = new Runnable[IMPORT_WRITERS];
		for (int i = 0; i < IMPORT_WRITERS; i++) {
			ApiClient leader = leaders.get(i);
			writers[i] = () -> instruct(leader, openTasks);
		}
		Runnable[] readers = new Runnable[IMPORT_READERS];
		for (int i = 0; i < IMPORT_READERS; i++) {
			PageSession handler = handlers.get(i);
			readers[i] = () -> LoadClients.page(handler, "/supervision/tasks");
		}

		List<ConcurrentLoad> quiet = ConcurrentLoad.runTogether(List.of(
				new Part("批示 on another task `POST /api/v1/tasks/{id}/instructions`, no import", IMPORT_WRITERS, user -> writers[user]),
				new Part("task list `/supervision/tasks`, no import", IMPORT_READERS, user -> readers[user])), 5, 20);

		ApiClient office = ApiClient.signIn(port, "demo-admin");
		ApiClient.Answer goal = office.post("/api/v1/goals", Map.of("title", "导入基准 " + LocalDateTime.now(), "year",
				times.today().getYear() + 1));
		require(goal.status() == 201, "goal: " + goal.status() + " " + goal.body());
		long goalId = goal.json().get("id").asLong();
		try {
			int rows = Integer.getInteger("bench.import.rows", IMPORT_ROWS);
			byte[] table = BreakdownTables.of(rows, "区发改局", List.of("区司法局", "棠下镇"), times.today().plusDays(30));
			AtomicBoolean importing = new AtomicBoolean(true);
			List<Double> writes = Collections.synchronizedList(new ArrayList<>());
			List<Double> reads = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger errors = new AtomicInteger();
			List<Thread> clients = new ArrayList<>();
			for (Runnable writer : writers) {
				clients.add(started(() -> whileTrue(importing, writer, writes, errors)));
			}
			for (Runnable reader : readers) {
				clients.add(started(() -> whileTrue(importing, reader, reads, errors)));
			}
			String loadBefore = Latencies.loadAverage();
			long started = System.nanoTime();
			ApiClient.Answer imported = office.upload("/api/v1/tasks/import?goalId=" + goalId + "&issue=true", "分解表.xlsx", table);
			double importSeconds = (System.nanoTime() - started) / 1e9;
			importing.set(false);
			for (Thread client : clients) {
				client.join();
			}
			require(imported.status() == 200, "import: " + imported.status() + " " + imported.body());
			String loadAfter = Latencies.loadAverage();

			StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
					"%d-row breakdown table imported in one transaction (issued at once) in %.1f s, %s%n%n", rows, importSeconds,
					LocalDateTime.now()));
			report.append(ConcurrentLoad.tableHeader());
			quiet.forEach(load -> report.append(load.tableRow()));
			report.append(during("批示 on another task, during the import", IMPORT_WRITERS, importSeconds, writes, loadBefore, loadAfter).tableRow());
			report.append(during("task list, during the import", IMPORT_READERS, importSeconds, reads, loadBefore, loadAfter).tableRow());
			report.append(String.format(Locale.ROOT, "%nErrors during the import: %d.%n%n", errors.get()));
			report.append(auditChain());
			write("writes during an import", report);
		}
		finally {
			jdbc.sql("DELETE FROM search_document WHERE (type = 'task' AND id IN (SELECT id::text FROM task WHERE goal_id = :goal)) "
					+ "OR (type = 'goal' AND id = :goal::text)").param("goal", goalId).update();
			jdbc.sql("DELETE FROM task WHERE goal_id = ?").param(goalId).update();
			jdbc.sql("DELETE FROM goal WHERE id = ?").param(goalId).update();
		}
	}

	@Test
	void fortyClientsMixingReadsAndWrites() throws Exception {
		new SupervisionBenchmarkData(dataSource, jdbc, followUp, times).ensureFilled();
		int warmup = Integer.getInteger("bench.warmup", WARMUP_SECONDS);
		int seconds = Integer.getInteger("bench.seconds", MEASURED_SECONDS);
		List<Long> visible = tasks("parent_id IS NULL");
		List<Long> openTasks = tasks("status IN ('ISSUED', 'IN_PROGRESS') AND parent_id IS NULL");
		List<Long> tangxiaLeads = tasks("status = 'IN_PROGRESS' AND id IN (SELECT task_id FROM task_unit WHERE role = 'LEAD' AND unit_id = "
				+ "(SELECT scope_unit_id FROM account WHERE username = 'demo-town'))");
		require(!tangxiaLeads.isEmpty(), "no task in progress led by 棠下镇");

		List<PageSession> leaderPages = sessions("demo-leader", 14);
		List<PageSession> townPages = sessions("demo-town", 12);
		List<ApiClient> deptApi = clients("demo-dept", 4);
		List<ApiClient> leaderApi = clients("demo-leader", 4);
		List<ApiClient> townApi = clients("demo-town", 4);
		List<ApiClient> officeApi = clients("demo-admin", 2);
		List<Part> parts = List.of(
				new Part("district board `/supervision/board`, demo-leader", 6, user -> () -> LoadClients.page(leaderPages.get(user), "/supervision/board")),
				new Part("task page `/supervision/tasks/{id}`, demo-leader", 8,
						user -> () -> LoadClients.page(leaderPages.get(6 + user), "/supervision/tasks/" + any(visible))),
				new Part("task list `/supervision/tasks`, demo-town", 8, user -> () -> LoadClients.page(townPages.get(user), "/supervision/tasks")),
				new Part("home page `/`, demo-town", 4, user -> () -> LoadClients.page(townPages.get(8 + user), "/")),
				new Part("API task list `GET /api/v1/tasks?light=RED`, demo-dept", 4,
						user -> () -> LoadClients.ok(deptApi.get(user).get("/api/v1/tasks?light=RED"), 200)),
				new Part("批示 `POST /api/v1/tasks/{id}/instructions`, demo-leader", 4, user -> () -> instruct(leaderApi.get(user), openTasks)),
				new Part("progress report `POST /api/v1/tasks/{id}/progress`, demo-town", 4, user -> () -> report(townApi.get(user), tangxiaLeads)),
				new Part("催办 `POST /api/v1/tasks/{id}/reminders`, demo-admin", 2,
						user -> () -> LoadClients.ok(officeApi.get(user).post("/api/v1/tasks/" + any(openTasks) + "/reminders", Map.of("text", "请加快进度")), 200)));
		require(parts.stream().mapToInt(Part::users).sum() == MIXED_USERS, "the parts add up to the clients");

		List<ConcurrentLoad> loads = ConcurrentLoad.runTogether(parts, warmup, seconds);

		StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%d clients, %d s warm-up, %d s measured, %s%n%n", MIXED_USERS,
				warmup, seconds, LocalDateTime.now()));
		report.append(ConcurrentLoad.tableHeader());
		loads.forEach(load -> report.append(load.tableRow()));
		report.append('\n').append(auditChain());
		write("mixed load", report);
	}

	/** The sealer catching up and the whole chain verified, as the auditors' "Verify hash chain" does. */
	private String auditChain() throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		long unsealed;
		while ((unsealed = jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence IS NULL").query(Long.class).single()) > 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		long started = System.nanoTime();
		ChainVerification verified = trail.verify();
		return String.format(Locale.ROOT, "Audit chain afterwards: %d entries unsealed, %s, %d entries checked in %.1f s.%n", unsealed,
				verified.intact() ? "intact" : "BROKEN (" + verified + ")", verified.checked(), (System.nanoTime() - started) / 1e9);
	}

	private void write(String title, StringBuilder report) throws Exception {
		String text = "### " + title + "\n\n" + report + "\n";
		System.out.println("\n==== Operations load benchmark: " + title + " ====\n" + report);
		Files.writeString(Path.of("target", "operations-load-benchmark.md"), text, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
	}

	private static ConcurrentLoad during(String what, int users, double seconds, List<Double> millis, String loadBefore, String loadAfter) {
		double[] sorted;
		synchronized (millis) {
			sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		}
		return new ConcurrentLoad(what, users, seconds, sorted.length, 0, sorted, Double.NaN, Double.NaN, loadBefore, loadAfter);
	}

	private static Thread started(Runnable client) {
		Thread thread = new Thread(client, "client-during-import");
		thread.start();
		return thread;
	}

	private static void whileTrue(AtomicBoolean condition, Runnable call, List<Double> millis, AtomicInteger errors) {
		while (condition.get()) {
			long start = System.nanoTime();
			try {
				call.run();
				// Only what was answered while the import still ran counts as "during".
				if (condition.get()) {
					millis.add((System.nanoTime() - start) / 1e6);
				}
			}
			catch (RuntimeException e) {
				if (errors.incrementAndGet() <= 3) {
					System.err.println("[during the import] " + e);
				}
			}
		}
	}

	private List<Long> tasks(String condition) {
		return jdbc.sql("SELECT id FROM task WHERE " + condition + " ORDER BY random() LIMIT 5000").query(Long.class).list();
	}

	private static long any(List<Long> ids) {
		return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
	}

	private static void instruct(ApiClient leader, List<Long> tasks) {
		LoadClients.ok(leader.post("/api/v1/tasks/" + any(tasks) + "/instructions", Map.of("text", "请抓紧推进，按期完成")), 200);
	}

	/** A progress report by the lead unit that keeps the task's percent, so that repeated runs leave the data as it was. */
	private void report(ApiClient town, List<Long> tasks) {
		long task = any(tasks);
		int percent = jdbc.sql("SELECT percent FROM task WHERE id = ?").param(task).query(Integer.class).single();
		LoadClients.ok(town.post("/api/v1/tasks/" + task + "/progress", Map.of("text", "本周完成征地协调和方案深化", "percent", percent)), 200);
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException(what);
		}
	}

	private List<PageSession> sessions(String username, int count) {
		return LoadClients.pageSessions(port, username, count);
	}

	private List<ApiClient> clients(String username, int count) {
		return LoadClients.apiClients(port, username, count);
	}
}
