package org.luoshi.enterprise.proposals.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Disposition;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.OpinionCommands.SubmitOpinion;
import org.luoshi.enterprise.proposals.OpinionCommands.TakeOpinionStep;
import org.luoshi.enterprise.proposals.OpinionStep;
import org.luoshi.enterprise.proposals.ProposalCommands.SubmitProposal;
import org.luoshi.enterprise.proposals.ProposalCommands.TakeStep;
import org.luoshi.enterprise.proposals.ProposalDetails;
import org.luoshi.enterprise.proposals.ProposalStep;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo proposals by demo-member (黄泰安, whose 中泰纸品 is a demo enterprise), examined by demo-cppcc, in the states a
 * proposal office meets: one waiting to be examined; one answered B by 区工信局, evaluated 基本满意 and in follow-up; one
 * assigned to 区工信局 awaiting its answer; one assigned to 区司法局 with 棠下镇 co-handling (for demo-dept and demo-town);
 * one not accepted and made into a public-opinion report, adopted and forwarded; and a report of the member's own
 * waiting for the office. The words are invented.
 */
@Component
class ProposalDemoData implements DemoDataLoader {

	private final ProposalService proposals;
	private final OpinionService opinions;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final AccountDirectory accounts;
	private final JdbcClient jdbc;

	ProposalDemoData(ProposalService proposals, OpinionService opinions, EnterpriseDirectory enterprises, OrganizationDirectory organization,
			AccountDirectory accounts, JdbcClient jdbc) {
		this.proposals = proposals;
		this.opinions = opinions;
		this.enterprises = enterprises;
		this.organization = organization;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM proposal").query(Long.class).single() > 0) {
			return;
		}
		Long cppcc = organization.findUnitByName("区政协").map(UnitSummary::id).orElse(null);
		Long industry = organization.findUnitByName("区工信局").map(UnitSummary::id).orElse(null);
		Long justice = organization.findUnitByName("区司法局").map(UnitSummary::id).orElse(null);
		Long tangxia = organization.findUnitByName("棠下镇").map(UnitSummary::id).orElse(null);
		Long duruan = organization.findUnitByName("杜阮镇").map(UnitSummary::id).orElse(null);
		Long finance = organization.findUnitByName("区财政局").map(UnitSummary::id).orElse(null);
		AccountSummary memberAccount = accounts.findByUsername("demo-member").orElse(null);
		AccountSummary officeAccount = accounts.findByUsername("demo-cppcc").orElse(null);
		EnterpriseSummary zhongtai = enterprises.findByName("中泰纸品有限公司").orElse(null);
		EnterpriseSummary chaoguang = enterprises.findByName("朝光通信有限公司").orElse(null);
		EnterpriseSummary baisha = enterprises.findByName("江门市白沙侨联贸易有限公司").orElse(null);
		if (cppcc == null || industry == null || justice == null || tangxia == null || duruan == null || finance == null || memberAccount == null
				|| officeAccount == null || zhongtai == null || chaoguang == null || baisha == null) {
			return;
		}
		jdbc.sql("UPDATE proposal_settings SET office_unit_id = ?").param(cppcc).update();
		Actor member = memberAccount.actor();
		Actor office = officeAccount.actor();

		// Waiting for the committee to examine it.
		submit(member, "关于优化侨资企业跨境结算服务的建议", "侨资贸易企业反映，跨境收付款到账慢、手续多，汇率波动时损失较大。",
				"建议协调驻区银行开设侨资企业跨境结算绿色通道，定期举办汇率避险业务培训。", baisha);

		// Answered B by 区工信局, evaluated 基本满意: followed up until the plan is carried out.
		ProposalDetails upgrade = submit(member, "关于加快兑现工业企业技术改造扶持资金的建议",
				"部分企业完成技术改造后，扶持资金审核周期较长，企业垫资压力大，影响后续投入的积极性。",
				"建议简化技改扶持资金审核材料，明确各环节办理时限，对已验收项目分批预拨资金。", zhongtai);
		accept(office, upgrade);
		proposals.take(upgrade.id(), new TakeStep(ProposalStep.ASSIGN, industry, List.of(finance), null, null, null, null, null, null, null,
				"请区工信局主办，区财政局会办。"), office);
		proposals.take(upgrade.id(), TakeStep.of(ProposalStep.CONTRIBUTE, "资金拨付按季度安排，可配合工信局调整拨付节点。"), handler(finance));
		proposals.take(upgrade.id(), new TakeStep(ProposalStep.ANSWER, null, List.of(), null, AnswerCategory.B, null, null, null, null, null,
				"已将技改扶持资金审核纳入年度优化事项，拟于下半年实行材料清单化、限时办结，已验收项目按季度预拨。"), handler(industry));
		proposals.take(upgrade.id(), new TakeStep(ProposalStep.EVALUATE, null, List.of(), null, null, Evaluation.BASICALLY, null, null, null,
				null, "希望尽快落地。"), member);

		// Assigned to 区工信局, awaiting its answer.
		ProposalDetails talent = submit(member, "关于支持电子信息企业引进培养高技能人才的建议",
				"电子信息企业扩产后高技能人才缺口明显，企业自主培养成本高、周期长。",
				"建议将电子信息产业纳入区技能人才培育重点，支持企业与职业院校共建实训基地，落实人才住房保障。", chaoguang);
		accept(office, talent);
		proposals.take(talent.id(), new TakeStep(ProposalStep.ASSIGN, industry, List.of(tangxia), null, null, null, null, null, null, null, null),
				office);

		// Assigned to 区司法局, 棠下镇 co-handling.
		ProposalDetails legal = submit(member, "关于为外向型企业提供涉外合同法律服务的建议",
				"外向型企业在海外订单中遇到付款争议时，缺少熟悉涉外合同的律师支持，维权成本高。",
				"建议组织涉外法律服务团队定期走访外向型企业，编制涉外合同风险提示清单。", chaoguang);
		accept(office, legal);
		proposals.take(legal.id(), new TakeStep(ProposalStep.ASSIGN, justice, List.of(tangxia), null, null, null, null, null, null, null, null),
				office);

		// Not accepted, made into a public-opinion report, adopted and forwarded.
		ProposalDetails bus = submit(member, "关于增开杜阮工业区通勤公交的建议",
				"杜阮镇井根工业区职工上下班通勤不便，现有公交班次少、末班车早。",
				"建议增开工业区早晚高峰通勤专线，延长末班车时间。", zhongtai);
		proposals.take(bus.id(), new TakeStep(ProposalStep.REJECT, null, List.of(), null, null, null, Disposition.OPINION, null, null, null,
				"所提事项属具体事务，宜以社情民意信息形式反映，不予立案。"), office);
		ProposalDetails converted = proposals.take(bus.id(), TakeStep.of(ProposalStep.CONVERT_TO_OPINION, null), office);
		opinions.take(converted.opinionId(), TakeOpinionStep.of(OpinionStep.ADOPT, "情况属实，予以采用。"), office);
		opinions.take(converted.opinionId(), new TakeOpinionStep(OpinionStep.FORWARD, null, null, "区政府分管领导", List.of(duruan), null), office);

		// The member's own report, waiting for the office.
		opinions.submit(new SubmitOpinion("关于企业用工旺季临时住宿紧张的情况反映",
				"部分制造企业反映，旺季临时用工增加，周边可租住房源不足，影响招工。", List.of(zhongtai.id())), member);
	}

	private ProposalDetails submit(Actor member, String title, String reasons, String suggestions, EnterpriseSummary enterprise) {
		return proposals.submit(new SubmitProposal(title, reasons, suggestions, null, List.of(), List.of(enterprise.id())), member);
	}

	private void accept(Actor office, ProposalDetails proposal) {
		proposals.take(proposal.id(), TakeStep.of(ProposalStep.ACCEPT, null), office);
	}

	/** A handler of the unit, as the demo steps need one. */
	private static Actor handler(long unitId) {
		return new Actor(null, "demo-data", "经办人", unitId, Set.of(Permissions.PROPOSAL_READ, Permissions.PROPOSAL_HANDLE));
	}
}
