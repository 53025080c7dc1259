package org.luoshi.supervision.benchmarks;

import org.luoshi.support.Latencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Actor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.Counts;
import org.luoshi.supervision.SupervisionBoards.DistrictBoard;
import org.luoshi.supervision.SupervisionBoards.GroupCounts;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.followup.FollowUpJob;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The district board (督办看板) over {@value SupervisionBenchmarkData#TASKS} tasks and about
 * {@value SupervisionBenchmarkData#REPORTS} progress reports (issue #4: under 300 ms at the 95th percentile). Measures
 * the page as a person requests it — {@code GET /supervision/board} over HTTP with a signed-in session, so security,
 * the session, the board's queries, the goals of the filter and the template all count — and the
 * {@link SupervisionBoards#districtBoard} call alone, for the whole district, for a town's scope (demo-town, 棠下镇) and
 * with a group filter. {@value #WARMUP} warm-up requests, then {@value #ROUNDS} timed ones, one after another.
 *
 * <p>Not part of {@code mvn test} (the name does not end in Tests). Run it from the project directory with
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test-compile surefire:test@default-test \
 *     -Dtest=SupervisionBoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and read the table it prints, also written to {@code target/supervision-board-benchmark.md}. The first run fills the
 * database {@value SupervisionBenchmarkDatabase#NAME} (see {@link SupervisionBenchmarkData}; a few minutes); later runs
 * reuse it, {@code -Dbench.refill=true} builds it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SupervisionFixtures.class)
class SupervisionBoardBenchmark {

	static final int WARMUP = 30;
	static final int ROUNDS = 200;
	private static final Pattern TOTAL_FIGURE = Pattern.compile("id=\"figure-total\"[^>]*>(\\d+)<");

	static {
		SupervisionBenchmarkDatabase.prepare();
	}

	@LocalServerPort
	int port;

	@Autowired
	SupervisionBoards boards;

	@Autowired
	GoalManagement goals;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FollowUpJob followUp;

	@Autowired
	Times times;

	@Test
	void measuresTheDistrictBoard() throws Exception {
		SupervisionBenchmarkData data = new SupervisionBenchmarkData(dataSource, jdbc, followUp, times);
		SupervisionBenchmarkData.Fill fill = data.ensureFilled();
		Actor leader = fixtures.leader();
		Actor town = fixtures.tangxia();
		TaskFilter all = TaskFilter.all();
		DistrictBoard districtBoard = boards.districtBoard(all, leader);
		// A group of middling size: the fifth most used.
		String group = districtBoard.byGroup().get(4).group();
		TaskFilter ofGroup = new TaskFilter(null, null, null, null, group, null, null, null, false);
		checkBoards(districtBoard, group, leader, town);

		PageSession leaderSession = PageSession.signIn(port, "demo-leader");
		PageSession townSession = PageSession.signIn(port, "demo-town");
		String groupPath = "/supervision/board?group=" + URLEncoder.encode(group, StandardCharsets.UTF_8);
		assertThat(totalOnPage(leaderSession, "/supervision/board")).isEqualTo(districtBoard.counts().total());
		assertThat(totalOnPage(leaderSession, groupPath)).isEqualTo(boards.districtBoard(ofGroup, leader).counts().total());
		assertThat(totalOnPage(townSession, "/supervision/board")).isEqualTo(boards.districtBoard(all, town).counts().total());

		List<Latencies> results = new ArrayList<>();
		results.add(Latencies.measure("page GET /supervision/board, demo-leader (whole district)", WARMUP, ROUNDS,
				() -> page(leaderSession, "/supervision/board")));
		results.add(Latencies.measure("page, demo-leader, group " + group, WARMUP, ROUNDS, () -> page(leaderSession, groupPath)));
		results.add(Latencies.measure("page, demo-town (棠下镇 scope)", WARMUP, ROUNDS, () -> page(townSession, "/supervision/board")));
		results.add(Latencies.measure("districtBoard, whole district", WARMUP, ROUNDS, () -> boards.districtBoard(all, leader)));
		results.add(Latencies.measure("districtBoard, 棠下镇 scope", WARMUP, ROUNDS, () -> boards.districtBoard(all, town)));
		results.add(Latencies.measure("districtBoard, whole district, group " + group, WARMUP, ROUNDS,
				() -> boards.districtBoard(ofGroup, leader)));
		results.add(Latencies.measure("goals of the page's filter (GoalManagement.goals, 100 newest)", WARMUP, ROUNDS,
				() -> goals.goals(null, new PageQuery(0, 100, "year", false), leader)));

		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "Data filled in %.0f s, lights settled by the follow-up of %s.%n", fill.seconds(),
				fill.settledDay()));
		report.append(data.describe()).append('\n');
		report.append(String.format(Locale.ROOT, "%d warm-up, %d timed calls each, %s%n%n", WARMUP, ROUNDS, java.time.LocalDateTime.now()));
		report.append(Latencies.tableHeader());
		results.forEach(result -> report.append(result.tableRow()));
		System.out.println("\n==== Supervision board benchmark ====\n" + report);
		Files.writeString(Path.of("target", "supervision-board-benchmark.md"), report.toString());
	}

	/**
	 * What the measured calls are compared with: counts straight from the tables, each figure with a query of its own,
	 * so that a fast but wrong board does not pass for a fast one.
	 */
	private void checkBoards(DistrictBoard districtBoard, String group, Actor leader, Actor town) {
		checkAgainstTables(districtBoard, "t.parent_id IS NULL", null);
		checkAgainstTables(boards.districtBoard(new TaskFilter(null, null, null, null, group, null, null, null, false), leader),
				"t.parent_id IS NULL AND CAST(:group AS text) = ANY(t.tags)", group);
		assertThat(districtBoard.recentReports()).hasSize(8);
		assertThat(districtBoard.urgent()).isNotEmpty();
		int townTotal = boards.districtBoard(TaskFilter.all(), town).counts().total();
		assertThat(townTotal).isPositive().isLessThan(districtBoard.counts().total());
	}

	private void checkAgainstTables(DistrictBoard board, String condition, String group) {
		String open = "t.status IN ('ISSUED', 'RETURNED', 'IN_PROGRESS', 'COMPLETION_REQUESTED')";
		String counts = "count(*) FILTER (WHERE t.status <> 'CANCELLED') AS total, count(*) FILTER (WHERE " + open + ") AS open, "
				+ "count(*) FILTER (WHERE " + open + " AND t.light = 'RED') AS red, count(*) FILTER (WHERE " + open
				+ " AND t.light = 'YELLOW') AS yellow, count(*) FILTER (WHERE " + open + " AND t.light = 'GREEN') AS green, "
				+ "count(*) FILTER (WHERE t.status = 'CLOSED') AS closed, count(*) FILTER (WHERE t.status = 'DRAFT') AS drafts";
		java.util.Map<String, Object> params = group == null ? java.util.Map.of() : java.util.Map.of("group", group);
		RowMapper<Counts> countsOf = (rs, row) -> new Counts(rs.getInt("total"), rs.getInt("open"), rs.getInt("red"), rs.getInt("yellow"),
				rs.getInt("green"), rs.getInt("closed"), rs.getInt("drafts"));
		assertThat(board.counts()).isEqualTo(jdbc.sql("SELECT " + counts + " FROM task t WHERE " + condition).params(params).query(countsOf).single());
		assertThat(board.byGroup()).isEqualTo(jdbc.sql("SELECT tag, " + counts + " FROM task t CROSS JOIN unnest(t.tags) AS tag WHERE "
				+ condition + " GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 30")
			.params(params)
			.query((rs, row) -> new GroupCounts(rs.getString("tag"), countsOf.mapRow(rs, row)))
			.list());
		java.util.Map<Long, Counts> byUnit = new java.util.HashMap<>();
		jdbc.sql("SELECT t.lead_unit_id, " + counts + " FROM task t WHERE " + condition + " AND t.lead_unit_id IS NOT NULL GROUP BY t.lead_unit_id")
			.params(params)
			.query((rs, row) -> byUnit.put(rs.getLong("lead_unit_id"), countsOf.mapRow(rs, row)))
			.list();
		assertThat(board.byUnit()).hasSize(byUnit.size())
			.allSatisfy(unit -> assertThat(unit.counts()).isEqualTo(byUnit.get(unit.unit().id())));
	}

	private static int totalOnPage(PageSession session, String path) {
		String page = PageSession.text(page(session, path));
		Matcher total = TOTAL_FIGURE.matcher(page);
		assertThat(total.find()).as("the total figure on %s", path).isTrue();
		return Integer.parseInt(total.group(1));
	}

	private static HttpResponse<byte[]> page(PageSession session, String path) {
		HttpResponse<byte[]> response = session.get(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response;
	}
}
