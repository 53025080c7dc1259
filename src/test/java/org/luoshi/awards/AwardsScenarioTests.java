package org.luoshi.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.awards.internal.AwardCommands.CreateCampaign;
import org.luoshi.awards.internal.AwardCommands.FileObjection;
import org.luoshi.awards.internal.AwardCommands.Nominate;
import org.luoshi.awards.internal.AwardCommands.NewCriterion;
import org.luoshi.awards.internal.AwardCommands.NewEvidenceItem;
import org.luoshi.awards.internal.AwardCommands.NewRound;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.awards.internal.AwardQueries;
import org.luoshi.awards.internal.AwardService;
import org.luoshi.awards.internal.Campaign;
import org.luoshi.awards.internal.CertificatePrint;
import org.luoshi.awards.internal.Honour;
import org.luoshi.awards.internal.HonourLifecycle;
import org.luoshi.awards.internal.Nomination;
import org.luoshi.awards.internal.NominationLifecycle;
import org.luoshi.awards.internal.Objection;
import org.luoshi.awards.internal.ObjectionLifecycle;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.support.MutableClock;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One campaign walked through the real services on PostgreSQL: set up with its rules, criteria and rounds; a town
 * nominates its office and the awards office the court's criminal division, a third nomination refused as ineligible
 * with its reason and nothing stored; the qualification check; scoring with a reviewer of the court refused (automatic
 * recusal) and another declaring a recusal, a score out of range refused; the ranking with a tie broken by the declared
 * rule and explained; the public notice counted in working days; an objection filed, investigated and answered on the
 * record; the days pass on the platform's clock until the notice is over, and an objection is then refused, by the service
 * and on the public page; the results final, the honour in the registry with its certificate, and later revoked — which
 * then makes the collective ineligible in a campaign that asks for no revocation.
 */
@AwardsClock
class AwardsScenarioTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	AwardService awards;

	@Autowired
	AwardQueries queries;

	@Autowired
	CertificatePrint certificates;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Times times;

	@Autowired
	org.luoshi.enterprise.EnterpriseDirectory enterprises;

	@Autowired
	List<org.luoshi.enterprise.EnterpriseTimelineSource> timelineSources;

	@Test
	void fromACampaignToARevokedHonour() {
		Actor office = actor("demo-awards");
		Actor town = actor("demo-town");
		Actor courtReviewer = actor("demo-reviewer");
		Actor second = reviewer("评审乙");
		Actor third = reviewer("评审丙");
		long court = unit("江门市蓬江区人民法院");
		long division = unit("刑事审判庭");
		long tangxia = unit("棠下镇");
		long tangxiaOffice = unit("棠下镇经济发展办公室");

		Campaign campaign = awards.createCampaign(campaign("区青年文明号" + System.nanoTime(), Map.of(Campaign.RuleKind.MIN_MEMBERS, new BigDecimal("3"),
				Campaign.RuleKind.MIN_SHARE_UNDER_35, new BigDecimal("60"), Campaign.RuleKind.MAX_AVERAGE_AGE, new BigDecimal("35"))), office);
		assertThat(campaign.stage()).isEqualTo(Campaign.Stage.NOMINATION);
		assertThat(campaign.criteria()).extracting(Campaign.Criterion::weight).containsExactly(60, 40);

		// The town's office: young enough. The court's division, nominated by the office for the court: average age 32.
		Nomination young = awards.nominate(new Nominate(campaign.id(), tangxia, tangxiaOffice, null, null, "窗口服务", null,
				births(reference(), 26, 28, 29, 31, 36)), town);
		assertThat(young.figures().members()).isEqualTo(5);
		assertThat(young.figures().under35()).isEqualTo(4);
		assertThat(young.figures().averageAge()).isEqualByComparingTo("30.0");
		assertThat(jdbc.sql("SELECT count(*) FROM award_nomination WHERE id = ? AND summary LIKE '%19%'").param(young.id()).query(Long.class).single())
			.isZero();
		Nomination division32 = awards.nominate(new Nominate(campaign.id(), court, division, null, null, "审判工作", null,
				births(reference(), 27, 29, 30, 31, 32, 33, 34, 35, 36)), office);
		assertThat(division32.figures().averageAge()).isEqualByComparingTo("31.9");

		// The town itself, with older staff: refused, each failed rule's reason given, nothing stored.
		long before = count("award_nomination");
		assertThatThrownBy(() -> awards.nominate(new Nominate(campaign.id(), tangxia, tangxia, null, null, null, null,
				births(reference(), 41, 45, 52, 38)), town))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("awards.rule.MIN_SHARE_UNDER_35.failed", "awards.rule.MAX_AVERAGE_AGE.failed"))
			.satisfies(e -> assertThat(((ValidationException) e).violations()).filteredOn(v -> v.messageKey().contains("AVERAGE"))
				.extracting(Violation::arguments).containsExactly(List.of("35", "44")));
		assertThat(count("award_nomination")).isEqualTo(before);
		// A town cannot nominate a unit outside its subtree.
		assertThatThrownBy(() -> awards.nominate(new Nominate(campaign.id(), tangxia, division, null, null, null, null,
				births(reference(), 26, 27, 28)), town)).isInstanceOf(ValidationException.class);

		// Qualification.
		awards.confirmRound(campaign.id(), office);
		assertThatThrownBy(() -> awards.confirmRound(campaign.id(), office)).isInstanceOf(ConflictException.class);
		awards.take(young.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		awards.take(division32.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		awards.confirmRound(campaign.id(), office);
		Campaign.Criterion work = campaign.criteria().get(0);
		Campaign.Criterion team = campaign.criteria().get(1);

		// The court's reviewer may not score the court's division: automatic recusal, nothing changed.
		assertThat(queries.automaticallyRecused(division32, courtReviewer)).isTrue();
		assertThat(awards.actions(division32, courtReviewer)).doesNotContain(NominationLifecycle.Step.SCORE);
		assertThatThrownBy(() -> awards.take(division32.id(), NominationLifecycle.Step.SCORE, scores(work, 80, team, 40), courtReviewer))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey).containsExactly("awards.score.own-unit"));
		// A score above the criterion's maximum: refused, nothing stored.
		assertThatThrownBy(() -> awards.take(young.id(), NominationLifecycle.Step.SCORE, scores(work, 80, team, 60), second))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey).containsExactly("awards.score.range"));
		assertThat(count("award_score")).isEqualTo(jdbc.sql("SELECT count(*) FROM award_score WHERE nomination_id <> ?").param(young.id())
			.query(Long.class).single());

		awards.take(young.id(), NominationLifecycle.Step.SCORE, scores(work, 80, team, 40), courtReviewer);
		awards.take(young.id(), NominationLifecycle.Step.SCORE, scores(work, 80, team, 40), second);
		awards.take(division32.id(), NominationLifecycle.Step.SCORE, scores(work, 80, team, 40), second);
		awards.take(young.id(), NominationLifecycle.Step.DECLARE_RECUSAL, AwardStepInput.text("曾在棠下镇挂职"), third);
		assertThatThrownBy(() -> awards.take(young.id(), NominationLifecycle.Step.SCORE, scores(work, 90, team, 45), third))
			.isInstanceOf(ValidationException.class);
		awards.take(division32.id(), NominationLifecycle.Step.SCORE, scores(work, 80, team, 40), third);

		// Both total 80: the declared rule (younger first) puts the town's office first, and says so.
		awards.confirmRound(campaign.id(), office);
		Nomination first = queries.nomination(young.id(), office);
		Nomination secondPlace = queries.nomination(division32.id(), office);
		assertThat(first.status()).isEqualTo(NominationLifecycle.Status.PROPOSED);
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.storedTotal()).isEqualByComparingTo("80.00");
		assertThat(first.rankNote()).isEqualTo("YOUNGER|刑事审判庭");
		assertThat(secondPlace.status()).isEqualTo(NominationLifecycle.Status.NOT_SELECTED);
		assertThat(secondPlace.rank()).isEqualTo(2);
		// A confirmed ranking is locked: no more scores.
		assertThatThrownBy(() -> awards.take(young.id(), NominationLifecycle.Step.SCORE, scores(work, 10, team, 10), reviewer("评审丁")))
			.isInstanceOf(ConflictException.class);

		// The public notice, counted in working days from today.
		Campaign notice = awards.startNotice(campaign.id(), null, office);
		assertThat(notice.stage()).isEqualTo(Campaign.Stage.NOTICE);
		assertThat(notice.noticeUntil()).isAfterOrEqualTo(notice.noticeFrom().plusDays(4));

		assertThatThrownBy(() -> awards.fileObjection(campaign.id(), new FileObjection(young.id(), "成员名单有误", "李先生", "12")))
			.isInstanceOf(ValidationException.class);
		Objection objection = awards.fileObjection(campaign.id(), new FileObjection(young.id(), "名单中有人已调离", "李先生", "13800138000"));
		assertThat(objection.status()).isEqualTo(ObjectionLifecycle.Status.OPEN);
		assertThat(queries.publicObjections(campaign.id())).extracting(Objection::contactPhone).containsOnlyNulls();
		assertThatThrownBy(() -> awards.finalise(campaign.id(), office)).isInstanceOf(ConflictException.class)
			.hasMessage("awards.campaign.notice-running");

		awards.takeObjection(objection.id(), ObjectionLifecycle.Step.INVESTIGATE, AwardStepInput.text("向棠下镇核实"), office);
		Objection answered = awards.takeObjection(objection.id(), ObjectionLifecycle.Step.ANSWER,
				new AwardStepInput("经核实，调离人员已在申报前从名单中去除，异议不成立。", Map.of(), null, false, null), office);
		assertThat(answered.status()).isEqualTo(ObjectionLifecycle.Status.RESOLVED);
		assertThat(queries.objectionTimeline(objection.id())).extracting(e -> e.kind()).containsExactly("filed", "investigation-started", "not-upheld");
		assertThatThrownBy(() -> awards.takeObjection(objection.id(), ObjectionLifecycle.Step.ANSWER, AwardStepInput.text("再答"), office))
			.isInstanceOf(ConflictException.class);

		// The days pass on the platform's clock to the notice's last day: an objection is still taken (and answered). The
		// day after, one is refused — by the service, and on the public page, whose form is gone (one left open in a
		// browser is answered with the reason) — and nothing is stored.
		clock.advanceDays((int) ChronoUnit.DAYS.between(times.today(), notice.noticeUntil()));
		PageSession visitor = PageSession.anonymous(port);
		String publicPage = "/public/awards/" + campaign.id();
		assertThat(PageSession.text(visitor.get(publicPage))).contains("id=\"objection-form\"");
		Objection lastDay = awards.fileObjection(campaign.id(), new FileObjection(young.id(), "最后一天的异议", "王女士", "13800138001"));
		awards.takeObjection(lastDay.id(), ObjectionLifecycle.Step.ANSWER, new AwardStepInput("已核实，异议不成立。", Map.of(), null, false, null), office);
		clock.advanceDays(1);
		long objections = count("award_objection");
		assertThatThrownBy(() -> awards.fileObjection(campaign.id(), new FileObjection(young.id(), "迟到的异议", "王女士", "13800138001")))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("awards.objection.notice-over"));
		assertThat(PageSession.text(visitor.get(publicPage))).doesNotContain("id=\"objection-form\"");
		// The form the visitor opened yesterday is sent today, with the session's token (here read off the login page).
		String refused = PageSession.text(visitor.post(publicPage + "/objections", "/login", List.of(Map.entry("nominationId",
				String.valueOf(young.id())), Map.entry("text", "迟到的异议"), Map.entry("contactName", "王女士"), Map.entry("contactPhone", "13800138001"))));
		assertThat(refused).contains("data-key=\"awards.objection.notice-over\"");
		assertThat(count("award_objection")).isEqualTo(objections);

		// Results final: the honour in the registry, its certificate.
		Campaign done = awards.finalise(campaign.id(), office);
		assertThat(done.stage()).isEqualTo(Campaign.Stage.FINAL);
		assertThat(queries.nomination(young.id(), office).status()).isEqualTo(NominationLifecycle.Status.AWARDED);
		Honour honour = queries.honourOfNomination(young.id()).orElseThrow();
		assertThat(honour.level()).isEqualTo(Campaign.Level.DISTRICT);
		assertThat(honour.validUntil()).isEqualTo(honour.awardedOn().plusYears(2).minusDays(1));
		assertThat(queries.honoursOfUnit(tangxiaOffice)).extracting(Honour::id).contains(honour.id());
		byte[] pdf = certificates.pdf(honour, done);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		// Later revoked, with its reason, on the record; a revoked honour changes no more.
		assertThatThrownBy(() -> awards.takeHonour(honour.id(), HonourLifecycle.Step.REVOKE, AwardStepInput.none(), office))
			.isInstanceOf(ValidationException.class);
		Honour revoked = awards.takeHonour(honour.id(), HonourLifecycle.Step.REVOKE, AwardStepInput.text("复核发现申报材料失实"), office);
		assertThat(revoked.status()).isEqualTo(HonourLifecycle.Status.REVOKED);
		assertThat(revoked.reason()).isEqualTo("复核发现申报材料失实");
		assertThatThrownBy(() -> awards.takeHonour(honour.id(), HonourLifecycle.Step.RE_REVIEW, AwardStepInput.none(), office))
			.isInstanceOf(ConflictException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'awards.honour.revoked' AND target_id = ?")
			.param(String.valueOf(honour.id())).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'awards.nomination.%' AND target_id = ?")
			.param(String.valueOf(young.id())).query(Long.class).single()).isGreaterThanOrEqualTo(6);

		// A later campaign that asks for no revocation in three years refuses the office, with the reason.
		Campaign later = awards.createCampaign(campaign("区青年文明号复评" + System.nanoTime(),
				Map.of(Campaign.RuleKind.NO_REVOCATION_YEARS, new BigDecimal("3"))), office);
		assertThatThrownBy(() -> awards.nominate(new Nominate(later.id(), tangxia, tangxiaOffice, null, null, null, null,
				births(reference(), 26, 28)), town))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("awards.rule.NO_REVOCATION_YEARS.failed"));
	}

	@Test
	void anEnterprisesCollectiveNominatedByCreditCodeShowsItsHonourOnThe360Page() {
		Actor office = actor("demo-awards");
		org.luoshi.enterprise.EnterpriseSummary chaoguang = enterprises.findByName("朝光通信有限公司").orElseThrow();
		Campaign campaign = awards.createCampaign(campaign("企业青年集体" + System.nanoTime(), Map.of(Campaign.RuleKind.MIN_MEMBERS, new BigDecimal("2"))),
				office);
		Nomination team = awards.nominate(new Nominate(campaign.id(), unit("棠下镇"), null, chaoguang.creditCode().toLowerCase(), "朝光通信研发青年突击队",
				"5G 模组研发", null, births(reference(), 25, 27, 29)), office);
		assertThat(team.enterpriseId()).isEqualTo(chaoguang.id());
		// A town may nominate its own enterprises' collectives only: a code unknown to the registry is refused.
		String unknown = org.luoshi.enterprise.CreditCode.of("91440703AWRD9999" + org.luoshi.enterprise.CreditCode.subjectCheckCharacter("AWRD9999"))
			.value();
		assertThatThrownBy(() -> awards.nominate(new Nominate(campaign.id(), unit("棠下镇"), null, unknown, "某集体", null, null,
				births(reference(), 25, 27)), actor("demo-town")))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.contains("awards.nomination.enterprise.unknown"));
		awards.confirmRound(campaign.id(), office);
		awards.take(team.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		awards.confirmRound(campaign.id(), office);
		Campaign.Criterion work = campaign.criteria().get(0);
		Campaign.Criterion build = campaign.criteria().get(1);
		awards.take(team.id(), NominationLifecycle.Step.SCORE, scores(work, 90, build, 45), reviewer("评审戊"));
		awards.confirmRound(campaign.id(), office);
		awards.startNotice(campaign.id(), times.today().minusDays(30), office);
		awards.finalise(campaign.id(), office);

		List<org.luoshi.enterprise.EnterpriseTimelineEntry> entries = timelineSources.stream()
			.flatMap(source -> source.entries(chaoguang.id(), office).stream())
			.filter(entry -> entry.messageKey().startsWith("awards.timeline."))
			.toList();
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.messageKey()).isEqualTo("awards.timeline.ACTIVE");
			assertThat(entry.arguments()).contains("朝光通信研发青年突击队");
		});
		assertThat(queries.honoursOfEnterprise(chaoguang.id())).extracting(Honour::collectiveName).contains("朝光通信研发青年突击队");
	}

	private CreateCampaign campaign(String title, Map<Campaign.RuleKind, BigDecimal> rules) {
		LocalDate today = times.today();
		return new CreateCampaign(title, today.getYear(), Campaign.Level.DISTRICT, "共青团江门市蓬江区委员会", null, "区级青年集体评选",
				List.of(new NewEvidenceItem("事迹材料", false)), 1, 2, Campaign.TieRule.YOUNGER, 5, rules, List.of(new NewCriterion("业务成效", 60, 100), new NewCriterion("团队建设", 40, 50)),
				List.of(new NewRound(Campaign.RoundKind.NOMINATION, today.minusDays(10), reference()),
						new NewRound(Campaign.RoundKind.SCORING, today, today.plusDays(10))));
	}

	/** The nomination round's last day: members' ages are reckoned on it. */
	private LocalDate reference() {
		return times.today().plusDays(5);
	}

	private static String births(LocalDate reference, int... ages) {
		StringBuilder dates = new StringBuilder();
		for (int age : ages) {
			dates.append(reference.minusYears(age).minusDays(1)).append('\n');
		}
		return dates.toString();
	}

	private static AwardStepInput scores(Campaign.Criterion a, int scoreA, Campaign.Criterion b, int scoreB) {
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		scores.put(a.id(), BigDecimal.valueOf(scoreA));
		scores.put(b.id(), BigDecimal.valueOf(scoreB));
		return new AwardStepInput(null, scores, null, null, null);
	}

	private Actor actor(String username) {
		return accounts.findByUsername(username).orElseThrow().actor();
	}

	private static Actor reviewer(String name) {
		return new Actor(800_000_000L + Math.abs(name.hashCode() % 1000) + System.nanoTime() % 100_000, "reviewer", name, null,
				Set.of(Permissions.AWARDS_READ, Permissions.AWARDS_REVIEW));
	}

	private long unit(String name) {
		return organization.findUnitByName(name).orElseThrow().id();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}
