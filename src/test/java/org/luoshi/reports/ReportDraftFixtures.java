package org.luoshi.reports;

import java.util.Set;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;

/** A short conference text written for these tests (two groups, four tasks) and the actors who review it. */
public final class ReportDraftFixtures {

	/** Two groups; the first names 区发改局 (lead, a deadline and a target) and 棠下镇 with 区住建局 co-operating. */
	public static final String CONFERENCE = """
			区委召开重点工作推进会议
			3月10日，区委召开重点工作推进会议，部署今年重点工作。会议强调：
			一要抓好项目建设。区发改局要牵头加快重点项目前期工作，确保6月30日前新开工项目不少于10个。棠下镇要加快推进产业园道路建设，区住建局配合。
			二要优化营商环境。区政务服务数据管理局要推行企业开办一日办结。区市场监管局要加强食品安全监管，年底前完成全面检查。
			""";

	public static final String TITLE = "区委召开重点工作推进会议";

	/**
	 * Three tasks, deadlines in the coming year, units written as documents write them: 区发展改革局 leading with
	 * 区工业和信息化局 (the organization's 区发改局 and 区工信局), 经济发展办 (an office each of three towns has), and
	 * 区金融工作局 (no unit of the organization).
	 */
	public static String unitsAsWritten() {
		return """
				区政府召开重点工作调度会议
				会议要求：
				一、区发展改革局要在%1$d年6月30日前完成重点项目年度投资计划编制，区工业和信息化局配合。
				二、经济发展办要在%1$d年3月31日前完成规模以上企业走访。
				三、区金融工作局要在%1$d年9月30日前完成金融服务对接。
				""".formatted(java.time.LocalDate.now().getYear() + 1);
	}

	/** Sees the whole district, may manage reports (the id is not an account: the trail takes who acted from the request). */
	public static final Actor REVIEWER = new Actor(null, "test-reviewer", "审核人", null, Set.of(Permissions.REPORTS_MANAGE));

	private ReportDraftFixtures() {
	}

	/** A reviewer limited to one unit's subtree. */
	public static Actor reviewerOf(long unitId) {
		return new Actor(null, "test-town-reviewer", "镇审核人", unitId, Set.of(Permissions.REPORTS_MANAGE));
	}
}
