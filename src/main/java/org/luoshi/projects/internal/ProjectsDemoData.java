package org.luoshi.projects.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.projects.MilestoneKind;
import org.luoshi.projects.ProjectBlocker;
import org.luoshi.projects.ProjectDetails;
import org.luoshi.projects.ProjectDetails.ProjectMilestone;
import org.luoshi.projects.ProjectPlatform;
import org.luoshi.projects.internal.ProjectAdministration.InvestmentInput;
import org.luoshi.projects.internal.ProjectAdministration.PlatformInput;
import org.luoshi.projects.internal.ProjectAdministration.ProjectInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platforms and key projects the district's 2023 plenary and economic work conference named (大型产业集聚区蓬江片区 and
 * its start-up zone with the 产业会客厅, 滨江新区 and its CBD, 保利时光汇, 中铁建江门总部基地, 区文化中心, the 预制菜产业园), with
 * plausible totals, 2026 plans, monthly investment and milestones — all marked as demo — and one blocking problem
 * already raised into a supervised task. Runs after supervision's demo (its accounts and goals are there).
 */
@Component
class ProjectsDemoData implements DemoDataLoader {

	static final String DEMO_SOURCE = "演示数据（按年度计划推算）";
	static final int YEAR = 2026;
	/** Share of the year's plan completed in each month, for the demo's series (a slow start, a push before the year's end). */
	private static final double[] MONTHLY = { 0.04, 0.05, 0.08, 0.08, 0.09, 0.09, 0.09, 0.09, 0.09, 0.10, 0.10, 0.10 };

	private final JdbcClient jdbc;
	private final ProjectAdministration administration;
	private final ProjectBlockers blockers;
	private final OrganizationDirectory organization;
	private final AccountDirectory accounts;
	private final Times times;

	ProjectsDemoData(JdbcClient jdbc, ProjectAdministration administration, ProjectBlockers blockers, OrganizationDirectory organization,
			AccountDirectory accounts, Times times) {
		this.jdbc = jdbc;
		this.administration = administration;
		this.blockers = blockers;
		this.organization = organization;
		this.accounts = accounts;
		this.times = times;
	}

	@Override
	public int order() {
		return 47;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM key_project").query(Long.class).single() > 0) {
			return;
		}
		Actor office = accounts.findByUsername("demo-admin").orElseThrow().actor();
		ProjectPlatform cluster = administration.createPlatform(new PlatformInput("大型产业集聚区蓬江片区",
				null, null, "规划面积约117平方公里，贯通棠下、荷塘、杜阮三镇，正在连片整备产业用地（演示说明）。", true), office);
		ProjectPlatform startZone = administration.createPlatform(new PlatformInput("大型产业集聚区蓬江片区先行启动区", cluster.id(), "440703101",
				"集聚区首期启动的片区，先行建设产业会客厅和连片产业用地（演示说明）。", true), office);
		ProjectPlatform riverside = administration.createPlatform(new PlatformInput("滨江新区", null, "440703006",
				"产城人融合发展的示范区，配套教育、医疗、公园和绿道（演示说明）。", true), office);
		ProjectPlatform cbd = administration.createPlatform(new PlatformInput("滨江新区中央商务区", riverside.id(), "440703006",
				"滨江新区的中央商务区（CBD）（演示说明）。", true), office);

		LocalDate today = times.today();
		ProjectDetails poly = project("保利时光汇", cbd, "440703006", "区住建局", "450000", "80000", "滨江新区商业综合体项目。",
				milestones(today, -700, -640, -560, 420), office);
		project("中铁建江门总部基地", cbd, "440703006", "区发改局", "300000", "60000", "企业区域总部及配套办公项目。",
				milestones(today, -600, -520, -400, 500), office);
		ProjectDetails culture = project("区文化中心", riverside, "440703006", "区文广旅体局", "120000", "30000", "集图书馆、文化馆、剧场于一体的公共文化设施。",
				milestones(today, -500, -450, -300, 300), office);
		ProjectDetails food = project("蓬江预制菜产业园", cluster, "440703101", "棠下镇", "200000", "45000",
				"预制菜生产加工和冷链物流园区，已入选全国预制菜产业基地百强。", milestones(today, -800, -720, -600, -90), office);
		project("产业会客厅", startZone, "440703101", "区发改局", "60000", "25000", "先行启动区的招商展示和企业服务中心。",
				milestones(today, -400, -360, -200, 120), office);
		project("先行启动区连片产业用地整备", startZone, "440703102", "荷塘镇", "150000", "50000", "连片产业用地的征收、整备和配套道路。",
				milestones(today, -300, 60, 200, 600), office);

		blockers.record(poly.id(), "商业综合体二期地块的规划条件调整尚待批复，影响二期开工。", true, office);
		blockers.record(food.id(), "园区冷链物流中心用电报装容量不足，需协调供电部门增容。", true, office);
		ProjectBlocker pipes = blockers.record(culture.id(), "地块内两处市政管线迁改未完成，主体结构施工受阻。", true, office);
		blockers.raise(culture.id(), pipes.id(), today.plusDays(45).toString(), office);
	}

	private ProjectDetails project(String name, ProjectPlatform platform, String town, String leadUnit, String total, String planned,
			String description, List<ProjectMilestone> milestones, Actor office) {
		BigDecimal plan = new BigDecimal(planned);
		ProjectDetails project = administration.createProject(new ProjectInput(name, platform == null ? null : platform.id(), town, unit(leadUnit),
				new BigDecimal(total), description + "（演示数据）", YEAR, plan, milestones, true), office);
		YearMonth last = YearMonth.from(times.today()).minusMonths(1);
		for (int month = 1; month <= 12; month++) {
			if (YearMonth.of(YEAR, month).isAfter(last)) {
				break;
			}
			// The towns' projects lag a little behind the plan, the departments' keep up: the shares differ on the page.
			double pace = leadUnit.endsWith("镇") ? 0.85 : 1.0;
			BigDecimal amount = plan.multiply(BigDecimal.valueOf(MONTHLY[month - 1] * pace)).setScale(0, RoundingMode.HALF_UP);
			administration.reportInvestment(project.id(), new InvestmentInput(YEAR, month, amount, DEMO_SOURCE, true), office);
		}
		return project;
	}

	/** Milestones this many days from today (negative: reached, with the actual date a few days later than planned). */
	private static List<ProjectMilestone> milestones(LocalDate today, int... days) {
		List<ProjectMilestone> milestones = new ArrayList<>();
		MilestoneKind[] kinds = MilestoneKind.values();
		for (int i = 0; i < kinds.length; i++) {
			LocalDate planned = today.plusDays(days[i]);
			LocalDate actual = days[i] < 0 ? planned.plusDays(7 * (i + 1)) : null;
			milestones.add(new ProjectMilestone(kinds[i], planned, actual != null && actual.isAfter(today) ? today : actual));
		}
		return milestones;
	}

	private long unit(String name) {
		return organization.allUnits().stream().filter(unit -> unit.displayName().equals(name) || unit.name().equals(name)).map(UnitSummary::id)
			.findFirst().orElseThrow(() -> new IllegalStateException("Demo unit missing: " + name));
	}
}
