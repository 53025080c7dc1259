package org.luoshi.supervision.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.luoshi.shared.web.Times;
import org.luoshi.supervision.followup.FollowUpJob;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of supervision in a district, generated in SQL: {@value #GOALS} goals, {@value #TASKS} tasks (a tenth of them
 * subtasks) led by the demo district's departments, towns and subdistricts, and about {@value #REPORTS} progress
 * reports with the other steps of every task's timeline. Filled once per database; {@link #describe()} says what is
 * there.
 *
 * <p>The shape follows a district's year rather than uniform noise: a few units lead many tasks and most lead a few;
 * tags follow a few popular groups; tasks were issued over the past year with deadlines over the coming one, a few
 * already past; weekly tasks report more often than quarterly ones; timelines are stored in the order they happened,
 * as a growing table is. Lights are not invented: the last step of the fill runs the real follow-up job for yesterday,
 * so that every light is the overdue policy's, and today is an ordinary day after it.
 */
public final class SupervisionBenchmarkData {

	static final int GOALS = 50;
	static final int TASKS = Integer.getInteger("bench.tasks", 100_000);
	static final int REPORTS = Integer.getInteger("bench.reports", 1_000_000);
	/** The follow-up job's name in {@code scheduled_job_run}, as {@link FollowUpJob} claims its days. */
	static final String FOLLOW_UP_JOB = "supervision.follow-up";

	private static final String TAGS = """
			('优化营商环境'), ('乡村振兴'), ('民生实事'), ('招商引资'), ('城市更新'), ('生态环境保护'), ('安全生产'), ('科技创新'),
			('教育提质'), ('医疗卫生'), ('交通基础设施'), ('产业升级'), ('数字政府'), ('文化旅游'), ('社会治理'), ('法治建设'),
			('防灾减灾'), ('就业创业'), ('养老服务'), ('住房保障')""";

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final FollowUpJob followUp;
	private final Times times;

	public SupervisionBenchmarkData(DataSource dataSource, JdbcClient jdbc, FollowUpJob followUp, Times times) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.followUp = followUp;
		this.times = times;
	}

	/** What one fill left behind. */
	public record Fill(LocalDate settledDay, int tasks, int reports, double seconds) {
	}

	/** Fills the database unless it holds a complete fill of this size; answers what is there. */
	public Fill ensureFilled() throws SQLException {
		jdbc.sql("CREATE TABLE IF NOT EXISTS bench_fill (settled_day DATE NOT NULL, tasks INT NOT NULL, reports INT NOT NULL, "
				+ "seconds DOUBLE PRECISION NOT NULL)").update();
		var existing = jdbc.sql("SELECT settled_day, tasks, reports, seconds FROM bench_fill")
			.query((rs, row) -> new Fill(rs.getObject("settled_day", LocalDate.class), rs.getInt("tasks"), rs.getInt("reports"),
					rs.getDouble("seconds")))
			.optional();
		if (existing.isPresent() && existing.get().tasks() == TASKS && existing.get().reports() == REPORTS) {
			return existing.get();
		}
		if (existing.isPresent()) {
			throw new IllegalStateException("The database " + SupervisionBenchmarkDatabase.NAME
					+ " holds a fill of another size; run with -Dbench.refill=true to build it again");
		}
		removeDemoSupervision();
		return fill();
	}

	/**
	 * A fresh database has the demo's goals and tasks, loaded with the demo accounts the benchmarks sign in with; the
	 * fill numbers its own goals and tasks from scratch, so the demo's supervision data goes first (with its timeline,
	 * units, milestones and search entries), and the organization and accounts stay.
	 */
	private void removeDemoSupervision() {
		jdbc.sql("TRUNCATE goal, task CASCADE").update();
		jdbc.sql("DELETE FROM search_document WHERE type IN ('goal', 'task')").update();
	}

	private Fill fill() throws SQLException {
		long started = System.nanoTime();
		LocalDate today = times.today();
		Instant now = times.now();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("SET work_mem = '256MB'");
			sql.execute("SET maintenance_work_mem = '512MB'");
			sql.execute("SELECT setseed(0.20261201)");
			Map<String, String> values = Map.of(":today", "DATE '" + today + "'", ":now", "TIMESTAMPTZ '" + now + "'",
					":tasks", String.valueOf(TASKS), ":top", String.valueOf(TASKS - TASKS / 10), ":goals", String.valueOf(GOALS),
					":admin", String.valueOf(single(sql, "SELECT id FROM account WHERE username = 'demo-admin'")),
					":leader", String.valueOf(single(sql, "SELECT id FROM account WHERE username = 'demo-leader'")),
					":district", String.valueOf(single(sql, "SELECT id FROM unit WHERE parent_id IS NULL")));
			for (String statement : stagingStatements()) {
				execute(sql, statement, values);
			}
			long units = single(sql, "SELECT count(*) FROM bench_lead");
			if (units == 0) {
				throw new IllegalStateException("No departments, towns or subdistricts: the demo organization is missing");
			}
			progress("staged goals, tasks, units and milestones", started);
			// Each task reports in proportion to the report cycles it has been worked on; the scale brings the total to
			// the target, and rounding at random keeps it there on average.
			double weights = doubleValue(sql, "SELECT sum(weight) FROM bench_reporting");
			execute(sql, reportsStatement(REPORTS / weights), values);
			execute(sql, otherEventsStatement(), values);
			progress("staged the timelines", started);
			for (String statement : finalStatements()) {
				execute(sql, statement, values);
			}
			progress("wrote the tables", started);
			List<String> indexes = new ArrayList<>();
			try (ResultSet rs = sql.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'task_event' "
					+ "AND indexname <> 'task_event_pkey'")) {
				while (rs.next()) {
					indexes.add(rs.getString("indexname") + "\t" + rs.getString("indexdef"));
				}
			}
			for (String index : indexes) {
				sql.execute("DROP INDEX " + index.split("\t")[0]);
			}
			execute(sql, """
					INSERT INTO task_event (task_id, kind, actor_account_id, actor_name, unit_id, text, percent, data, created_at)
					SELECT task_id, kind, actor_account_id, actor_name, unit_id, text, percent, data, created_at
					FROM bench_event ORDER BY created_at, task_id""", values);
			for (String index : indexes) {
				sql.execute(index.split("\t")[1]);
			}
			sql.execute("DROP TABLE bench_event, bench_reporting, bench_task, bench_draw, bench_lead, bench_tag, bench_parent");
			sql.execute("VACUUM ANALYZE goal, task, task_unit, milestone, task_event");
			progress("wrote the timelines", started);
		}
		// Yesterday's follow-up sets every light by the policy and reminds whoever was due, as the daily job would have.
		LocalDate settled = today.minusDays(1);
		String settledRun = followUp.runFor(settled).orElseThrow();
		// The job reminds every task at once on its first day; in a district it has run for a year, a task is reminded
		// every few days, so the reminders are spread back over the days before today.
		jdbc.sql("UPDATE task SET last_reminded_at = last_reminded_at - (1 + floor(random() * 3)) * interval '1 day' "
				+ "WHERE last_reminded_at IS NOT NULL").update();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("VACUUM ANALYZE task, task_event");
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		progress("settled the lights (" + settledRun + ")", started);
		jdbc.sql("INSERT INTO bench_fill (settled_day, tasks, reports, seconds) VALUES (?, ?, ?, ?)")
			.params(settled, TASKS, REPORTS, seconds)
			.update();
		return new Fill(settled, TASKS, REPORTS, seconds);
	}

	/** The data's shape as the tables hold it: for the report beside the figures. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append(jdbc.sql("SELECT format('%s goals, %s tasks (%s top-level), %s task units, %s milestones, %s timeline entries of which "
				+ "%s progress reports and contributions', (SELECT count(*) FROM goal), (SELECT count(*) FROM task), "
				+ "(SELECT count(*) FROM task WHERE parent_id IS NULL), (SELECT count(*) FROM task_unit), (SELECT count(*) FROM milestone), "
				+ "(SELECT count(*) FROM task_event), (SELECT count(*) FROM task_event WHERE kind IN ('PROGRESS', 'CONTRIBUTION')))")
			.query(String.class)
			.single()).append('\n');
		text.append("Statuses: ").append(jdbc.sql("SELECT string_agg(format('%s %s (%s%%)', status, n, share), ', ' ORDER BY n DESC) "
				+ "FROM (SELECT status, count(*) AS n, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS share FROM task GROUP BY status) s")
			.query(String.class)
			.single()).append('\n');
		text.append("Lights of open tasks: ").append(jdbc.sql("SELECT string_agg(format('%s %s (%s%% of open, %s%% of all)', light, n, share, "
				+ "round(100.0 * n / (SELECT count(*) FROM task), 1)), ', ' ORDER BY n DESC) "
				+ "FROM (SELECT light, count(*) AS n, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS share FROM task "
				+ "WHERE status IN ('ISSUED', 'RETURNED', 'IN_PROGRESS', 'COMPLETION_REQUESTED') GROUP BY light) s")
			.query(String.class)
			.single()).append('\n');
		text.append("Sizes: ").append(jdbc.sql("SELECT format('task %s, task_event %s (with indexes)', "
				+ "pg_size_pretty(pg_total_relation_size('task')), pg_size_pretty(pg_total_relation_size('task_event')))")
			.query(String.class)
			.single()).append('\n');
		return text.toString();
	}

	private static List<String> stagingStatements() {
		return List.of("""
				CREATE TEMP TABLE bench_tag (n SERIAL, tag TEXT);
				INSERT INTO bench_tag (tag) VALUES """ + TAGS, """
				-- Lead units in a fixed order that is not the organization's: the order decides who leads many tasks.
				CREATE TEMP TABLE bench_lead AS
				SELECT row_number() OVER (ORDER BY md5(name)) AS n, id FROM unit
				WHERE type IN ('DEPARTMENT', 'TOWN', 'SUBDISTRICT') AND active""", """
				INSERT INTO goal (title, description, source, year, owner_unit_id, published, created_by, created_at, updated_at)
				SELECT format('%s重点任务（第%s部分）', (ARRAY['区政府工作报告', '区委全会部署', '民生实事', '区委经济工作会议',
					'市督查反馈问题整改', '人大代表建议办理', '高质量发展大会', '百千万工程', '营商环境改革', '安全生产专项整治'])[1 + (g - 1) % 10],
					1 + (g - 1) / 10),
					'年度重点工作的分解落实', 'MANUAL', CASE WHEN g <= 10 THEN extract(year FROM :today)::int - 1
					ELSE extract(year FROM :today)::int END, :district, g % 5 = 0, :admin, :now - (400 - g) * interval '1 day',
					:now - (400 - g) * interval '1 day'
				FROM generate_series(1, :goals) g""", """
				CREATE TEMP TABLE bench_draw AS
				SELECT g AS key, g > :top AS sub, random() AS r_status, random() AS r_deadline, random() AS r_deadline2,
					random() AS r_snap, random() AS r_issued, random() AS r_signed, random() AS r_finished, random() AS r_lead,
					random() AS r_co, random() AS r_co1, random() AS r_co2, random() AS r_cycle, random() AS r_priority,
					random() AS r_goal, random() AS r_tag1, random() AS r_tag2, random() AS r_tag3, random() AS r_tags,
					random() AS r_text1, random() AS r_text2, random() AS r_text3, random() AS r_published, random() AS r_parent,
					random() AS r_milestones
				FROM generate_series(1, :tasks) g""", """
				-- What a subtask can hang under: top-level tasks that were issued and are not cancelled.
				CREATE TEMP TABLE bench_parent AS
				SELECT row_number() OVER (ORDER BY key) AS n, key FROM bench_draw
				WHERE NOT sub AND r_status >= 0.04 AND r_status < 0.97;
				CREATE INDEX ON bench_parent (n)""", """
				CREATE TEMP TABLE bench_task AS
				WITH status AS (
					SELECT d.*, CASE WHEN r_status < 0.04 THEN 'DRAFT' WHEN r_status < 0.10 THEN 'ISSUED'
						WHEN r_status < 0.12 THEN 'RETURNED' WHEN r_status < 0.72 THEN 'IN_PROGRESS'
						WHEN r_status < 0.77 THEN 'COMPLETION_REQUESTED' WHEN r_status < 0.97 THEN 'CLOSED' ELSE 'CANCELLED' END AS status
					FROM bench_draw d
				), deadline AS (
					SELECT s.*, CASE
						WHEN status = 'DRAFT' THEN CASE WHEN r_deadline < 0.3 THEN NULL ELSE :today + 30 + floor(r_deadline2 * 300)::int END
						WHEN status = 'CLOSED' THEN :today - 300 + floor(r_deadline2 * 330)::int
						WHEN status = 'CANCELLED' THEN :today - 200 + floor(r_deadline2 * 400)::int
						WHEN r_deadline < 0.075 THEN :today - 1 - floor(r_deadline2 * 90)::int
						WHEN r_deadline < 0.11 THEN :today + floor(r_deadline2 * 8)::int
						WHEN r_snap < 0.4 THEN (date_trunc('month', :today + 8 + floor(r_deadline2 * 392)::int) + interval '1 month - 1 day')::date
						ELSE :today + 8 + floor(r_deadline2 * 392)::int END AS deadline
					FROM status s
				), issued AS (
					SELECT d.*, CASE
						WHEN status = 'DRAFT' OR (status = 'CANCELLED' AND r_issued < 0.5) THEN NULL
						WHEN status = 'ISSUED' THEN :now - r_issued * 8 * interval '1 day'
						WHEN status = 'CLOSED' THEN least(:now - (30 + r_issued * 335) * interval '1 day', deadline - 20 + interval '10 hours')
						ELSE least(:now - (14 + r_issued * 351) * interval '1 day', deadline - 30 + interval '10 hours') END AS issued_at
					FROM deadline d
				), signed AS (
					SELECT i.*, CASE WHEN status IN ('IN_PROGRESS', 'COMPLETION_REQUESTED', 'CLOSED')
						THEN issued_at + (0.1 + r_signed * 3) * interval '1 day' END AS signed_at
					FROM issued i
				), finished AS (
					SELECT s.*, CASE
						WHEN status = 'COMPLETION_REQUESTED' THEN greatest(signed_at + interval '1 day', :now - r_finished * 20 * interval '1 day')
						WHEN status = 'CLOSED' THEN least(:now - interval '1 day',
							greatest(signed_at + interval '2 days', deadline - 60 + floor(r_finished * 75)::int + interval '15 hours'))
						END AS completion_requested_at
					FROM signed s
				)
				SELECT f.*,
					CASE WHEN status = 'CLOSED' THEN least(:now, completion_requested_at + r_finished * 7 * interval '1 day') END AS closed_at,
					coalesce(issued_at, :now - r_issued * 30 * interval '1 day') - r_signed * 5 * interval '1 day' AS created_at,
					CASE WHEN status = 'DRAFT' AND r_lead < 0.3 THEN NULL
						ELSE (SELECT id FROM bench_lead WHERE n = 1 + floor((SELECT count(*) FROM bench_lead) * power(f.r_lead, 1.6))::int) END AS lead_unit_id,
					CASE WHEN r_cycle < 0.2 THEN 'WEEKLY' WHEN r_cycle < 0.85 THEN 'MONTHLY' ELSE 'QUARTERLY' END AS report_cycle,
					CASE WHEN r_priority < 0.15 THEN 'HIGH' WHEN r_priority < 0.9 THEN 'NORMAL' ELSE 'LOW' END AS priority,
					CASE WHEN sub THEN (SELECT key FROM bench_parent WHERE n = 1 + floor((SELECT count(*) FROM bench_parent) * f.r_parent)::int) END AS parent_key,
					1 + floor(:goals * power(r_goal, 1.3))::int AS goal_n,
					ARRAY(SELECT tag FROM (SELECT tag, min(o) AS o FROM unnest((ARRAY[
							(SELECT tag FROM bench_tag WHERE n = 1 + floor(20 * power(f.r_tag1, 1.5))::int),
							(SELECT tag FROM bench_tag WHERE n = 1 + floor(20 * f.r_tag2)::int),
							(SELECT tag FROM bench_tag WHERE n = 1 + floor(20 * f.r_tag3)::int)])[1:1 + floor(f.r_tags * 3)::int])
						WITH ORDINALITY AS u(tag, o) GROUP BY tag) t ORDER BY o) AS tags,
					(ARRAY['加快推进', '全面完成', '持续深化', '统筹推进', '高标准建设', '有序推进', '大力实施', '着力提升', '扎实开展', '稳步推进'])[1 + floor(r_text1 * 10)::int]
					|| (ARRAY['江门人才岛开发建设', '高新区产业园提质增效', '老旧小区改造', '农村人居环境整治', '重点项目投资', '“百千万工程”示范镇建设',
						'营商环境综合改革', '数字政府基础能力建设', '中小学学位扩容', '基层医疗卫生服务能力提升', '河湖长制落实', '城市更新单元改造',
						'村级工业园升级改造', '招商引资签约项目落地', '安全生产专项整治', '社会治安综合治理', '居家养老服务体系建设', '公共文化设施建设',
						'交通路网完善', '生活垃圾分类处理'])[1 + floor(r_text2 * 20)::int]
					|| (ARRAY['，年内完成既定目标任务。', '，确保按期完成年度任务。', '，形成可复制推广的经验做法。',
						'，全年完成投资' || (2 + floor(r_text3 * 40)::int) || '亿元。', '，新增' || (10 + floor(r_text3 * 500)::int) || '个服务点位。',
						'，完成率达到' || (80 + floor(r_text3 * 20)::int) || '%以上，并建立长效管理机制，定期向区委区政府报告进展情况。'])[1 + floor(r_text3 * 6)::int]
						AS content
				FROM finished f""", """
				-- Final ids in the order the tasks were created, after any task already in the table.
				ALTER TABLE bench_task ADD COLUMN id BIGINT;
				UPDATE bench_task b SET id = o.id FROM (SELECT key, (SELECT coalesce(max(id), 0) FROM task)
					+ row_number() OVER (ORDER BY created_at, key) AS id FROM bench_task) o WHERE o.key = b.key;
				ALTER TABLE bench_task ADD COLUMN parent_id BIGINT, ADD COLUMN goal_id BIGINT, ADD COLUMN seq INT;
				UPDATE bench_task b SET parent_id = p.id FROM bench_task p WHERE p.key = b.parent_key;
				-- A subtask belongs to its parent's goal.
				UPDATE bench_task b SET goal_id = g.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n
					FROM (SELECT id FROM goal ORDER BY id DESC LIMIT :goals) newest) g WHERE g.n = b.goal_n AND NOT b.sub;
				UPDATE bench_task b SET goal_id = p.goal_id FROM bench_task p WHERE p.id = b.parent_id;
				UPDATE bench_task b SET seq = s.seq FROM (SELECT id, row_number() OVER (PARTITION BY goal_id, parent_id ORDER BY id) AS seq
					FROM bench_task) s WHERE s.id = b.id;
				CREATE INDEX ON bench_task (id)""", """
				CREATE TEMP TABLE bench_task_unit AS
				SELECT id AS task_id, lead_unit_id AS unit_id, 'LEAD' AS role FROM bench_task WHERE lead_unit_id IS NOT NULL
				UNION
				SELECT t.id, l.id, 'CO' FROM bench_task t JOIN bench_lead l
					ON l.n IN (1 + floor((SELECT count(*) FROM bench_lead) * t.r_co1)::int, CASE WHEN t.r_co > 0.66
						THEN 1 + floor((SELECT count(*) FROM bench_lead) * t.r_co2)::int END)
				WHERE t.r_co > 0.33 AND t.lead_unit_id IS NOT NULL AND l.id <> t.lead_unit_id""", """
				-- A third of the issued tasks have one to three milestones between issue and deadline; most past ones were
				-- reached around their date, a quarter not (which turns a task yellow), and a closed task reached them all.
				CREATE TEMP TABLE bench_milestone AS
				SELECT t.id AS task_id, k AS seq, (ARRAY['完成方案编制', '完成立项审批', '完成招标采购', '主体工程完工', '完成阶段验收'])[1 + (k + t.key) % 5] AS title,
					(t.issued_at AT TIME ZONE 'Asia/Shanghai')::date
						+ ((t.deadline - (t.issued_at AT TIME ZONE 'Asia/Shanghai')::date) * k / (n + 1)) AS due_date, t.status
				FROM (SELECT *, 1 + floor(r_milestones * 100)::int % 3 AS n FROM bench_task) t, generate_series(1, t.n) k
				WHERE t.r_milestones < 0.35 AND t.issued_at IS NOT NULL AND t.deadline IS NOT NULL;
				ALTER TABLE bench_milestone ADD COLUMN reached_at TIMESTAMPTZ;
				UPDATE bench_milestone SET reached_at = least(:now, due_date - floor(random() * 10)::int + interval '16 hours')
				WHERE status = 'CLOSED' OR (due_date < :today AND random() < 0.75)""", """
				CREATE TEMP TABLE bench_reporting AS
				SELECT t.id, t.key, t.signed_at AS start_at, coalesce(t.completion_requested_at, :now) AS end_at, t.deadline, t.lead_unit_id,
					coalesce(co.units, '{}') AS co_units,
					extract(epoch FROM coalesce(t.completion_requested_at, :now) - t.signed_at) / 86400.0
						/ CASE t.report_cycle WHEN 'WEEKLY' THEN 7 WHEN 'MONTHLY' THEN 31 ELSE 92 END AS weight
				FROM bench_task t LEFT JOIN (SELECT task_id, array_agg(unit_id ORDER BY unit_id) AS units FROM bench_task_unit
					WHERE role = 'CO' GROUP BY task_id) co ON co.task_id = t.id
				WHERE t.signed_at IS NOT NULL""", """
				CREATE TEMP TABLE bench_event (task_id BIGINT, kind TEXT, actor_account_id BIGINT, actor_name TEXT, unit_id BIGINT, text TEXT,
					percent INT, data JSONB DEFAULT '{}', created_at TIMESTAMPTZ)""");
	}

	private static String reportsStatement(double scale) {
		return """
				INSERT INTO bench_event (task_id, kind, actor_name, unit_id, text, percent, created_at)
				SELECT id, CASE WHEN contribution THEN 'CONTRIBUTION' ELSE 'PROGRESS' END,
					(ARRAY['梁家豪', '谢文博', '吴敏仪', '冯嘉欣', '何俊杰', '周雅婷', '罗志明', '李建华', '陈晓东', '张丽娟', '黄伟强', '林美玲',
						'刘志强', '杨秀英', '赵国平', '钟伟文', '麦嘉怡', '区国强', '谭慧敏', '关永康'])[1 + floor(r_name * 20)::int],
					CASE WHEN contribution THEN co_units[1 + floor(r_unit * cardinality(co_units))::int] ELSE lead_unit_id END,
					array_to_string(ARRAY(SELECT phrase FROM unnest(ARRAY['已完成项目可行性研究报告编制', '正在开展征地拆迁工作', '主体工程已完成约六成',
						'召开专题协调会研究推进措施', '已组织专家评审并通过', '配套资金已落实到位', '施工单位已进场施工', '完成招标采购程序',
						'正在办理用地审批手续', '已形成初步工作方案并征求相关部门意见', '方案已报区政府审定', '开展实地督导检查两次',
						'对发现的问题已督促整改到位', '完成入户走访调查' || (50 + floor(r_text * 400)::int) || '户', '组织召开部门联席会议',
						'已与企业签订合作协议', '正在开展竣工验收前准备工作', '累计完成工程量过半', '存在资金缺口，已申请上级补助资金',
						'受天气影响进度略有滞后，已增加施工力量', '完成年度投资计划的' || (20 + floor(r_text * 80)::int) || '%',
						'宣传发动工作已全面铺开', '已建立工作台账，实行挂图作战', '配合牵头单位提供相关资料', '下一步将加快推进后续工作'])
						AS phrase ORDER BY random() LIMIT 2 + seq % 5), '；') || '。',
					CASE WHEN contribution THEN NULL
						ELSE least(95, greatest(0, round(100 * (0.7 + 0.5 * r_percent) * extract(epoch FROM reported_at - start_at)
							/ greatest(86400, extract(epoch FROM (deadline + interval '18 hours') - start_at)))))::int END,
					reported_at
				FROM (SELECT r.*, k AS seq, r.start_at + random() * (r.end_at - r.start_at) AS reported_at,
						cardinality(r.co_units) > 0 AND random() < 0.25 AS contribution,
						random() AS r_name, random() AS r_unit, random() AS r_text, random() AS r_percent
					FROM bench_reporting r, generate_series(1, floor(r.weight * :scale + random())::int) k) reports""".replace(":scale", String.valueOf(scale));
	}

	private static String otherEventsStatement() {
		return """
				INSERT INTO bench_event (task_id, kind, actor_account_id, actor_name, unit_id, text, data, created_at)
				SELECT id, 'CREATED', :admin, '陈志远', NULL, NULL, '{}', created_at FROM bench_task
				UNION ALL SELECT id, 'ISSUED', :admin, '陈志远', lead_unit_id, NULL, jsonb_build_object('deadline', deadline), issued_at
					FROM bench_task WHERE issued_at IS NOT NULL
				UNION ALL SELECT id, 'SIGNED', NULL, '梁家豪', lead_unit_id, NULL, '{}', signed_at FROM bench_task WHERE signed_at IS NOT NULL
				UNION ALL SELECT id, 'RETURNED', NULL, '谢文博', lead_unit_id, '职责不在本单位，建议调整牵头单位', '{}', issued_at + interval '1 day'
					FROM bench_task WHERE status = 'RETURNED'
				UNION ALL SELECT id, 'COMPLETION_REQUESTED', NULL, '谢文博', lead_unit_id, '已按要求完成全部任务，申请销号。', '{}', completion_requested_at
					FROM bench_task WHERE completion_requested_at IS NOT NULL
				UNION ALL SELECT id, 'CLOSED', :admin, '陈志远', NULL, '经审核，同意销号。', '{}', closed_at FROM bench_task WHERE closed_at IS NOT NULL
				UNION ALL SELECT id, 'CANCELLED', :admin, '陈志远', NULL, '任务调整，予以撤销。', '{}', least(:now, created_at + interval '20 days')
					FROM bench_task WHERE status = 'CANCELLED'
				UNION ALL SELECT id, 'INSTRUCTION', :leader, '黄国栋', NULL, '请加快进度，确保按期完成。', '{}',
					signed_at + random() * (:now - signed_at) FROM bench_task WHERE status = 'IN_PROGRESS' AND r_published < 0.03""";
	}

	private static List<String> finalStatements() {
		return List.of("""
				-- The latest report of the lead unit is what the task shows: its percent, its text, its time.
				CREATE TEMP TABLE bench_latest AS
				SELECT DISTINCT ON (task_id) task_id, percent, text, created_at FROM bench_event WHERE kind = 'PROGRESS'
				ORDER BY task_id, created_at DESC""", """
				INSERT INTO task (id, goal_id, parent_id, seq, content, tags, source, issuer_unit_id, lead_unit_id, deadline,
					original_deadline, priority, report_cycle, status, light, percent, progress_text, last_report_at, issued_at, issued_by,
					sign_due, signed_at, completion_requested_at, closed_at, published, created_by, created_at, updated_at)
				SELECT t.id, t.goal_id, t.parent_id, t.seq, t.content, t.tags, 'MANUAL', :district, t.lead_unit_id, t.deadline, t.deadline,
					t.priority, t.report_cycle, t.status, 'GREEN', CASE WHEN t.status = 'CLOSED' THEN 100 ELSE coalesce(l.percent, 0) END,
					l.text, l.created_at, t.issued_at, CASE WHEN t.issued_at IS NOT NULL THEN :admin END,
					(t.issued_at AT TIME ZONE 'Asia/Shanghai')::date + 3, t.signed_at, t.completion_requested_at, t.closed_at,
					t.r_published < 0.2, :admin, t.created_at,
					greatest(t.created_at, t.issued_at, t.signed_at, l.created_at, t.completion_requested_at, t.closed_at)
				FROM bench_task t LEFT JOIN bench_latest l ON l.task_id = t.id ORDER BY t.id""", """
				SELECT setval(pg_get_serial_sequence('task', 'id'), (SELECT max(id) FROM task))""", """
				INSERT INTO task_unit (task_id, unit_id, role) SELECT task_id, unit_id, role FROM bench_task_unit ORDER BY task_id""", """
				INSERT INTO milestone (task_id, seq, title, due_date, reached_at)
				SELECT task_id, seq, title, due_date, reached_at FROM bench_milestone ORDER BY task_id, seq""", """
				DROP TABLE bench_latest, bench_task_unit, bench_milestone""");
	}

	private static void execute(Statement sql, String statements, Map<String, String> values) throws SQLException {
		String text = statements;
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace(value.getKey(), value.getValue());
		}
		sql.execute(text);
	}

	private static long single(Statement sql, String query) throws SQLException {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static double doubleValue(Statement sql, String query) throws SQLException {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getDouble(1);
		}
	}

	private static void progress(String step, long started) {
		System.out.printf(Locale.ROOT, "[fill] %s after %.0f s%n", step, (System.nanoTime() - started) / 1e9);
	}
}
