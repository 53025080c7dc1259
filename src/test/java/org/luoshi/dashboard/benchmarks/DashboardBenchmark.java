package org.luoshi.dashboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.luoshi.dashboard.internal.DashboardMonth;
import org.luoshi.dashboard.internal.DashboardParts;
import org.luoshi.dashboard.internal.Part;
import org.luoshi.dashboard.internal.PartResult;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.enterprise.demands.benchmarks.DemandBenchmarkData;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.benchmarks.SupervisionBenchmarkData;
import org.luoshi.supervision.followup.FollowUpJob;
import org.luoshi.support.BenchmarkDatabase;
import org.luoshi.support.Latencies;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The leaders' dashboard, part by part (issue 13: each part under 300 ms at the 95th percentile), on the demo data and
 * on the large data sets of the supervision benchmark ({@code SupervisionBenchmarkData}: 100,000 tasks, a million
 * progress reports) and the demands benchmark ({@code DemandBenchmarkData}: ten million demands of 100,000 enterprises
 * over five years) together. Each part is measured three ways in the same run: as a person's browser asks for it
 * ({@code GET /dashboard/parts/{name}} with a signed-in session: security, the facades, the template), its figures
 * alone ({@link DashboardParts#load}), and the bare SQL that answers the same question, so that the cost of the
 * platform around the SQL shows. {@value #WARMUP} warm-up calls, then {@value #ROUNDS} timed ones, one after another.
 *
 * <p>Not part of {@code mvn test} (the name does not end in Tests). Run it from the project directory with
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test-compile surefire:test@default-test \
 *     -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.dataset=demo   # or large
 * </pre>
 *
 * {@code demo} uses the database {@value #DEMO_DATABASE} (the demo data only); {@code large} {@value #LARGE_DATABASE},
 * filled on its first run (several minutes; {@code -Dbench.demands=} sets how many demands, ten million by default;
 * {@code -Dbench.refill=true} builds it again). The table goes to {@code target/dashboard-benchmark-<dataset>.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SupervisionFixtures.class)
class DashboardBenchmark {

	static final String DEMO_DATABASE = "luoshi_dashboard_demo_bench";
	static final String LARGE_DATABASE = "luoshi_dashboard_bench";
	static final String DATASET = System.getProperty("bench.dataset", "demo");
	static final int DEMANDS = Integer.getInteger("bench.demands", 10_000_000);
	static final int WARMUP = Integer.getInteger("bench.warmup", 10);
	static final int ROUNDS = Integer.getInteger("bench.rounds", 60);

	static {
		BenchmarkDatabase.prepare("large".equals(DATASET) ? LARGE_DATABASE : DEMO_DATABASE);
	}

	@LocalServerPort
	int port;

	@Autowired
	DashboardParts parts;

	@Autowired
	EconomicIndicators indicators;

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
	void measuresEachPart() throws Exception {
		StringBuilder report = new StringBuilder();
		if ("large".equals(DATASET)) {
			SupervisionBenchmarkData supervision = new SupervisionBenchmarkData(dataSource, jdbc, followUp, times);
			SupervisionBenchmarkData.Fill fill = supervision.ensureFilled();
			report.append(String.format(Locale.ROOT, "Supervision data filled in %.0f s.%n", fill.seconds()));
			report.append(supervision.describe()).append('\n');
			report.append("Demands: ").append(DemandBenchmarkData.fill(jdbc, DEMANDS)).append(' ')
				.append(jdbc.sql("SELECT format('%s demands, %s unit-months of kept counts', (SELECT count(*) FROM demand), "
						+ "(SELECT count(*) FROM demand_unit_month))").query(String.class).single())
				.append('\n');
		}
		else {
			report.append("Demo data: ").append(jdbc.sql("SELECT format('%s tasks, %s demands, %s indicator values, %s legal requests, "
					+ "%s lectures', (SELECT count(*) FROM task), (SELECT count(*) FROM demand), (SELECT count(*) FROM indicator_value), "
					+ "(SELECT count(*) FROM legal_request), (SELECT count(*) FROM lecture))").query(String.class).single()).append('\n');
		}

		DashboardMonth month = DashboardMonth.of(times.today());
		Actor reader = fixtures.leader();
		for (Part part : Part.values()) {
			PartResult<?> result = parts.load(part, month, null, reader, Locale.SIMPLIFIED_CHINESE);
			assertThat(result.outcome()).as(part.slug()).isEqualTo(PartResult.Outcome.SHOWN);
		}
		PageSession session = PageSession.signIn(port, "demo-leader");

		// The server warms up on every part before any is timed, so that the first part measured does not pay for the
		// compiler's warming of the HTTP path the others then share.
		for (int i = 0; i < WARMUP * 3; i++) {
			for (Part part : Part.values()) {
				page(session, "/dashboard/parts/" + part.slug() + "?period=" + month);
			}
		}

		List<Latencies> results = new ArrayList<>();
		Map<Part, Runnable> sql = bareSql(month);
		for (Part part : Part.values()) {
			String path = "/dashboard/parts/" + part.slug() + "?period=" + month;
			results.add(Latencies.measure(part.slug() + ": page fragment GET " + path + ", demo-leader", WARMUP, ROUNDS, () -> page(session, path)));
			results.add(Latencies.measure(part.slug() + ": figures (DashboardParts.load)", WARMUP, ROUNDS,
					() -> parts.load(part, month, null, reader, Locale.SIMPLIFIED_CHINESE)));
			results.add(Latencies.measure(part.slug() + ": bare SQL", WARMUP, ROUNDS, sql.get(part)));
		}

		StringBuilder table = new StringBuilder(report);
		table.append(String.format(Locale.ROOT, "Month %s; %d warm-up, %d timed calls each, %s%n%n", month, WARMUP, ROUNDS, LocalDateTime.now()));
		table.append(Latencies.tableHeader());
		results.forEach(result -> table.append(result.tableRow()));
		System.out.println("\n==== Dashboard benchmark (" + DATASET + ") ====\n" + table);
		Files.writeString(Path.of("target", "dashboard-benchmark-" + DATASET + ".md"), table.toString());
	}

	/** What each part asks, as plain SQL over the owning modules' tables, without the facades, the cache or the template. */
	private Map<Part, Runnable> bareSql(DashboardMonth month) {
		long gdp = indicators.indicatorByCode("GDP").orElseThrow().id();
		String district = indicators.places().stream().filter(IndicatorPlace::district).findFirst().orElseThrow().code();
		String[] towns = indicators.places().stream().filter(place -> !place.district()).map(IndicatorPlace::code).toArray(String[]::new);
		String standing = """
				SELECT p.code, l.month, l.value,
				       (SELECT v.value FROM indicator_value v WHERE v.indicator_id = :i AND v.place_code = p.code AND v.year = :y - 1
				          AND v.month = l.month AND v.superseded_by IS NULL) AS base,
				       (SELECT v.value FROM indicator_value v WHERE v.indicator_id = :i AND v.place_code = p.code AND v.year = :y - 1
				          AND v.month = 12 AND v.superseded_by IS NULL) AS base_year,
				       (SELECT t.kind || ' ' || t.value FROM indicator_target t WHERE t.indicator_id = :i AND t.place_code = p.code AND t.year = :y) AS target,
				       (SELECT amber_margin_pct FROM economy_settings WHERE id = 1) AS margin
				FROM unnest(CAST(:places AS text[])) AS p(code)
				LEFT JOIN LATERAL (SELECT v.month, v.value FROM indicator_value v WHERE v.indicator_id = :i AND v.place_code = p.code
				    AND v.year = :y AND v.month <= :m AND v.superseded_by IS NULL AND v.value IS NOT NULL ORDER BY v.month DESC LIMIT 1) l ON true""";
		Date from = Date.valueOf(LocalDate.of(month.year(), 1, 1));
		Date to = Date.valueOf(month.yearMonth().atDay(1));
		LocalDate first = month.yearMonth().atDay(1);
		LocalDate last = month.yearMonth().atEndOfMonth();
		ZoneId zone = times.zone();
		return Map.of(
				Part.GDP, () -> jdbc.sql(standing).param("i", gdp).param("y", month.year()).param("m", month.month())
					.param("places", new String[] { district }).query().listOfRows(),
				Part.TOWNS, () -> jdbc.sql(standing).param("i", gdp).param("y", month.year()).param("m", month.month())
					.param("places", towns).query().listOfRows(),
				Part.TASKS, () -> {
					jdbc.sql("SELECT t.lead_unit_id, t.status, t.light, count(*) FROM task t WHERE t.parent_id IS NULL "
							+ "GROUP BY t.lead_unit_id, t.status, t.light").query().listOfRows();
					jdbc.sql("SELECT tag, c.status, c.light, sum(c.n) FROM (SELECT t.tags, t.status, t.light, count(*) AS n FROM task t "
							+ "WHERE t.parent_id IS NULL GROUP BY t.tags, t.status, t.light) c CROSS JOIN unnest(c.tags) AS tag "
							+ "GROUP BY tag, c.status, c.light").query().listOfRows();
				},
				Part.DEMANDS, () -> jdbc.sql("""
						SELECT unit_id, sum(assigned), sum(responded_on_time), sum(answered), sum(answered_on_time), sum(rated), sum(resolved),
						       sum(satisfied), sum(basically)
						FROM demand_unit_month WHERE month BETWEEN ? AND ? GROUP BY unit_id ORDER BY sum(assigned) DESC""")
					.params(from, to).query().listOfRows(),
				Part.LEGAL, () -> {
					jdbc.sql("""
							SELECT point_id, count(*) AS received, count(*) FILTER (WHERE status = 'CLOSED') AS closed
							FROM legal_request WHERE (requested_at AT TIME ZONE :zone)::date BETWEEN :from AND :to GROUP BY point_id""")
						.param("zone", zone.getId()).param("from", first).param("to", last).query().listOfRows();
					jdbc.sql("""
							SELECT l.point_id, count(*) FILTER (WHERE l.status = 'HELD') AS held, sum(r.attended) AS attended
							FROM lecture l LEFT JOIN LATERAL (SELECT count(checked_in_at) AS attended FROM lecture_registration
							    WHERE lecture_id = l.id) r ON true
							WHERE l.status <> 'CANCELLED' AND l.starts_at >= :start AND l.starts_at < :end GROUP BY l.point_id""")
						.param("start", first.atStartOfDay(zone).toOffsetDateTime()).param("end", last.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
						.query().listOfRows();
				},
				Part.PROJECTS, () -> {
					jdbc.sql("""
							SELECT p.town_code, p.platform_id, count(*), sum(y.planned), sum(i.done)
							FROM key_project p LEFT JOIN project_year_plan y ON y.project_id = p.id AND y.year = :y
							LEFT JOIN LATERAL (SELECT sum(amount) AS done FROM project_investment WHERE project_id = p.id AND year = :y
							    AND month <= :m) i ON true
							GROUP BY GROUPING SETS ((p.town_code), (p.platform_id))""")
						.param("y", month.year()).param("m", month.month()).query().listOfRows();
					jdbc.sql("SELECT b.id, b.project_id, p.name, b.text, b.task_id, t.light FROM project_blocker b JOIN key_project p ON p.id = b.project_id "
							+ "LEFT JOIN task t ON t.id = b.task_id WHERE b.status <> 'RESOLVED' ORDER BY b.created_at").query().listOfRows();
				});
	}

	private static HttpResponse<byte[]> page(PageSession session, String path) {
		HttpResponse<byte[]> response = session.get(path);
		if (response.statusCode() != 200 || PageSession.text(response).contains("data-outcome")) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + " without its figures");
		}
		return response;
	}
}
