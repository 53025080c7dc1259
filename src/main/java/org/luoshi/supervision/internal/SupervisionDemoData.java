package org.luoshi.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.DecideExtension;
import org.luoshi.supervision.TaskCommands.IssueNotice;
import org.luoshi.supervision.TaskCommands.MilestoneInput;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year's deployment of the district's plenary and economic-work conference as the supervision office would hold it
 * after review — the goal of a GDP of 1000 亿元, the task groups, the towns, platforms and projects the conference
 * named, written in our own words — with the units at work on it: tasks signed for and reported on, one waiting to be
 * signed (by demo-dept), one returned, one asking for more time, one closed, one at risk and one late, reminded and
 * sent a supervision notice. Everything goes through the services, so timelines, audit entries, notifications and
 * the search index are as real use leaves them; only the dates of the late task are moved back afterwards, since no
 * service lets anyone issue work that is late already.
 */
@Component
class SupervisionDemoData implements DemoDataLoader {

	private final GoalService goals;
	private final TaskService tasks;
	private final Units units;
	private final AccountDirectory accounts;
	private final JdbcClient jdbc;
	private final Times times;
	private final org.luoshi.economy.EconomicIndicators economy;

	SupervisionDemoData(GoalService goals, TaskService tasks, Units units, AccountDirectory accounts, JdbcClient jdbc, Times times,
			org.luoshi.economy.EconomicIndicators economy) {
		this.economy = economy;
		this.goals = goals;
		this.tasks = tasks;
		this.units = units;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public int order() {
		return 40;
	}

	/** The district's division code, where the economy module keeps the district's figures and targets. */
	private String districtCode() {
		return economy.places().stream().filter(org.luoshi.economy.IndicatorPlace::district).findFirst().orElseThrow().code();
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM goal").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = times.today();
		int year = today.getYear();
		Actor office = account("demo-admin");
		Actor leader = account("demo-leader");

		GoalDetails gdp = goals.createGoal(new CreateGoal(year + "年全力冲刺千亿GDP强区重点任务",
				"区委全会暨区委经济工作会议部署的年度重点任务，由区委区政府督查室跟踪督办，各牵头单位按月报送进展。", year, "地区生产总值（GDP）",
				new BigDecimal("1000"), "亿元", ">=", LocalDate.of(year, 12, 31).toString(), true, "GDP", districtCode()), office);

		String bayArea = "融入大湾区建设";
		String ruleOfLaw = "法治蓬江平安蓬江";
		String towns = "城乡融合与镇域经济";
		String livelihood = "高品质生活";

		TaskDetails cluster = task(gdp, office, "建设大型产业集聚区蓬江片区：先行启动区年内具备招商条件，产业会客厅投入使用，连片产业用地完成整备。", bayArea,
				"区发改局", days(today, 150), Priority.HIGH, ReportCycle.MONTHLY, List.of("棠下镇", "荷塘镇", "杜阮镇"),
				List.of(new MilestoneInput("完成先行启动区土地整备", days(today, 60))));
		work(cluster, "何俊杰", "区发改局", 45, "先行启动区控制性详规已批复，土地整备完成约四成，产业会客厅主体结构封顶。");
		tasks.instruct(cluster.id(), "要倒排工期、挂图作战，每月向区委报告一次进展。", leader);

		TaskDetails riverside = task(gdp, office, "滨江新区中央商务区建成主干路网，同步配齐学校、医院、公园和绿道，形成产城融合的示范片区。", bayArea, "区住建局",
				days(today, 40), Priority.NORMAL, ReportCycle.MONTHLY, List.of("环市街道"), List.of());
		Actor housing = work(riverside, "区住建局经办人", "区住建局", 60, "中央商务区路网和两所学校已开工，公园绿道完成方案设计。");
		tasks.requestExtension(new RequestExtension(riverside.id(), days(today, 100), "绿道征地涉及多宗历史遗留问题，需延长两个月协调。"), housing);

		task(gdp, office, "把环五邑华侨广场商圈建成展示侨都文化的窗口，完成街区改造和侨史展陈。", bayArea, "区文广旅体局", days(today, 120), Priority.NORMAL,
				ReportCycle.QUARTERLY, List.of("白沙街道"), List.of());

		TaskDetails legalPoints = task(gdp, office, "在棠下产业园、荷塘康溪产业园和火炬园各设一个公共法律服务站，企业在一处即可办理公证、调解、法律援助等事项。", ruleOfLaw,
				"区司法局", days(today, 90), Priority.HIGH, ReportCycle.MONTHLY, List.of("棠下镇", "荷塘镇"),
				List.of(new MilestoneInput("棠下产业园服务站挂牌", days(today, 30))));
		Actor justice = account("demo-dept");
		tasks.sign(legalPoints.id(), justice);
		tasks.reportProgress(new ReportProgress(legalPoints.id(), "棠下产业园服务站已选址，人民调解、法律援助窗口正在装修。", 35, List.of()), justice);
		tasks.reportProgress(new ReportProgress(legalPoints.id(), "已提供产业园服务中心一楼场地约200平方米。", null, List.of()),
				account("demo-town"));

		task(gdp, office, "由区级法律服务专家小组按园区企业点单，每季度开一场公益法治讲座。", ruleOfLaw, "区司法局",
				days(today, 200), Priority.NORMAL, ReportCycle.QUARTERLY, List.of("区工商联"), List.of());

		TaskDetails thousandTowns = task(gdp, office, "支持棠下镇、杜阮镇做大镇域经济，力争在全国千强镇排名中继续前移。", towns, "棠下镇",
				days(today, 180), Priority.HIGH, ReportCycle.QUARTERLY, List.of("杜阮镇", "区统计局"), List.of());
		tasks.sign(thousandTowns.id(), account("demo-town"));
		tasks.reportProgress(new ReportProgress(thousandTowns.id(), "前三季度镇域工业总产值同比增长，重点企业技改项目已全部入库。", 70,
				List.of()), account("demo-town"));

		TaskDetails bitterMelon = task(gdp, office, "围绕杜阮凉瓜发展种植、加工和乡村旅游，形成镇域特色产业链。", towns, "杜阮镇",
				days(today, 20), Priority.NORMAL, ReportCycle.MONTHLY, List.of(), List.of());
		work(bitterMelon, "杜阮镇经办人", "杜阮镇", 40, "凉瓜标准化种植基地扩至三百亩，深加工项目正在洽谈。");
		makeLate(bitterMelon, today);
		tasks.remind(bitterMelon.id(), "该任务已超过完成时限，请于三个工作日内报送最新进展和整改措施。", office);
		tasks.issueNotice(new IssueNotice(bitterMelon.id(), "一二三产业融合项目进度滞后，已超过完成时限且本月未报送进展。",
				"请说明滞后原因，提出整改措施和新的完成时限，书面报区委区政府督查室。", days(today, 5)), office);

		task(gdp, office, "完成荷塘镇各村人居环境整治，年底前通过区级验收。", towns, "荷塘镇", days(today, 5), Priority.NORMAL, ReportCycle.MONTHLY,
				List.of("区住建局"), List.of());

		TaskDetails livelihoodProjects = task(gdp, office, "办好年度十件民生实事，逐项明确责任单位和完成时限。", livelihood, "区财政局",
				days(today, 60), Priority.NORMAL, ReportCycle.MONTHLY, List.of(), List.of());
		work(livelihoodProjects, "区财政局经办人", "区财政局", 80, "十件民生实事资金已拨付八成，其余随工程进度拨付。");

		Actor tangxia = account("demo-town");
		TaskDetails serviceHall = task(gdp, office, "完成棠下镇便民服务中心“一窗通办”改造，企业和群众办事只进一扇门。", livelihood, "棠下镇",
				days(today, 30), Priority.NORMAL, ReportCycle.MONTHLY, List.of(), List.of());
		tasks.sign(serviceHall.id(), tangxia);
		tasks.reportProgress(new ReportProgress(serviceHall.id(), "综合窗口改造完工，正在试运行。", 90, List.of()), tangxia);
		TaskDetails done = tasks.requestCompletion(new RequestCompletion(serviceHall.id(), "“一窗通办”已正式运行，附验收意见。",
				List.of(tasks.uploadEvidence("便民服务中心改造验收意见.txt", "text/plain",
						"便民服务中心改造验收意见（演示数据）".getBytes(java.nio.charset.StandardCharsets.UTF_8), tangxia).id())), tangxia);
		tasks.review(new Review(done.id(), true, "经现场核查，同意销号。"), office);

		task(gdp, office, "保利时光汇、中铁建江门总部基地和区文化中心三个项目按年度计划完成投资，每月报送形象进度。", livelihood, "区发改局", days(today, 240), Priority.NORMAL,
				ReportCycle.MONTHLY, List.of("环市街道", "区文广旅体局"), List.of());

		TaskDetails yachts = task(gdp, office, "招引游艇制造和低空经济企业，培育两个特色产业集群。", bayArea, "区工信局", days(today, 270), Priority.NORMAL,
				ReportCycle.QUARTERLY, List.of(), List.of());
		tasks.returnTask(yachts.id(), "涉及产业规划和招商引资，建议由区发改局牵头、我局配合。", handler("区工信局经办人", "区工信局"));

		GoalDetails visits = goals.createGoal(new CreateGoal("区领导走访政协委员企业交办事项", "区政协走访委员企业时收集的企业诉求，经区领导批示交办。",
				year, null, null, null, null, null, false), office);
		task(visits, office, "协调解决委员企业扩大产能的用地和用电问题，及时向企业反馈办理结果。", "企业诉求", "区工信局", days(today, 45),
				Priority.HIGH, ReportCycle.WEEKLY, List.of("棠下镇"), List.of());

		tasks.decideExtension(new DecideExtension(riverside.id(), true, "同意延期，请按新时限推进。"), office);
		tasks.requestExtension(new RequestExtension(cluster.id(), days(today, 200), "部分地块涉及基本农田调整，需待上级批复。"),
				handler("何俊杰", "区发改局"));
	}

	private TaskDetails task(GoalDetails goal, Actor office, String content, String group, String lead, String deadline,
			Priority priority, ReportCycle cycle, List<String> coUnits, List<MilestoneInput> milestones) {
		return tasks.createTask(new CreateTask(goal.id(), null, content, List.of(group), unit(lead),
				coUnits.stream().map(this::unit).toList(), null, deadline, priority, cycle, milestones, goal.published(), true), office);
	}

	/** The lead unit signs for the task and reports progress, as the named handler. */
	private Actor work(TaskDetails task, String handlerName, String unitName, int percent, String progress) {
		Actor handler = handler(handlerName, unitName);
		tasks.sign(task.id(), handler);
		tasks.reportProgress(new ReportProgress(task.id(), progress, percent, List.of()), handler);
		return handler;
	}

	/**
	 * A task issued months ago whose deadline has passed without a report: its dates are moved back, then any step on it
	 * applies the policy and shows it red.
	 */
	private void makeLate(TaskDetails task, LocalDate today) {
		jdbc.sql("UPDATE task SET deadline = :deadline, issued_at = issued_at - interval '90 days', signed_at = signed_at - interval '88 days', "
				+ "sign_due = sign_due - 90, last_report_at = last_report_at - interval '40 days' WHERE id = :id")
			.param("deadline", today.minusDays(10))
			.param("id", task.id())
			.update();
		jdbc.sql("UPDATE task_event SET created_at = created_at - interval '40 days' WHERE task_id = ?").param(task.id()).update();
	}

	/** Someone handling a unit's tasks: the demo staff member of that unit where there is one. */
	private Actor handler(String fallbackName, String unitName) {
		long unitId = unit(unitName);
		String name = units.directory().staff(new StaffQuery(unitId, null, false), new PageQuery(0, 1, "name", true), Actor.SYSTEM)
			.items().stream().filter(staff -> staff.unitId() == unitId).map(StaffSummary::name).findFirst().orElse(fallbackName);
		return new Actor(null, "demo-" + unitId, name, unitId, Set.of(Permissions.SUPERVISION_READ, Permissions.SUPERVISION_HANDLE));
	}

	private Actor account(String username) {
		return accounts.findByUsername(username).orElseThrow().actor();
	}

	private long unit(String name) {
		return units.findByName(name).orElseThrow(() -> new IllegalStateException("Demo unit missing: " + name)).id();
	}

	private static String days(LocalDate today, int days) {
		return today.plusDays(days).toString();
	}
}
