package org.luoshi.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.awards.internal.AwardCommands.CreateCampaign;
import org.luoshi.awards.internal.AwardCommands.Nominate;
import org.luoshi.awards.internal.AwardCommands.NewCriterion;
import org.luoshi.awards.internal.AwardCommands.NewEvidenceItem;
import org.luoshi.awards.internal.AwardCommands.NewRound;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.awards.internal.AwardService;
import org.luoshi.awards.internal.Campaign;
import org.luoshi.awards.internal.Nomination;
import org.luoshi.awards.internal.NominationLifecycle;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.identity.internal.AccountAdministration.CreateAccountCommand;
import org.luoshi.identity.internal.AccountAdministration.GrantRolesCommand;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A town nominates its office on the nomination form — first with a member list too old for the rules (refused, each
 * reason shown, what was typed kept), then a young one (its eligibility shown rule by rule) — and withdraws it before
 * review, on a phone. Someone without an account files an objection on the public notice page at 390 px; the awards
 * office investigates and answers it, and the answer shows on the public page. The office moves a campaign on with
 * the buttons its stage offers — closing nominations, opening them again with a reason (refused without one), scoring,
 * the ranking, the notice —, each page saying what the next step waits for. A town nominates on a phone with a file
 * for one evidence item, attaches the other on the nomination's page; the office sees which nominations lack required
 * evidence and qualifies only the complete one. A unit's honours show on its supervision board and on the system
 * administrators' unit page for those who read awards, and for no one else.
 */
@IntegrationTest
class AwardsBrowserTests extends BrowserTest {

	@Autowired
	AwardService awards;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	Messages messages;

	@Autowired
	Times times;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
		browser.manage().deleteAllCookies();
	}

	@Test
	void aTownNominatesItsOfficeSeesWhyAndWithdrawsOnAPhone() {
		Campaign campaign = awards.createCampaign(campaign("浏览器推荐测试" + System.nanoTime()), actor("demo-awards"));
		LocalDate reference = times.today().plusDays(5);
		long office = organization.findUnitByName("棠下镇经济发展办公室").orElseThrow().id();

		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-town");
		open("/awards/campaigns/" + campaign.id());
		click(By.id("campaign-nominate"));
		new Select(find(By.id("nominate-subject"))).selectByValue(String.valueOf(office));
		find(By.id("nominate-births")).sendKeys(reference.minusYears(44).minusDays(2) + "\n" + reference.minusYears(48).minusDays(2) + "\n"
				+ reference.minusYears(52).minusDays(2));
		find(By.id("nominate-summary")).sendKeys("园区企业服务专班");
		click(By.id("nominate-submit"));
		String refusal = find(By.id("awards-problems")).getText();
		assertThat(refusal).contains(messages.zh("awards.rule.MAX_AVERAGE_AGE.failed", "35", "48"));
		assertThat(find(By.id("nominate-summary")).getAttribute("value")).isEqualTo("园区企业服务专班");
		fitsThePhone();

		find(By.id("nominate-births")).clear();
		find(By.id("nominate-births")).sendKeys(reference.minusYears(26).minusDays(2) + "\n" + reference.minusYears(29).minusDays(2) + "\n"
				+ reference.minusYears(32).minusDays(2));
		click(By.id("nominate-submit"));
		assertThat(find(By.id("nomination-status")).getText()).isEqualTo(messages.zh("awards.nomination.status.SUBMITTED"));
		assertThat(find(By.id("nomination-figures")).getText()).contains("3 人", "平均年龄 29 岁");
		assertThat(find(By.id("nomination-eligibility")).getText()).contains(messages.zh("awards.rule.MAX_AVERAGE_AGE.passed", "35", "29"));
		fitsThePhone();

		find(By.id("text-WITHDRAW")).sendKeys("材料需补充");
		click(By.id("nomination-withdraw"));
		assertThat(find(By.id("nomination-status")).getText()).isEqualTo(messages.zh("awards.nomination.status.WITHDRAWN"));
		assertThat(find(By.id("awards-timeline")).getText()).contains("撤回推荐 材料需补充");
	}

	@Test
	void anObjectionOnThePublicNoticeIsInvestigatedAndAnsweredOnTheRecord() {
		Actor office = actor("demo-awards");
		Campaign campaign = awards.createCampaign(campaign("浏览器公示测试" + System.nanoTime()), office);
		Nomination nomination = nominateOwnUnit(campaign, "荷塘镇", "荷塘镇青年突击队", "防汛抢险", office);
		awards.confirmRound(campaign.id(), office);
		awards.take(nomination.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		awards.confirmRound(campaign.id(), office);
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		scores.put(campaign.criteria().get(0).id(), BigDecimal.valueOf(9));
		awards.take(nomination.id(), NominationLifecycle.Step.SCORE, new AwardStepInput(null, scores, null, null, null), actor("demo-panel"));
		awards.confirmRound(campaign.id(), office);
		awards.startNotice(campaign.id(), null, office);

		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/public/awards/" + campaign.id());
		assertThat(find(By.id("public-winners")).getText()).contains("荷塘镇青年突击队");
		assertThat(find(By.id("public-notice-period")).getText()).contains("5 个工作日");
		fitsThePhone();
		find(By.id("objection-text")).sendKeys("突击队成员名单与实际不符");
		find(By.id("objection-name")).sendKeys("赵女士");
		find(By.id("objection-phone")).sendKeys("12");
		click(By.id("objection-submit"));
		assertThat(find(By.id("public-problems")).getText()).isNotBlank();
		find(By.id("objection-phone")).clear();
		find(By.id("objection-phone")).sendKeys("13800001111");
		click(By.id("objection-submit"));
		assertThat(find(By.id("objection-filed")).getText()).contains("受理号");
		assertThat(find(By.id("public-objections")).getText()).contains("突击队成员名单与实际不符", messages.zh("awards.objection.status.OPEN"))
			.doesNotContain("13800001111");
		fitsThePhone();

		browser.manage().window().setSize(new Dimension(1280, 900));
		signIn("demo-awards");
		open("/awards/campaigns/" + campaign.id());
		click(By.cssSelector("#campaign-objections a.list-group-item"));
		assertThat(find(By.id("objection-contact")).getText()).contains("13800001111");
		find(By.id("investigate-text")).sendKeys("向荷塘镇核实名单");
		click(By.id("objection-investigate"));
		assertThat(find(By.id("objection-status")).getText()).isEqualTo(messages.zh("awards.objection.status.INVESTIGATING"));
		find(By.id("answer-text")).sendKeys("经核实名单属实，异议不成立。");
		click(By.id("answer-not-upheld"));
		click(By.id("objection-answer-submit"));
		assertThat(find(By.id("objection-status")).getText()).isEqualTo(messages.zh("awards.objection.status.RESOLVED"));
		assertThat(find(By.id("awards-timeline")).getText()).contains("开始核查", "异议不成立");

		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/public/awards/" + campaign.id());
		assertThat(find(By.id("public-objections")).getText()).contains("经核实名单属实，异议不成立。");
		fitsThePhone();
	}

	@Test
	void theAwardsOfficeCreatesACampaignOnAPhoneSeesEachMistakeBesideItsFieldAndEditsIt() {
		String title = "浏览器新建评选" + System.nanoTime();
		LocalDate today = times.today();
		long campaignsBefore = campaigns();
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-awards");
		open("/awards/campaigns");
		click(By.id("campaign-new"));
		find(By.id("campaign-title")).sendKeys(title);
		find(By.id("campaign-organiser")).sendKeys("共青团江门市蓬江区委员会");
		new Select(find(By.id("campaign-level"))).selectByValue("DISTRICT");
		find(By.id("campaign-places")).clear();
		find(By.id("campaign-places")).sendKeys("0");
		find(By.id("evidence-name-0")).sendKeys("推荐表");
		click(By.id("evidence-required-0"));
		find(By.id("evidence-name-2")).sendKeys("推荐表");
		find(By.id("campaign-rule-MIN_SHARE_UNDER_35")).sendKeys("150");
		find(By.id("campaign-rule-MAX_AVERAGE_AGE")).sendKeys("35");
		find(By.id("criterion-name-0")).sendKeys("工作成效");
		find(By.id("criterion-weight-0")).sendKeys("60");
		find(By.id("criterion-max-0")).sendKeys("10");
		find(By.id("criterion-name-1")).sendKeys("青年培养");
		find(By.id("criterion-weight-1")).sendKeys("30");
		find(By.id("criterion-max-1")).sendKeys("10");
		setValue("round-opens-0", today.plusDays(5).toString());
		setValue("round-closes-0", today.toString());
		click(By.id("campaign-save"));

		assertThat(find(By.id("campaign-form-problems")).getText()).isEqualTo(messages.zh("awards.campaign.form.problems"));
		assertThat(problemBeside("places")).isEqualTo(messages.zh("awards.range", "1", "1000"));
		assertThat(problemBeside("rules[MIN_SHARE_UNDER_35]")).isEqualTo(messages.zh("awards.campaign.rule.invalid", "MIN_SHARE_UNDER_35"));
		assertThat(problemBeside("criteria")).isEqualTo(messages.zh("awards.campaign.weights.sum", "90"));
		assertThat(problemBeside("rounds[0]")).isEqualTo(messages.zh("awards.campaign.round.invalid"));
		// The blank row between them was dropped: the second 推荐表 is now the second row, and its problem is beside it.
		assertThat(problemBeside("evidence[1]")).isEqualTo(messages.zh("awards.campaign.evidence.twice", "推荐表"));
		assertThat(find(By.id("evidence-name-1")).getAttribute("value")).isEqualTo("推荐表");
		assertThat(find(By.id("evidence-required-0")).isSelected()).isTrue();
		assertThat(find(By.id("campaign-places")).getAttribute("class")).contains("is-invalid");
		assertThat(find(By.id("criterion-name-1")).getAttribute("value")).isEqualTo("青年培养");
		assertThat(find(By.id("campaign-title")).getAttribute("value")).isEqualTo(title);
		assertThat(campaigns()).isEqualTo(campaignsBefore);
		fitsThePhone();

		find(By.id("evidence-name-1")).clear();
		find(By.id("evidence-name-1")).sendKeys("事迹材料");
		find(By.id("campaign-places")).clear();
		find(By.id("campaign-places")).sendKeys("2");
		find(By.id("campaign-rule-MIN_SHARE_UNDER_35")).clear();
		find(By.id("campaign-rule-MIN_SHARE_UNDER_35")).sendKeys("60");
		find(By.id("criterion-weight-1")).clear();
		find(By.id("criterion-weight-1")).sendKeys("40");
		setValue("round-opens-0", today.toString());
		setValue("round-closes-0", today.plusDays(10).toString());
		click(By.id("campaign-save"));
		assertThat(find(By.id("campaign-title")).getText()).isEqualTo(title);
		assertThat(find(By.id("awards-done")).getText()).isEqualTo(messages.zh("awards.done.campaign-saved"));
		assertThat(campaigns()).isEqualTo(campaignsBefore + 1);
		assertThat(find(By.id("campaign-evidence")).getText()).contains("推荐表", messages.zh("awards.evidence.required"), "事迹材料",
				messages.zh("awards.evidence.optional"));
		fitsThePhone();

		click(By.id("campaign-edit"));
		assertThat(find(By.id("criterion-name-1")).getAttribute("value")).isEqualTo("青年培养");
		find(By.id("campaign-places")).clear();
		find(By.id("campaign-places")).sendKeys("3");
		click(By.id("campaign-save"));
		assertThat(find(By.id("awards-done")).getText()).isEqualTo(messages.zh("awards.done.campaign-saved"));
		assertThat(find(By.id("awards-timeline")).getText()).contains(messages.zh("awards.campaign.event.edited", messages.zh("audit.field.places")));
		assertThat(jdbc.sql("SELECT places FROM award_campaign WHERE title = ?").param(title).query(Integer.class).single()).isEqualTo(3);
		fitsThePhone();
	}

	@Test
	void theAwardsOfficeMovesACampaignOnWithTheButtonsItsStageOffersOnAPhone() {
		Actor office = actor("demo-awards");
		Campaign campaign = awards.createCampaign(campaign("浏览器环节测试" + System.nanoTime()), office);
		Nomination nomination = nominateOwnUnit(campaign, "杜阮镇", "杜阮镇青年志愿服务队", "志愿服务", office);

		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-awards");
		open("/awards/campaigns/" + campaign.id());
		assertThat(buttons()).containsExactly("campaign-close-nominations");
		assertThat(browser.findElements(By.id("campaign-edit"))).hasSize(1);
		fitsThePhone();

		click(By.id("campaign-close-nominations"));
		assertThat(find(By.id("campaign-stage")).getText()).isEqualTo(messages.zh("awards.stage.QUALIFICATION"));
		assertThat(find(By.id("awards-done-step")).getText())
			.isEqualTo(messages.zh("awards.done.step", messages.zh("awards.campaign.step.CLOSE_NOMINATIONS")));
		assertThat(browser.findElements(By.id("campaign-edit"))).isEmpty();
		// Nothing checked yet: the step back is offered; scoring waits, and the page says for what.
		assertThat(buttons()).containsExactly("campaign-reopen-nominations");
		assertThat(find(By.id("campaign-waiting")).getText()).isEqualTo(messages.zh("awards.campaign.unchecked-nominations"));
		fitsThePhone();

		click(By.id("campaign-reopen-nominations"));
		assertThat(find(By.id("awards-problems")).getText()).isEqualTo(messages.zh("awards.required"));
		assertThat(find(By.id("campaign-stage")).getText()).isEqualTo(messages.zh("awards.stage.QUALIFICATION"));
		find(By.id("campaign-reopen-text")).sendKeys("杜阮镇申请补交材料");
		click(By.id("campaign-reopen-nominations"));
		assertThat(find(By.id("campaign-stage")).getText()).isEqualTo(messages.zh("awards.stage.NOMINATION"));
		assertThat(find(By.id("awards-timeline")).getText()).contains(messages.zh("awards.campaign.event.nominations-reopened", "杜阮镇申请补交材料"));
		assertThat(buttons()).containsExactly("campaign-close-nominations");

		click(By.id("campaign-close-nominations"));
		awards.take(nomination.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		open("/awards/campaigns/" + campaign.id());
		assertThat(buttons()).containsExactly("campaign-open-scoring");
		assertThat(browser.findElements(By.id("campaign-waiting"))).isEmpty();
		click(By.id("campaign-open-scoring"));
		assertThat(find(By.id("campaign-stage")).getText()).isEqualTo(messages.zh("awards.stage.SCORING"));
		assertThat(find(By.id("campaign-waiting")).getText()).isEqualTo(messages.zh("awards.campaign.unscored-nominations"));

		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		scores.put(campaign.criteria().get(0).id(), BigDecimal.valueOf(9));
		awards.take(nomination.id(), NominationLifecycle.Step.SCORE, new AwardStepInput(null, scores, null, null, null), actor("demo-panel"));
		open("/awards/campaigns/" + campaign.id());
		click(By.id("campaign-confirm-ranking"));
		assertThat(find(By.id("campaign-stage")).getText()).isEqualTo(messages.zh("awards.stage.RANKED"));
		assertThat(find(By.id("campaign-notice-on")).getAttribute("value")).isEqualTo(times.today().toString());
		fitsThePhone();
		click(By.id("campaign-start-notice"));
		assertThat(find(By.id("campaign-stage")).getText()).isEqualTo(messages.zh("awards.stage.NOTICE"));
		assertThat(buttons()).isEmpty();
		assertThat(find(By.id("campaign-waiting")).getText()).isEqualTo(messages.zh("awards.campaign.notice-running"));
		assertThat(find(By.id("awards-timeline")).getText()).contains(messages.zh("awards.campaign.event.ranking-confirmed", "1"));
		fitsThePhone();

		// A nominating unit reads the campaign, takes none of its steps.
		browser.manage().deleteAllCookies();
		signIn("demo-town");
		open("/awards/campaigns/" + campaign.id());
		assertThat(browser.findElements(By.id("campaign-actions"))).isEmpty();
	}

	/** The campaign's step buttons the page shows, by id. */
	private List<String> buttons() {
		return browser.findElements(By.cssSelector("#campaign-actions button")).stream().map(button -> button.getAttribute("id")).toList();
	}

	@Test
	void aUnitsHonoursShowOnItsSupervisionBoardForThoseWhoReadAwards() {
		Actor office = actor("demo-awards");
		Campaign campaign = awards.createCampaign(campaign("浏览器单位荣誉" + System.nanoTime()), office);
		String collective = "棠下镇青年服务队" + System.nanoTime() % 10000;
		Nomination nomination = nominateOwnUnit(campaign, "棠下镇", collective, "服务企业", office);
		long tangxia = nomination.nominatingUnitId();
		awards.confirmRound(campaign.id(), office);
		awards.take(nomination.id(), NominationLifecycle.Step.QUALIFY, AwardStepInput.none(), office);
		awards.confirmRound(campaign.id(), office);
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		scores.put(campaign.criteria().get(0).id(), BigDecimal.valueOf(9));
		awards.take(nomination.id(), NominationLifecycle.Step.SCORE, new AwardStepInput(null, scores, null, null, null), actor("demo-panel"));
		awards.confirmRound(campaign.id(), office);
		awards.startNotice(campaign.id(), times.today().minusDays(40), office);
		awards.finalise(campaign.id(), office);

		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-town");
		open("/supervision/units/" + tangxia);
		assertThat(find(By.cssSelector("#unit-board-honours #unit-honours")).getText()).contains(collective);
		fitsThePhone();

		browser.manage().deleteAllCookies();
		signIn("demo-admin");
		open("/supervision/units/" + tangxia);
		assertThat(find(By.id("unit-board-title")).getText()).isNotBlank();
		assertThat(browser.findElements(By.id("unit-board-honours"))).as("no awards:read, no honours block").isEmpty();
	}

	@Test
	void aTownNominatesOnAPhoneWithAFileCompletesItsEvidenceAndTheOfficeQualifiesOnlyTheCompleteNomination() throws Exception {
		Actor office = actor("demo-awards");
		LocalDate today = times.today();
		Campaign campaign = awards.createCampaign(new CreateCampaign("浏览器材料测试" + System.nanoTime(), today.getYear(), Campaign.Level.DISTRICT,
				"共青团江门市蓬江区委员会", null, null, List.of(new NewEvidenceItem("推荐表", true), new NewEvidenceItem("事迹材料", true)), 2, 2,
				Campaign.TieRule.EARLIER, 5, Map.of(Campaign.RuleKind.MAX_AVERAGE_AGE, new BigDecimal("35")), List.of(new NewCriterion("成效", 100, 10)),
				List.of(new NewRound(Campaign.RoundKind.NOMINATION, today.minusDays(1), today.plusDays(5)))), office);
		long recommendation = campaign.evidence().get(0).id();
		long account = campaign.evidence().get(1).id();
		LocalDate reference = today.plusDays(5);
		long tangxiaOffice = organization.findUnitByName("棠下镇经济发展办公室").orElseThrow().id();
		Nomination incomplete = nominateOwnUnit(campaign, "荷塘镇", "荷塘镇青年突击队", "防汛抢险", office);
		java.nio.file.Path files = java.nio.file.Files.createTempDirectory("luoshi-evidence");
		java.nio.file.Path form = java.nio.file.Files.write(files.resolve("推荐表.pdf"), "%PDF-1.7\n推荐表\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		java.nio.file.Path story = java.nio.file.Files.write(files.resolve("事迹材料.pdf"), "%PDF-1.7\n事迹\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-town");
		open("/awards/campaigns/" + campaign.id());
		click(By.id("campaign-nominate"));
		new Select(find(By.id("nominate-subject"))).selectByValue(String.valueOf(tangxiaOffice));
		find(By.id("nominate-births")).sendKeys(reference.minusYears(26).minusDays(2) + "\n" + reference.minusYears(29).minusDays(2));
		find(By.id("nominate-summary")).sendKeys("园区企业服务专班");
		assertThat(find(By.id("nominate-evidence-files")).getText()).contains("推荐表", "事迹材料", messages.zh("awards.evidence.required"));
		fitsThePhone();
		find(By.id("nominate-file-" + recommendation)).sendKeys(form.toString());
		click(By.id("nominate-submit"));

		assertThat(find(By.id("nomination-status")).getText()).isEqualTo(messages.zh("awards.nomination.status.SUBMITTED"));
		assertThat(find(By.id("nomination-evidence-state")).getText()).isEqualTo(messages.zh("awards.evidence.incomplete"));
		assertThat(find(By.cssSelector(".evidence-check[data-item='推荐表']")).getText()).contains("推荐表.pdf");
		assertThat(find(By.cssSelector(".evidence-check[data-item='事迹材料']")).getText()).contains(messages.zh("awards.evidence.missing-badge"));
		fitsThePhone();
		new Select(find(By.id("evidence-item"))).selectByValue(String.valueOf(account));
		find(By.id("evidence-file")).sendKeys(story.toString());
		click(By.id("evidence-submit"));
		assertThat(find(By.id("awards-done-step")).getText()).contains(messages.zh("awards.nomination.step.ATTACH_EVIDENCE"));
		assertThat(find(By.id("nomination-evidence-state")).getText()).isEqualTo(messages.zh("awards.evidence.complete"));
		assertThat(find(By.id("awards-timeline")).getText()).contains(messages.zh("awards.nomination.event.evidence-attached", "事迹材料", "事迹材料.pdf"));
		fitsThePhone();
		long complete = Long.parseLong(find(By.id("award-nomination")).getAttribute("data-nomination-id"));

		awards.confirmRound(campaign.id(), office);
		browser.manage().deleteAllCookies();
		signIn("demo-awards");
		open("/awards/campaigns/" + campaign.id());
		assertThat(find(By.id("campaign-nominations")).getText()).contains(messages.zh("awards.evidence.missing-list", "推荐表、事迹材料"));
		assertThat(browser.findElements(By.cssSelector(".nomination-incomplete"))).hasSize(1);
		fitsThePhone();
		open("/awards/nominations/" + incomplete.id());
		assertThat(find(By.id("nomination-qualify-blocked")).getText()).isEqualTo(messages.zh("awards.evidence.qualify-blocked", "推荐表、事迹材料"));
		assertThat(browser.findElements(By.id("nomination-qualify"))).as("no qualification while evidence is missing").isEmpty();
		assertThat(browser.findElements(By.id("evidence-form"))).as("nominations are closed").isEmpty();
		fitsThePhone();
		open("/awards/nominations/" + complete);
		click(By.id("nomination-qualify"));
		assertThat(find(By.id("nomination-status")).getText()).isEqualTo(messages.zh("awards.nomination.status.QUALIFIED"));
	}

	@Test
	void aUnitsHonoursShowOnTheAdminUnitPageForAnAdministratorWhoReadsAwards() {
		String username = "unit-admin-" + System.nanoTime() % 1_000_000;
		AccountSummary created = administration.create(new CreateAccountCommand(username, "单位管理员", null, null, "Initial-Pass-0815"),
				actor("demo-sysadmin")).account();
		administration.grantRoles(new GrantRolesCommand(created.id(), created.version(), Set.of(Role.SYSTEM_ADMIN, Role.AWARDS_REVIEWER)),
				actor("demo-secadmin"));
		long division = organization.findUnitByName("刑事审判庭").orElseThrow().id();

		browser.manage().window().setSize(new Dimension(390, 844));
		signIn(username, "Initial-Pass-0815");
		waitFor(ExpectedConditions.urlContains("/account/password"));
		find(By.id("currentPassword")).sendKeys("Initial-Pass-0815");
		find(By.id("newPassword")).sendKeys("Tangxia-Lychee-48");
		find(By.id("confirmation")).sendKeys("Tangxia-Lychee-48");
		click(By.cssSelector("#password-form button[type=submit]"));
		find(By.id("flash"));
		open("/admin/units?unit=" + division);
		// The demo's 2023 honour of the court's criminal division, loaded from the awards module by address.
		assertThat(find(By.cssSelector("#unit-panel-honours #unit-honours")).getText()).contains("江门市蓬江区人民法院刑事审判庭");
		fitsThePhone();

		browser.manage().deleteAllCookies();
		signIn("demo-sysadmin");
		open("/admin/units?unit=" + division);
		assertThat(find(By.id("unit-title")).getText()).isEqualTo("刑事审判庭");
		assertThat(browser.findElements(By.id("unit-panel-honours"))).as("no awards:read, no honours block").isEmpty();
	}

	private String problemBeside(String field) {
		return find(By.cssSelector(".campaign-field-problems[data-field='" + field + "']")).getText();
	}

	private long campaigns() {
		return jdbc.sql("SELECT count(*) FROM award_campaign").query(Long.class).single();
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(By.id(id)), value);
	}

	private CreateCampaign campaign(String title) {
		LocalDate today = times.today();
		return new CreateCampaign(title, today.getYear(), Campaign.Level.DISTRICT, "共青团江门市蓬江区委员会", null, null, null, 1, 2,
				Campaign.TieRule.EARLIER, 5, Map.of(Campaign.RuleKind.MAX_AVERAGE_AGE, new BigDecimal("35")), List.of(new NewCriterion("成效", 100, 10)),
				List.of(new NewRound(Campaign.RoundKind.NOMINATION, today.minusDays(1), today.plusDays(5))));
	}

	/** A unit nominates a collective of its own: two members, 24 and 27 on the round's last day. */
	private Nomination nominateOwnUnit(Campaign campaign, String unitName, String collective, String summary, Actor by) {
		LocalDate reference = campaign.round(Campaign.RoundKind.NOMINATION).orElseThrow().closesOn();
		long unit = organization.findUnitByName(unitName).orElseThrow().id();
		return awards.nominate(new Nominate(campaign.id(), unit, unit, null, collective, summary, null,
				reference.minusYears(24).minusDays(2) + "\n" + reference.minusYears(27).minusDays(2)), by);
	}

	private Actor actor(String username) {
		return accounts.findByUsername(username).orElseThrow().actor();
	}

	private void fitsThePhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
