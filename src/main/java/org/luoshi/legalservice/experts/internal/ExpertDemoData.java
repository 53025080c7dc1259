package org.luoshi.legalservice.experts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Party;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.experts.ExpertGroup;
import org.luoshi.legalservice.experts.DisputeOutcome;
import org.luoshi.legalservice.experts.QuestionCommands.AskQuestion;
import org.luoshi.legalservice.experts.QuestionCommands.OtherParty;
import org.luoshi.legalservice.experts.QuestionCommands.TakeStep;
import org.luoshi.legalservice.experts.QuestionDetails;
import org.luoshi.legalservice.experts.QuestionStep;
import org.luoshi.shared.Actor;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The expert group's demo: an absence (刘婉婷 in court this week), earlier engagements that give the conflict check
 * something to find, and questions in every state, all taken through the service as people would — one where the
 * rotation passed two experts by for a conflict (林志明 acted for the other party, 陈雅琪 is of his firm), one signed
 * opinion for 朝光通信 (demo-enterprise), a major dispute signed and followed, one closed with its outcome, one in
 * review, one returned, one approved, one withdrawn and one every expert was passed by for. The parties and matters
 * are invented.
 */
@Component
class ExpertDemoData implements DemoDataLoader {

	static final String HENGDA = "江门市恒达建材有限公司（演示数据）";
	static final String YUANHANG = "江门市远航物流有限公司（演示数据）";

	private final JdbcClient jdbc;
	private final ExpertGroup group;
	private final QuestionService questions;
	private final LegalDirectory directory;
	private final ConflictCheck conflicts;
	private final EnterpriseDirectory enterprises;
	private final AccountDirectory accounts;
	private final Times times;

	ExpertDemoData(JdbcClient jdbc, ExpertGroup group, QuestionService questions, LegalDirectory directory, ConflictCheck conflicts,
			EnterpriseDirectory enterprises, AccountDirectory accounts, Times times) {
		this.jdbc = jdbc;
		this.group = group;
		this.questions = questions;
		this.directory = directory;
		this.conflicts = conflicts;
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.times = times;
	}

	@Override
	public int order() {
		return 73;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM expert_question").query(Long.class).single() > 0) {
			return;
		}
		List<Practitioner> experts = directory.experts();
		Practitioner lin = named(experts, "林志明");
		Practitioner chen = named(experts, "陈雅琪");
		Practitioner liu = named(experts, "刘婉婷");
		Actor bureau = account("demo-justice");
		Actor lawyer = account("demo-lawyer");
		Actor chaoguangAccount = account("demo-enterprise");
		EnterpriseSummary chaoguang = enterprise("朝光通信有限公司");
		EnterpriseSummary zhongtai = enterprise("中泰纸品有限公司");
		LocalDate today = times.today();

		// Earlier work that the conflict check finds: 林志明 acted for 恒达建材; both firms for 远航物流.
		conflicts.recordEngagement(lin.id(), new Party(HENGDA, null), "建材买卖合同纠纷代理", "demo", 1, today.minusMonths(8));
		conflicts.recordEngagement(chen.id(), new Party(YUANHANG, null), "运输合同审查", "demo", 2, today.minusMonths(5));
		conflicts.recordEngagement(liu.id(), new Party(YUANHANG, null), "劳动争议代理", "demo", 3, today.minusMonths(3));

		// 1. 朝光通信 against 恒达建材: 林志明 (himself) and 陈雅琪 (his firm) passed by; 黄伟强 drafts.
		ask(chaoguangAccount, null, "供货质量争议的违约责任", "我司向恒达建材采购的一批管材质量不合格，对方拒绝退换。请问能否解除合同并主张违约金？", "合同纠纷",
				List.of(new OtherParty(HENGDA, null)), false);
		// 刘婉婷 is in court this week: the rotation passes her by until the absence ends.
		group.recordAbsence(new ExpertGroup.NewExpertAbsence(liu.id(), today.minusDays(1).toString(), today.plusDays(3).toString(), "外地出庭"), bureau);

		// 2. 朝光通信's signed opinion: 刘婉婷 away, 林志明 writes it, the bureau approves, he signs it off.
		QuestionDetails signed = ask(chaoguangAccount, null, "员工竞业限制协议的效力", "我司与研发人员签订了竞业限制协议，但离职后未按月支付补偿。协议是否仍然有效？",
				"劳动用工", List.of(), false);
		step(signed, QuestionStep.SUBMIT, lawyer, "一、用人单位未支付经济补偿的，竞业限制义务并不当然消灭。\n二、劳动者可以在用人单位三个月未支付补偿后请求解除竞业限制约定。"
				+ "\n三、建议贵司自即日起按约定标准按月足额支付补偿，并保留支付凭证。");
		step(signed, QuestionStep.APPROVE, bureau, "意见明确，同意签发。");
		step(signed, QuestionStep.SIGN, lawyer, null);

		// 3. A major dispute of 中泰纸品, reassigned to 林志明, signed and followed.
		QuestionDetails major = ask(bureau, zhongtai.id(), "厂房租赁合同提前解除纠纷", "出租方要求提前收回厂房，涉及设备搬迁损失约三百万元，双方协商未果。", "合同纠纷",
				List.of(new OtherParty("江门市某实业投资有限公司（演示数据）", null)), true);
		if (major.expertId() != null && major.expertId() != lin.id()) {
			questions.take(major.id(), new TakeStep(QuestionStep.ASSIGN, lin.id(), "林志明律师熟悉该园区租赁合同", null, null), bureau);
		}
		step(major, QuestionStep.SUBMIT, lawyer, "出租方提前解除合同无约定或法定事由，应承担违约责任并赔偿搬迁损失；建议先行协商，协商不成申请人民调解。");
		step(major, QuestionStep.APPROVE, bureau, null);
		step(major, QuestionStep.SIGN, lawyer, null);
		step(major, QuestionStep.NOTE_PROGRESS, lawyer, "已陪同企业与出租方第一次协商，对方同意评估搬迁损失。");

		// 4. A major dispute closed with its outcome.
		QuestionDetails closed = ask(bureau, zhongtai.id(), "货款拖欠纠纷", "客户拖欠货款八十万元已逾一年。", "合同纠纷",
				List.of(new OtherParty("江门市某包装制品有限公司（演示数据）", null)), true);
		takeOver(closed, lin, bureau);
		step(closed, QuestionStep.SUBMIT, lawyer, "债权未过诉讼时效，建议发送律师函催收，同时准备申请支付令。");
		step(closed, QuestionStep.APPROVE, bureau, null);
		step(closed, QuestionStep.SIGN, lawyer, null);
		questions.take(closed.id(), new TakeStep(QuestionStep.RECORD_OUTCOME, null, "经园区人民调解委员会调解，对方分三期付清。", DisputeOutcome.MEDIATED,
				today.minusDays(2).toString()), lawyer);

		// 5. In review; 6. returned with comments; 7. approved, waiting to be signed.
		QuestionDetails review = ask(chaoguangAccount, null, "商标被抢注的应对", "我司使用多年的标识被他人抢先注册为商标。", "知识产权", List.of(), false);
		takeOver(review, lin, bureau);
		step(review, QuestionStep.SUBMIT, lawyer, "可在法定期限内提出无效宣告请求，并收集在先使用证据。");
		QuestionDetails returned = ask(bureau, zhongtai.id(), "安全生产事故的赔偿范围", "车间发生一起工伤事故，询问企业应承担的赔偿范围。", "劳动用工", List.of(), false);
		takeOver(returned, lin, bureau);
		step(returned, QuestionStep.SUBMIT, lawyer, "由工伤保险基金和用人单位分别支付。");
		step(returned, QuestionStep.RETURN, bureau, "请列明用人单位支付的具体项目及依据。");
		QuestionDetails approved = ask(bureau, chaoguang.id(), "股权激励方案的合规审查", "拟对核心员工实施股权激励，请审查方案。", "公司治理", List.of(), false);
		takeOver(approved, lin, bureau);
		step(approved, QuestionStep.SUBMIT, lawyer, "方案总体合规，建议明确退出机制和回购价格。");
		step(approved, QuestionStep.APPROVE, bureau, null);

		// 8. Withdrawn by the enterprise; 9. every expert passed by (远航物流: both firms acted for it).
		QuestionDetails withdrawn = ask(chaoguangAccount, null, "租赁合同续签", "厂房租赁合同明年到期，续签需注意哪些条款？", "合同纠纷", List.of(), false);
		questions.take(withdrawn.id(), TakeStep.of(QuestionStep.WITHDRAW, "已与出租方谈妥，不再需要。"), chaoguangAccount);
		ask(bureau, zhongtai.id(), "物流合同货损赔偿", "承运方运输途中造成货损，拒绝赔偿。", "合同纠纷", List.of(new OtherParty(YUANHANG, null)), false);
	}

	private QuestionDetails ask(Actor actor, Long enterpriseId, String subject, String text, String specialty, List<OtherParty> parties,
			boolean major) {
		return questions.ask(new AskQuestion(enterpriseId, subject, text, specialty, parties, major), actor);
	}

	private void step(QuestionDetails question, QuestionStep step, Actor actor, String text) {
		questions.take(question.id(), TakeStep.of(step, text), actor);
	}

	/** The bureau gives the question to 林志明 (demo-lawyer's), unless the rotation already did. */
	private void takeOver(QuestionDetails question, Practitioner lin, Actor bureau) {
		QuestionDetails now = questions.details(question.id(), bureau);
		if (now.expertId() == null || now.expertId() != lin.id()) {
			questions.take(question.id(), new TakeStep(QuestionStep.ASSIGN, lin.id(), "平衡专家工作量", null, null), bureau);
		}
	}

	private Actor account(String username) {
		AccountSummary account = accounts.findByUsername(username).orElseThrow();
		Set<String> permissions = new java.util.HashSet<>();
		account.roles().forEach(role -> permissions.addAll(role.permissions()));
		return new Actor(account.id(), account.username(), account.displayName(), account.scopeUnitId(), permissions, account.enterpriseId());
	}

	private EnterpriseSummary enterprise(String name) {
		return enterprises.findByName(name).orElseThrow(() -> new IllegalStateException("demo enterprise missing: " + name));
	}

	private static Practitioner named(List<Practitioner> experts, String name) {
		return experts.stream().filter(expert -> expert.name().equals(name)).findFirst().orElseThrow();
	}
}
