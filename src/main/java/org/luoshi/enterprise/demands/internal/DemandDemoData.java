package org.luoshi.enterprise.demands.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.enterprise.demands.DemandDetails;
import org.luoshi.enterprise.demands.DemandStep;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo demands of the demo enterprises in every state a desk meets: waiting to be dispatched, to be signed for, a
 * return to decide, in hand, answered and waiting for its rating, closed satisfied, reopened after 不满意, one repeated
 * (flagged similar), and one overdue that climbed to the desk and was raised into a supervised task. The routes send
 * each category to the demo organization's units: the desk is 区政府办公室.
 */
@Component
class DemandDemoData implements DemoDataLoader {

	private final DemandService demands;
	private final DemandCategories categories;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final GoalManagement goals;
	private final JdbcClient jdbc;
	private final org.luoshi.calendar.WorkingDays workingDays;
	private final org.luoshi.shared.web.Times times;

	DemandDemoData(DemandService demands, DemandCategories categories, EnterpriseDirectory enterprises, OrganizationDirectory organization,
			GoalManagement goals, JdbcClient jdbc, org.luoshi.calendar.WorkingDays workingDays, org.luoshi.shared.web.Times times) {
		this.workingDays = workingDays;
		this.times = times;
		this.demands = demands;
		this.categories = categories;
		this.enterprises = enterprises;
		this.organization = organization;
		this.goals = goals;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM demand").query(Long.class).single() > 0) {
			return;
		}
		Map<String, Long> units = organization.allUnits().stream()
			.collect(Collectors.toMap(UnitSummary::displayName, UnitSummary::id, (first, second) -> first));
		Long root = organization.allUnits().stream().filter(unit -> unit.parentId() == null).map(UnitSummary::id).findFirst().orElse(null);
		Long desk = units.get("区政府办公室");
		if (desk == null || root == null) {
			return;
		}
		jdbc.sql("UPDATE demand_settings SET desk_unit_id = ?, leader_unit_id = ?").params(desk, root).update();
		Map<String, Long> codes = categories.all().stream().collect(Collectors.toMap(DemandCategories.Category::code, DemandCategories.Category::id));
		route(codes, "POLICY", units.get("区发改局"));
		route(codes, "POLICY_FUNDS", units.get("区工信局"));
		route(codes, "LAND", units.get("区住建局"));
		route(codes, "FINANCE", units.get("区财政局"));
		route(codes, "LEGAL", units.get("区司法局"));
		categories.setRoute(codes.get("LABOUR"), null, true);
		categories.setRoute(codes.get("INFRASTRUCTURE"), null, true);

		Actor office = new Actor(null, "demo-data", "陈志远", null, Set.of(Permissions.DEMAND_READ, Permissions.DEMAND_DISPATCH,
				Permissions.ENTERPRISE_READ, Permissions.SUPERVISION_READ, Permissions.SUPERVISION_MANAGE));
		EnterpriseSummary chaoguang = enterprises.findByName("朝光通信有限公司").orElse(null);
		EnterpriseSummary zhongtai = enterprises.findByName("中泰纸品有限公司").orElse(null);
		EnterpriseSummary baisha = enterprises.findByName("江门市白沙侨联贸易有限公司").orElse(null);
		EnterpriseSummary huanshi = enterprises.findByName("江门市环市电子科技有限公司").orElse(null);
		if (chaoguang == null || zhongtai == null || baisha == null || huanshi == null) {
			return;
		}

		// Waiting for 区司法局 to sign for it; a second, nearly the same, flagged similar for the desk to merge.
		raise(office, chaoguang, codes.get("LEGAL"), "CONSULTATION", "VISIT", "海外客户合同纠纷的法律咨询",
				"企业与一家海外客户的供货合同出现付款争议，希望区里组织律师就合同条款和跨境追偿给出专业意见。");
		raise(office, chaoguang, codes.get("LEGAL"), "CONSULTATION", "HOTLINE", "海外客户合同纠纷法律咨询",
				"企业与海外客户的供货合同出现付款争议，希望组织律师就合同条款和跨境追偿给出专业意见。");
		// In 棠下镇's hands.
		DemandDetails hiring = raise(office, chaoguang, codes.get("LABOUR_HIRING"), "HELP", "VISIT", "节后技术工人招聘",
				"春节后生产线扩产，需要招聘约六十名技术工人，希望镇里对接职业院校和招聘会。");
		demands.take(hiring.id(), TakeStep.of(DemandStep.SIGN, null), handler(hiring));
		// Answered, rated 满意, closed.
		DemandDetails power = raise(office, zhongtai, codes.get("UTILITIES"), "HELP", "CPPCC", "新生产线用电增容",
				"新纸机生产线投产需要增加变压器容量，希望协调供电部门加快报装。");
		demands.take(power.id(), TakeStep.of(DemandStep.SIGN, null), handler(power));
		demands.take(power.id(), TakeStep.of(DemandStep.ANSWER, "已协调供电部门现场勘察，增容方案已批复，预计两周内完成接电。"), handler(power));
		demands.take(power.id(), new TakeStep(DemandStep.RATE, null, null, Satisfaction.SATISFIED, true, null, null, "办理很快，感谢。"), office);
		// Answered, rated 不满意: handled again on the same clock.
		DemandDetails funds = raise(office, zhongtai, codes.get("POLICY_FUNDS"), "CONSULTATION", "VISIT", "技术改造补贴兑现进度",
				"去年申报的技术改造补贴尚未到账，希望了解审核进度和到账时间。");
		demands.take(funds.id(), TakeStep.of(DemandStep.SIGN, null), handler(funds));
		demands.take(funds.id(), TakeStep.of(DemandStep.ANSWER, "补贴正在按程序审核。"), handler(funds));
		demands.take(funds.id(), new TakeStep(DemandStep.RATE, null, null, Satisfaction.UNSATISFIED, false, null, null,
				"答复没有说明何时到账，请给出明确时间。"), office);
		// Answered, waiting for the enterprise's rating.
		DemandDetails credit = raise(office, zhongtai, codes.get("FINANCE"), "HELP", "COUNTER",
				"设备采购贷款贴息", "采购新纸机需要贷款，咨询能否申请区里的贷款贴息。");
		demands.take(credit.id(), TakeStep.of(DemandStep.SIGN, null), handler(credit));
		demands.take(credit.id(), TakeStep.of(DemandStep.ANSWER, "可申请区中小企业贷款贴息，申报材料清单已发至企业联系人。"), handler(credit));
		// No route: the desk dispatches it.
		raise(office, huanshi, codes.get("MARKET"), "REPORT", "HOTLINE", "商标被仿冒的举报", "发现市场上有产品仿冒本企业注册商标，请求查处。");
		// Returned by 区住建局: the desk decides.
		DemandDetails land = raise(office, baisha, codes.get("LAND_QUOTA"), "HELP", "CPPCC", "仓储扩建用地指标",
				"企业计划扩建仓库，需要约十亩用地指标，希望了解申请途径。");
		demands.take(land.id(), TakeStep.of(DemandStep.RETURN, "用地指标由自然资源部门管理，不属本局职责，请转办。"), handler(land));
		// Overdue for long: climbed to the desk, which raised it into a supervised task.
		DemandDetails road = raise(office, chaoguang, codes.get("ROADS"), "SUGGESTION", "VISIT", "厂区门前道路破损修复",
				"厂区门前道路破损严重，货车进出困难，建议尽快修复。");
		demands.take(road.id(), TakeStep.of(DemandStep.SIGN, null), handler(road));
		jdbc.sql("UPDATE demand SET raised_at = raised_at - interval '40 days', raised_on = raised_on - 40, due_on = due_on - 30 WHERE id = ?")
			.param(road.id())
			.update();
		java.time.LocalDate dueOn = jdbc.sql("SELECT due_on FROM demand WHERE id = ?").param(road.id()).query(java.time.LocalDate.class).single();
		int overdue = (int) workingDays.between(dueOn, times.today()).workingDays();
		demands.take(road.id(), DemandStep.ESCALATE, Actor.SYSTEM, (locked, step, scope) -> locked.escalate(step, 2, overdue));
		long goal = goals.createGoal(new CreateGoal("重点企业诉求督办", "企业诉求逾期或复杂的，转为督办事项跟踪到底。", times.today().getYear(),
				null, null, null, null, null, true), office).id();
		demands.take(road.id(), new TakeStep(DemandStep.RAISE_TASK, null, null, null, null, null, goal, "逾期未办结，转督办。"), office);
	}

	private void route(Map<String, Long> codes, String code, Long unitId) {
		if (unitId != null) {
			categories.setRoute(codes.get(code), unitId, false);
		}
	}

	private DemandDetails raise(Actor office, EnterpriseSummary enterprise, long categoryId, String type, String source, String title,
			String content) {
		return demands.raise(new RaiseDemand(enterprise.id(), type, categoryId, title, content, null, null, source, null, null), office);
	}

	/** A handler of the demand's unit, as the demo steps need one. */
	private static Actor handler(DemandDetails demand) {
		return new Actor(null, "demo-data", "经办人", demand.handlingUnit().id(), Set.of(Permissions.DEMAND_READ, Permissions.DEMAND_HANDLE));
	}
}
