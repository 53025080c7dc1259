package org.luoshi.enterprise.demands.benchmarks;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demands of a district's years, written in SQL: {@link DemandBenchmark}'s data set, and the one the dashboard's
 * benchmark measures its rates part on. Enterprises ({@value #ENTERPRISES}), demands over five years (most closed and
 * rated), and their monthly counts per unit, as the demands module keeps them.
 */
public final class DemandBenchmarkData {

	static final int ENTERPRISES = DemandBenchmark.ENTERPRISES;
	static final int BATCH = DemandBenchmark.BATCH;

	private DemandBenchmarkData() {
	}

	/**
	 * Fills the database with {@code demands} demands of {@value #ENTERPRISES} enterprises over five years and their monthly
	 * counts, unless it holds as many already; also what the dashboard's benchmark fills its large data set with.
	 */
	public static String fill(JdbcClient jdbc, int demands) {
		long have = jdbc.sql("SELECT count(*) FROM demand WHERE number LIKE 'BQ%'").query(Long.class).single();
		if (have >= demands) {
			return "Filled before.";
		}
		long start = System.nanoTime();
		List<Long> towns = jdbc.sql("SELECT id FROM unit WHERE division_code IS NOT NULL AND parent_id IS NOT NULL ORDER BY id").query(Long.class).list();
		List<Long> departments = jdbc.sql("SELECT id FROM unit WHERE type = 'DEPARTMENT' ORDER BY id").query(Long.class).list();
		jdbc.sql("""
				INSERT INTO enterprise (credit_code, name, legal_representative, address, division_code, industry, scale)
				SELECT 'B' || lpad(g::text, 17, '0'), 'BENCH-ENTERPRISE-' || lpad(g::text, 6, '0'), '基准', '蓬江区基准路' || g || '号',
				       (ARRAY['440703002', '440703005', '440703006', '440703101', '440703102', '440703103'])[1 + g % 6], 'C', 'SMALL'
				FROM generate_series(1, ?) g
				ON CONFLICT (credit_code) DO NOTHING""").param(ENTERPRISES).update();
		jdbc.sql("CREATE TEMP TABLE bench_enterprise AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, division_code FROM enterprise "
				+ "WHERE name LIKE 'BENCH-ENTERPRISE-%'").update();
		List<Long> categories = jdbc.sql("SELECT id FROM demand_category ORDER BY id").query(Long.class).list();
		String townArray = "(ARRAY" + towns + ")";
		String departmentArray = "(ARRAY" + departments + ")";
		String categoryArray = "(ARRAY" + categories + ")";
		for (long from = have + 1; from <= demands; from += BATCH) {
			long to = Math.min(demands, from + BATCH - 1);
			// Five years of demands; most closed and rated, some answered, some in hand, some waiting; half with a town.
			jdbc.sql("""
					INSERT INTO demand (number, enterprise_id, division_code, source, type, category_id, title, content, status,
					    handling_unit_id, raised_at, raised_on, time_limit_days, due_on, assigned_at, sign_due_on, signed_at, answer,
					    answered_at, answered_on, rating, resolved, rated_at, rated_unit_id, closed_at, raised_by_name, updated_at)
					SELECT 'BQ' || lpad(g::text, 10, '0'), e.id, e.division_code, 'HOTLINE', 'HELP', %3$s[1 + g %% %4$s],
					       '基准诉求 ' || g, '基准诉求内容 ' || g,
					       s.status, u.unit, r.at, r.day, 10, r.day + 14, r.at, r.day + 1,
					       CASE WHEN s.status NOT IN ('ASSIGNED') THEN r.at + interval '1 day' END,
					       CASE WHEN s.status IN ('ANSWERED', 'CLOSED') THEN '已答复' END,
					       CASE WHEN s.status IN ('ANSWERED', 'CLOSED') THEN r.at + interval '9 days' END,
					       CASE WHEN s.status IN ('ANSWERED', 'CLOSED') THEN r.day + 9 + (g %% 9)::int END,
					       CASE WHEN s.status = 'CLOSED' THEN (ARRAY['SATISFIED', 'SATISFIED', 'BASICALLY', 'UNSATISFIED'])[1 + g %% 4] END,
					       CASE WHEN s.status = 'CLOSED' THEN g %% 5 <> 0 END,
					       CASE WHEN s.status = 'CLOSED' THEN r.at + interval '12 days' END,
					       CASE WHEN s.status = 'CLOSED' THEN u.unit END,
					       CASE WHEN s.status = 'CLOSED' THEN r.at + interval '12 days' END, '基准', r.at
					FROM generate_series(?, ?) g
					JOIN bench_enterprise e ON e.n = g %% %5$s
					CROSS JOIN LATERAL (SELECT (timestamp '2022-01-01 09:00' + ((g * 7919) %% 1826) * interval '1 day') AT TIME ZONE 'Asia/Shanghai' AS at,
					                           date '2022-01-01' + ((g * 7919) %% 1826)::int AS day) r
					CROSS JOIN LATERAL (SELECT CASE WHEN r.day < date '2026-10-01' OR g %% 100 < 60 THEN 'CLOSED' WHEN g %% 100 < 75 THEN 'ANSWERED'
					                               WHEN g %% 100 < 92 THEN 'IN_PROGRESS' WHEN g %% 100 < 98 THEN 'ASSIGNED' ELSE 'RETURNED' END AS status) s
					CROSS JOIN LATERAL (SELECT CASE WHEN g %% 2 = 0 THEN %1$s[1 + g %% %6$s] ELSE %2$s[1 + g %% %7$s] END AS unit) u"""
				.formatted(townArray, departmentArray, categoryArray, categories.size(), ENTERPRISES, towns.size(), departments.size()))
				.params(from, to)
				.update();
			System.out.println("[fill] demands up to " + to);
		}
		jdbc.sql("DELETE FROM demand_unit_month").update();
		jdbc.sql("""
				INSERT INTO demand_unit_month (unit_id, month, assigned, responded_on_time, answered, answered_on_time, rated, resolved,
				    satisfied, basically)
				SELECT handling_unit_id, date_trunc('month', raised_on)::date, count(*),
				       count(*) FILTER (WHERE signed_at IS NOT NULL), count(*) FILTER (WHERE answered_on IS NOT NULL),
				       count(*) FILTER (WHERE answered_on <= due_on), count(*) FILTER (WHERE rating IS NOT NULL),
				       count(*) FILTER (WHERE resolved), count(*) FILTER (WHERE rating = 'SATISFIED'), count(*) FILTER (WHERE rating = 'BASICALLY')
				FROM demand WHERE handling_unit_id IS NOT NULL GROUP BY 1, 2""").update();
		// As autovacuum would have, over the years: the visibility map set, the statistics current.
		jdbc.sql("VACUUM ANALYZE demand").update();
		jdbc.sql("VACUUM ANALYZE demand_unit_month").update();
		return String.format("Filled in %.0f s.", (System.nanoTime() - start) / 1e9);
	}
}
