package org.luoshi.enterprise.visits.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Three visits for a trial run. The CPPCC chair's visit to the twelve member enterprises in January 2024 (the seed's
 * news: 区政协 and its chair, 朝光通信 and 中泰纸品 among them), recorded — what was found at each enterprise is invented
 * and says so; a leader's visit to two 棠下镇 enterprises planned for next week, organized by the town; a visit by
 * 区司法局 a few weeks ago (a legal check-up, 法治体检), recorded.
 */
@Component
class VisitDemoData implements DemoDataLoader {

	static final String INVENTED = "（演示数据：走访情况为虚构。）";
	/** The platform writing its demo data: records visits anywhere, sees every enterprise. */
	private static final Actor DEMO = new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), null,
			Set.of(Permissions.VISIT_RECORD, Permissions.ENTERPRISE_READ));

	private final VisitService visits;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final JdbcClient jdbc;
	private final Times times;

	VisitDemoData(VisitService visits, EnterpriseDirectory enterprises, OrganizationDirectory organization, JdbcClient jdbc, Times times) {
		this.visits = visits;
		this.enterprises = enterprises;
		this.organization = organization;
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public int order() {
		return 35;
	}

	/** What the committee heard at each member enterprise (invented), by enterprise name. */
	private static final Map<String, String> CPPCC_FINDINGS = new LinkedHashMap<>();

	static {
		CPPCC_FINDINGS.put("朝光通信有限公司", "订单较去年同期增长，新产线调试中；希望在技术工人招聘和高校对接上得到帮助。");
		CPPCC_FINDINGS.put("中泰纸品有限公司", "原纸价格波动大，利润受压；计划更新环保设备，想了解技改补贴的申报条件。");
		CPPCC_FINDINGS.put("江门市棠下智能家电有限公司", "海外订单回暖，出口退税到账时间是主要关切。");
		CPPCC_FINDINGS.put("江门市棠下摩托车配件有限公司", "配套主机厂转型电动车型，需要模具升级资金。");
		CPPCC_FINDINGS.put("江门市杜阮智能装备有限公司", "申报专精特新“小巨人”，请求辅导材料准备。");
		CPPCC_FINDINGS.put("江门市杜阮家电配件有限公司", "厂房租约到期，希望在园区内就近找到标准厂房。");
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM visit").query(Long.class).single() > 0) {
			return;
		}
		List<EnterpriseSummary> all = enterprises.visibleMatching("公司", DEMO, 200);
		List<EnterpriseSummary> members = new ArrayList<>(all.stream().filter(e -> e.tags().contains(EnterpriseTag.CPPCC_MEMBER)).toList());
		if (members.isEmpty()) {
			return;
		}
		// The two the news names first, as the visit went.
		members.sort(java.util.Comparator.comparing((EnterpriseSummary e) -> !e.name().startsWith("朝光通信"))
			.thenComparing(e -> !e.name().startsWith("中泰纸品")));
		List<VisitInput.Covered> covered = members.stream()
			.map(e -> new VisitInput.Covered(e.id(), CPPCC_FINDINGS.getOrDefault(e.name(), "生产经营总体平稳，已记录企业反映的用工和融资需求。") + INVENTED))
			.toList();
		visits.recordUnplanned(new VisitInput("CPPCC", null, "2024-01-18", "何腾", "区政协党组书记、主席",
				List.of("区政协经济委员会委员", "各镇（街）政协委员联络组成员"), unit("区政协"),
				"走访联系政协委员企业，了解生产经营情况和发展规划，听取企业困难和诉求。",
				"企业普遍订单回暖，关切集中在用工、技改资金、出口退税和厂房用地。调研组将分类梳理诉求，由专委会持续跟进，"
						+ "可形成提案或社情民意信息的及时转化。" + INVENTED,
				covered), List.of(), DEMO);

		LocalDate nextTuesday = times.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(1);
		visits.plan(new VisitInput("LEADER", nextTuesday.toString(), null, "黄国栋", "副区长", List.of("棠下镇经济发展办负责人"), unit("棠下镇"),
				"走访棠下产业园企业，了解新产线投产和用地需求。" + INVENTED, null,
				ids(all, "江门市棠下智能家电有限公司", "江门市棠下激光科技有限公司")), DEMO);

		LocalDate weeksAgo = times.today().minusWeeks(3);
		visits.recordUnplanned(new VisitInput("DEPARTMENT", null, weeksAgo.toString(), "谢文博", "区司法局科长", List.of("律师事务所志愿律师"),
				unit("区司法局"), "为企业开展“法治体检”，查看合同管理和劳动用工制度。" + INVENTED,
				"两家企业的劳动合同范本需要更新，已约定送法上门讲座。" + INVENTED,
				List.of(new VisitInput.Covered(id(all, "江门市环市软件开发有限公司"), "软件著作权登记不全，已提示风险。" + INVENTED),
						new VisitInput.Covered(id(all, "江门市棠下摩托车配件有限公司"), "劳务派遣用工比例偏高，建议调整。" + INVENTED))),
				List.of(), DEMO);
	}

	private long unit(String name) {
		return organization.findUnitByName(name).orElseThrow().id();
	}

	private static long id(List<EnterpriseSummary> all, String name) {
		return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
	}

	private static List<VisitInput.Covered> ids(List<EnterpriseSummary> all, String... names) {
		return java.util.Arrays.stream(names).map(name -> new VisitInput.Covered(id(all, name), null)).toList();
	}
}
