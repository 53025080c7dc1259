package org.luoshi.legalservice.requests.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Party;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.requests.LegalRequestCommands.NewRequest;
import org.luoshi.legalservice.requests.LegalRequestCommands.PartyInput;
import org.luoshi.legalservice.requests.LegalRequestCommands.TakeStep;
import org.luoshi.legalservice.requests.LegalRequestDetails;
import org.luoshi.legalservice.requests.LegalRequestDetails.LegalSlot;
import org.luoshi.legalservice.requests.LegalRequestStep;
import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.legalservice.requests.RequesterKind;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests in every state at the parks' points, taken through the same command path as people take them: waiting
 * tickets (at the counter and online from 朝光通信), an appointment, a consultation in 林志明's (demo-lawyer's) hands, a
 * consultation referred to mediation with two sessions and an agreement noted for judicial confirmation, a legal-aid
 * application accepted by override, closed and rated ones, a withdrawn one; and appointment slots for the coming days.
 * Names and ID numbers are invented.
 */
@Component
class LegalRequestDemoData implements DemoDataLoader {

	private final LegalRequestService requests;
	private final LegalDirectory directory;
	private final AccountDirectory accounts;
	private final EnterpriseDirectory enterprises;
	private final ConflictCheck conflicts;
	private final JdbcClient jdbc;
	private final Times times;

	LegalRequestDemoData(LegalRequestService requests, LegalDirectory directory, AccountDirectory accounts, EnterpriseDirectory enterprises,
			ConflictCheck conflicts, JdbcClient jdbc, Times times) {
		this.requests = requests;
		this.directory = directory;
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.conflicts = conflicts;
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public int order() {
		return 71;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM legal_request").query(Long.class).single() > 0) {
			return;
		}
		Optional<ServicePoint> tangxia = park("棠下产业园");
		Optional<ServicePoint> hetang = park("荷塘康溪产业园");
		Optional<ServicePoint> torch = park("火炬园");
		Optional<ServicePoint> pengjiang = park("蓬江产业园");
		Optional<AccountSummary> legal = accounts.findByUsername("demo-legal");
		Optional<AccountSummary> justice = accounts.findByUsername("demo-justice");
		if (tangxia.isEmpty() || hetang.isEmpty() || torch.isEmpty() || pengjiang.isEmpty() || legal.isEmpty() || justice.isEmpty()) {
			return;
		}
		Actor counter = new Actor(legal.get().id(), "demo-legal", "何晓婷", null, Set.of(Permissions.LEGAL_HANDLE, Permissions.ENTERPRISE_READ));
		Actor office = new Actor(justice.get().id(), "demo-justice", "区司法局公共法律服务科", null,
				Set.of(Permissions.LEGAL_MANAGE, Permissions.LEGAL_HANDLE, Permissions.ENTERPRISE_READ));
		for (ServicePoint point : List.of(tangxia.get(), hetang.get(), torch.get(), pengjiang.get())) {
			slots(point, office);
		}
		long t = tangxia.get().id();

		// Waiting at the counter, and online from 朝光通信's own account.
		make(counter, t, "LEGAL_CONSULTATION", RequesterKind.WALK_IN, null, "黄建华", "13826001001", null, null,
				"租住的宿舍押金被房东扣留，想咨询如何要回。", List.of());
		Optional<EnterpriseSummary> chaoguang = enterprises.findByName("朝光通信有限公司");
		Optional<AccountSummary> enterpriseAccount = accounts.findByUsername("demo-enterprise");
		if (chaoguang.isPresent() && enterpriseAccount.isPresent()) {
			Actor own = new Actor(enterpriseAccount.get().id(), "demo-enterprise", "朝光通信有限公司", null, Set.of(Permissions.LEGAL_REQUEST),
					chaoguang.get().id());
			make(own, t, "LEGAL_CONSULTATION", null, null, "朝光通信有限公司", "0750-3100001", null, null,
					"拟与海外代理商签订独家代理协议，请律师审查管辖与仲裁条款。", List.of(new PartyInput("示例海外贸易公司", null)));
		}
		// An appointment for a notarization.
		LegalRequestDetails notary = make(counter, t, "NOTARIZATION", RequesterKind.EMPLOYEE, null, "邓美玲", "13826001002",
				"deng.meiling@example.com", null, "办理学历证书翻译件公证。", List.of());
		requests.openSlots(t).stream().findFirst()
			.ifPresent(slot -> requests.take(notary.id(), step(LegalRequestStep.SCHEDULE).slot(slot.id()).build(), counter));
		// In 林志明's hands.
		LegalRequestDetails contract = make(counter, t, "LEGAL_CONSULTATION", RequesterKind.ENTERPRISE, chaoguang.map(EnterpriseSummary::id).orElse(null),
				"朝光通信有限公司", "0750-3100001", null, null, "供应商延迟交货造成损失，咨询能否解除合同并索赔。",
				List.of(new PartyInput("江门市示例精密五金有限公司", "91440703MA5DEMO0X1")));
		requests.take(contract.id(), step(LegalRequestStep.CALL).build(), counter);
		lawyer("林志明").ifPresent(lin -> requests.take(contract.id(), step(LegalRequestStep.ASSIGN).practitioner(lin.id()).build(), counter));

		// A consultation referred to mediation: two sessions, an agreement, noted for judicial confirmation; closed and rated.
		LegalRequestDetails wages = make(counter, t, "LEGAL_CONSULTATION", RequesterKind.EMPLOYEE, null, "梁志强", "13826001003",
				"liang.zq@example.com", "440703198805061234", "因工厂停工被拖欠两个月工资，想了解维权途径。",
				List.of(new PartyInput("江门市示例塑胶制品有限公司", "91440703MA5DEMO0X2")));
		requests.take(wages.id(), step(LegalRequestStep.CALL).build(), counter);
		requests.take(wages.id(), step(LegalRequestStep.REFER).service("MEDIATION").text("双方同意由工作站人民调解员调解。").build(), counter);
		LocalDate today = times.today();
		requests.take(wages.id(), step(LegalRequestStep.RECORD_SESSION).heldOn(today.minusDays(1)).text("第一次调解：双方陈述，企业承认欠薪数额。").build(),
				counter);
		requests.take(wages.id(), step(LegalRequestStep.RECORD_SESSION).heldOn(today).text("第二次调解：企业同意分两期支付。").build(), counter);
		requests.take(wages.id(), new TakeStep(LegalRequestStep.RECORD_AGREEMENT, null, null, null, null, null, null, null, null,
				MediationOutcome.AGREED, "已告知双方可自协议生效之日起三十日内共同向人民法院申请司法确认。", null,
				"企业于本月底和下月底各支付一半欠薪，共计一万二千元。"), counter);
		requests.take(wages.id(), step(LegalRequestStep.CLOSE).text("调解成功，签订人民调解协议书。").build(), counter);
		requests.take(wages.id(), step(LegalRequestStep.RATE).rating(5).text("调解员很耐心。").build(), counter);

		// A legal-aid application failing the means test, accepted by override with its reason.
		LegalRequestDetails aid = make(counter, t, "LEGAL_AID", RequesterKind.WALK_IN, null, "钟秀兰", "13826001004", null, "440703197903152345",
				"工伤后与企业就赔偿数额协商不成，申请法律援助。", List.of(new PartyInput("江门市示例家具有限公司", null)));
		requests.take(aid.id(), step(LegalRequestStep.CALL).build(), counter);
		requests.take(aid.id(), new TakeStep(LegalRequestStep.SCREEN, null, null, null, new BigDecimal("9000"), 2, "CONTRACT_DISPUTE",
				"申请人工伤后丧失劳动能力，家庭收入仅为伤前水平，实际生活困难。", null, null, null, null, null), counter);

		// Closed and rated at other parks; a withdrawn one.
		LegalRequestDetails hetangDone = make(office, hetang.get().id(), "LEGAL_CONSULTATION", RequesterKind.WALK_IN, null, "陈国平",
				"13826001005", null, null, "咨询劳动合同到期不续签的补偿。", List.of());
		requests.take(hetangDone.id(), step(LegalRequestStep.CALL).build(), office);
		requests.take(hetangDone.id(), step(LegalRequestStep.CLOSE).text("已当场解答经济补偿的计算方法。").build(), office);
		requests.take(hetangDone.id(), step(LegalRequestStep.RATE).rating(4).build(), office);
		LegalRequestDetails torchWithdrawn = make(office, torch.get().id(), "JUDICIAL_APPRAISAL", RequesterKind.WALK_IN, null, "林小燕",
				"13826001006", null, null, "咨询笔迹鉴定的办理流程。", List.of());
		requests.take(torchWithdrawn.id(), step(LegalRequestStep.WITHDRAW).text("申请人已通过电话了解清楚。").build(), office);
		make(office, pengjiang.get().id(), "MEDIATION", RequesterKind.WALK_IN, null, "杜伟", "13826001007", null, null,
				"与相邻厂房就排水问题发生纠纷，申请调解。", List.of(new PartyInput("江门市示例印刷有限公司", null)));

		// 陈雅琪 of 林志明's firm once acted for the printing company: an assignment of 林志明 against it is refused.
		lawyer("陈雅琪").ifPresent(chen -> conflicts.recordEngagement(chen.id(), new Party("江门市示例印刷有限公司", null), "厂房租赁合同审查",
				"demo", 1L, today.minusMonths(8)));
	}

	private Optional<ServicePoint> park(String park) {
		return directory.points(true).stream().filter(point -> point.park().equals(park)).findFirst();
	}

	private Optional<Practitioner> lawyer(String name) {
		return directory.practitioners(null).stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** Two slots a working day for the coming week, two places each. */
	private void slots(ServicePoint point, Actor office) {
		LocalDate day = times.today();
		int added = 0;
		while (added < 5) {
			day = day.plusDays(1);
			if (day.getDayOfWeek().getValue() >= 6) {
				continue;
			}
			for (LocalTime time : List.of(LocalTime.of(9, 30), LocalTime.of(15, 0))) {
				LegalSlot ignored = requests.addSlot(point.id(), LocalDateTime.of(day, time), 60, 2, office);
			}
			added++;
		}
	}

	private LegalRequestDetails make(Actor actor, long pointId, String service, RequesterKind kind, Long enterpriseId, String name, String phone,
			String email, String idNumber, String matter, List<PartyInput> parties) {
		return requests.make(new NewRequest(pointId, service, kind, enterpriseId, name, phone, email, idNumber, null, matter, parties), actor);
	}

	private static StepBuilder step(LegalRequestStep step) {
		return new StepBuilder(step);
	}

	/** A step's input with the few fields the demo needs. */
	private static final class StepBuilder {

		private final LegalRequestStep step;
		private String service;
		private Long slot;
		private Long practitioner;
		private LocalDate heldOn;
		private Integer rating;
		private String text;

		StepBuilder(LegalRequestStep step) {
			this.step = step;
		}

		StepBuilder service(String code) {
			this.service = code;
			return this;
		}

		StepBuilder slot(long id) {
			this.slot = id;
			return this;
		}

		StepBuilder practitioner(long id) {
			this.practitioner = id;
			return this;
		}

		StepBuilder heldOn(LocalDate day) {
			this.heldOn = day;
			return this;
		}

		StepBuilder rating(int stars) {
			this.rating = stars;
			return this;
		}

		StepBuilder text(String words) {
			this.text = words;
			return this;
		}

		TakeStep build() {
			return new TakeStep(step, service, slot, practitioner, null, null, null, null, heldOn, null, null, rating, text);
		}
	}
}
