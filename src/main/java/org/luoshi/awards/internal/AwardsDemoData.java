package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.awards.internal.AwardCommands.CreateCampaign;
import org.luoshi.awards.internal.AwardCommands.EvidenceUpload;
import org.luoshi.awards.internal.AwardCommands.FileObjection;
import org.luoshi.awards.internal.AwardCommands.Nominate;
import org.luoshi.awards.internal.AwardCommands.NewCriterion;
import org.luoshi.awards.internal.AwardCommands.NewEvidenceItem;
import org.luoshi.awards.internal.AwardCommands.NewRound;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.enterprise.CreditCode;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.shared.print.PrintFont;
import org.luoshi.shared.print.PrintedDocument;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two campaigns, taken through the real services step by step so that their timelines and audit trail are those of
 * the real thing:
 * <ul>
 * <li>the city's 青年文明号 of 2023, whose results named two Pengjiang collectives — the criminal division of the
 * district court (eleven officers, average age 32) and the head office of a construction company's infrastructure branch
 * (two thirds of its staff under 35) — recorded from the notice through to the published results and the registry;</li>
 * <li>the district's 青年文明号 of 2026, in its public notice now, with one objection filed on the public page and not
 * yet answered.</li>
 * </ul>
 * The member lists are made up so that their figures are the published ones; birth dates are never stored. Both
 * campaigns ask for a nomination form and an account of the collective's work (required) and proof of earlier honours
 * (optional); each nomination brings them as small PDFs (and one a tiny scan), so those the office qualified are complete.
 */
@Component
class AwardsDemoData implements DemoDataLoader {

	private final AwardService awards;
	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;
	private final JdbcClient jdbc;
	private final Times times;
	private final PrintFont font;

	AwardsDemoData(AwardService awards, AccountDirectory accounts, OrganizationDirectory organization, JdbcClient jdbc, Times times, PrintFont font) {
		this.awards = awards;
		this.accounts = accounts;
		this.organization = organization;
		this.jdbc = jdbc;
		this.times = times;
		this.font = font;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM award_campaign").query(Long.class).single() > 0) {
			return;
		}
		Actor office = actor("demo-awards");
		Actor courtReviewer = actor("demo-reviewer");
		Actor panel = actor("demo-panel");
		Long league = unit("团区委");
		Long court = unit("江门市蓬江区人民法院");
		Long division = unit("刑事审判庭");
		if (office == null || courtReviewer == null || panel == null || league == null || court == null || division == null) {
			return;
		}
		city2023(office, courtReviewer, panel, league, court, division);
		district2026(office, courtReviewer, panel, league, court, division);
	}

	private void city2023(Actor office, Actor courtReviewer, Actor panel, long league, long court, long division) {
		Campaign campaign = awards.createCampaign(new CreateCampaign("2023年度江门市青年文明号", 2023, Campaign.Level.CITY, "共青团江门市委员会", league,
				"全市青年集体的创建评选；蓬江区由团区委汇总推荐。", evidenceItems(), 2, 2, Campaign.TieRule.TOP_CRITERION, 5,
				rules(Campaign.RuleKind.MIN_MEMBERS, "5", Campaign.RuleKind.MIN_SHARE_UNDER_35, "60", Campaign.RuleKind.MAX_AVERAGE_AGE, "35"),
				criteria(), List.of(new NewRound(Campaign.RoundKind.NOMINATION, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)),
						new NewRound(Campaign.RoundKind.QUALIFICATION, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 10)),
						new NewRound(Campaign.RoundKind.SCORING, LocalDate.of(2023, 4, 11), LocalDate.of(2023, 4, 30)),
						new NewRound(Campaign.RoundKind.NOTICE, LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 12)))), office);
		LocalDate reference = LocalDate.of(2023, 3, 31);
		// Eleven officers whose ages add up to an average of 32.
		Nomination criminal = nominate(campaign, new Nominate(campaign.id(), court, division, null, "江门市蓬江区人民法院刑事审判庭",
				"依法审理刑事案件，维护社会稳定；走进校园开展法治宣传，预防青少年违法犯罪。", "创建材料、集体和个人所获荣誉",
				births(reference, 26, 27, 28, 29, 30, 31, 32, 33, 34, 38, 44)), true, office);
		// Twelve staff, eight of them under 35: 66.67 %.
		Nomination builders = nominate(campaign, new Nominate(campaign.id(), league, null, demoCreditCode(), "中建四局第一建设有限公司基础设施分公司总部机关",
				"以经营和质量为重点，健全制度、加强业务学习和安全生产的青年集体。", "创建材料",
				births(reference, 24, 25, 26, 27, 28, 29, 31, 33, 36, 38, 40, 41)), false, office);
		awards.confirmRound(campaign.id(), office);
		awards.take(criminal.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		awards.take(builders.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		awards.confirmRound(campaign.id(), office);
		Campaign scoring = awards.campaignOf(criminal);
		// The court's reviewer is recused from the court's division: only the panel scores it.
		awards.take(builders.id(), NominationLifecycle.Step.SCORE, scores(scoring, 88, 42, 18), courtReviewer);
		awards.take(builders.id(), NominationLifecycle.Step.SCORE, scores(scoring, 86, 44, 17), panel);
		awards.take(criminal.id(), NominationLifecycle.Step.SCORE, scores(scoring, 92, 45, 19), panel);
		awards.confirmRound(campaign.id(), office);
		awards.startNotice(campaign.id(), LocalDate.of(2023, 5, 8), office);
		awards.finalise(campaign.id(), LocalDate.of(2023, 5, 22), office);
	}

	private void district2026(Actor office, Actor courtReviewer, Actor panel, long league, long court, long division) {
		LocalDate today = times.today();
		Campaign campaign = awards.createCampaign(new CreateCampaign(today.getYear() + "年度蓬江区青年文明号", today.getYear(), Campaign.Level.DISTRICT,
				"共青团江门市蓬江区委员会", league, "区级青年集体评选，获评集体可推荐参加市级评选。", evidenceItems(), 2, 2,
				Campaign.TieRule.YOUNGER, 5,
				rules(Campaign.RuleKind.MIN_MEMBERS, "5", Campaign.RuleKind.MIN_SHARE_UNDER_35, "60", Campaign.RuleKind.MAX_AVERAGE_AGE, "35",
						Campaign.RuleKind.NO_REVOCATION_YEARS, "3"),
				criteria(), List.of(new NewRound(Campaign.RoundKind.NOMINATION, today.minusDays(40), today.minusDays(20)),
						new NewRound(Campaign.RoundKind.QUALIFICATION, today.minusDays(19), today.minusDays(14)),
						new NewRound(Campaign.RoundKind.SCORING, today.minusDays(13), today.minusDays(3)),
						new NewRound(Campaign.RoundKind.NOTICE, today.minusDays(1), today.plusDays(7)))), office);
		LocalDate reference = today.minusDays(20);
		Actor town = actor("demo-town");
		Actor dept = actor("demo-dept");
		Long tangxia = unit("棠下镇");
		Long tangxiaOffice = unit("棠下镇经济发展办公室");
		Long justice = unit("江门市蓬江区司法局");
		Long publicity = unit("法治宣传科");
		Nomination economy = nominate(campaign, new Nominate(campaign.id(), tangxia, tangxiaOffice, null, null,
				"企业服务专班，走访园区企业、跟进诉求办理。", "创建材料", births(reference, 25, 27, 28, 30, 33, 37)), false, town);
		Nomination publicityDivision = nominate(campaign, new Nominate(campaign.id(), justice, publicity, null, null,
				"“益企讲堂”法治宣讲进园区、进企业。", "创建材料", births(reference, 26, 29, 31, 32, 34, 39)), true, dept);
		Nomination criminal = nominate(campaign, new Nominate(campaign.id(), court, division, null, null, "少年审判与法治进校园。", "创建材料",
				births(reference, 27, 28, 29, 30, 31, 33, 34, 36, 37, 40, 45)), false, office);
		awards.confirmRound(campaign.id(), office);
		for (Nomination n : List.of(economy, publicityDivision, criminal)) {
			awards.take(n.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		}
		awards.confirmRound(campaign.id(), office);
		Campaign scoring = awards.campaignOf(economy);
		awards.take(economy.id(), NominationLifecycle.Step.SCORE, scores(scoring, 85, 42, 18), courtReviewer);
		awards.take(economy.id(), NominationLifecycle.Step.SCORE, scores(scoring, 87, 40, 18), panel);
		awards.take(publicityDivision.id(), NominationLifecycle.Step.SCORE, scores(scoring, 90, 44, 19), courtReviewer);
		awards.take(publicityDivision.id(), NominationLifecycle.Step.DECLARE_RECUSAL, AwardStepInput.text("曾在区司法局法治宣传科工作"), panel);
		awards.take(criminal.id(), NominationLifecycle.Step.SCORE, scores(scoring, 80, 38, 16), panel);
		awards.confirmRound(campaign.id(), office);
		awards.startNotice(campaign.id(), today.minusDays(1), office);
		awards.fileObjection(campaign.id(), new FileObjection(economy.id(),
				"名单中有两名成员已于今年调离该办公室，申报的成员人数和青年占比可能与实际不符，请核实。", "陈先生", "13902260188"));
	}

	/** What both campaigns ask of a nomination: the form and the account of its work; proof of earlier honours if any. */
	private static List<NewEvidenceItem> evidenceItems() {
		return List.of(new NewEvidenceItem("推荐表", true), new NewEvidenceItem("创建事迹材料", true), new NewEvidenceItem("所获荣誉证明", false));
	}

	/**
	 * A nomination with its evidence as a unit sends it: the nomination form (推荐表) signed by the nominating unit and
	 * the account of the collective's work, small PDFs set by the platform's typesetter; a scan of earlier honours when
	 * {@code honours}. So every demo nomination the office found qualified has its required evidence.
	 */
	private Nomination nominate(Campaign campaign, Nominate nomination, boolean honours, Actor actor) {
		LocalDate on = campaign.round(Campaign.RoundKind.NOMINATION).map(Campaign.Round::closesOn).orElse(times.today()).minusDays(3);
		String signedBy = organization.findUnit(nomination.nominatingUnitId()).map(UnitSummary::name).orElse("");
		String collective = nomination.collectiveName() != null ? nomination.collectiveName()
				: organization.findUnit(nomination.subjectUnitId()).map(UnitSummary::name).orElse("");
		List<EvidenceUpload> uploads = new java.util.ArrayList<>();
		uploads.add(new EvidenceUpload(item(campaign, "推荐表"), "推荐表.pdf", PrintedDocument.titled(campaign.title() + "推荐表")
			.font(font)
			.field("集体名称", collective)
			.field("推荐单位", signedBy)
			.field("主要事迹", nomination.summary())
			.paragraph("经研究，同意推荐该集体参加评选。")
			.signedBy(signedBy)
			.dated(on)
			.toPdf()));
		uploads.add(new EvidenceUpload(item(campaign, "创建事迹材料"), "创建事迹材料.pdf", PrintedDocument.titled(collective + "创建事迹材料")
			.font(font)
			.paragraph(nomination.summary())
			.signedBy(collective)
			.dated(on)
			.toPdf()));
		if (honours) {
			uploads.add(new EvidenceUpload(item(campaign, "所获荣誉证明"), "荣誉证书扫描件.png", TINY_PNG));
		}
		return awards.nominate(nomination, uploads, actor);
	}

	private static long item(Campaign campaign, String name) {
		return campaign.evidence().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** A one-pixel PNG standing in for a scanned certificate. */
	private static final byte[] TINY_PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

	private static Map<Campaign.RuleKind, BigDecimal> rules(Object... pairs) {
		Map<Campaign.RuleKind, BigDecimal> rules = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			rules.put((Campaign.RuleKind) pairs[i], new BigDecimal((String) pairs[i + 1]));
		}
		return rules;
	}

	private static List<NewCriterion> criteria() {
		return List.of(new NewCriterion("岗位业绩与服务成效", 50, 100), new NewCriterion("创建活动与团队建设", 30, 50), new NewCriterion("社会评价", 20, 20));
	}

	private static AwardStepInput scores(Campaign campaign, int... values) {
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			scores.put(campaign.criteria().get(i).id(), BigDecimal.valueOf(values[i]));
		}
		return new AwardStepInput(null, scores, null, null, null);
	}

	private static String births(LocalDate reference, int... ages) {
		StringBuilder dates = new StringBuilder();
		for (int i = 0; i < ages.length; i++) {
			dates.append(reference.minusYears(ages[i]).minusDays(30 + i * 11)).append('\n');
		}
		return dates.toString();
	}

	/**
	 * The construction branch's invented but well-formed credit code, the one the enterprise demo registers it under
	 * (subject MA570390; both check characters computed), so its honour shows on its 360° page.
	 */
	private static String demoCreditCode() {
		String subject = "MA570390";
		return CreditCode.of("91" + "440703" + subject + CreditCode.subjectCheckCharacter(subject)).value();
	}

	private Actor actor(String username) {
		return accounts.findByUsername(username).map(a -> a.actor()).orElse(null);
	}

	private Long unit(String name) {
		return organization.findUnitByName(name).map(UnitSummary::id).orElse(null);
	}
}
