package org.luoshi.enterprise.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.CategoryChange;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.NewCategory;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.TownRouteChange;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.enterprise.internal.EnterpriseService.Saved;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.support.Acting;
import org.luoshi.support.ApiClient;
import org.luoshi.support.Auditors;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.access.AccessDeniedException;

/**
 * Demands on PostgreSQL through the real services: routing and the working-day clock, every step of the loop for the
 * side that takes it, the refusals (404, 403, 409, 400) with nothing changed, the three rates' counts, similar demands
 * and merging, raising a task with the link kept both ways, and the one visibility rule on the 360° page.
 */
@IntegrationTest
class DemandIntegrationTests {

	@Autowired
	DemandManagement demands;

	@Autowired
	EnterpriseService registry;

	@Autowired
	EnterpriseDirectory directory;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	TaskQueries tasks;

	@Autowired
	DemandCategoryAdministration administration;

	@Autowired
	Times times;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Autowired
	List<ScheduledTaskHolder> scheduled;

	@LocalServerPort
	int port;

	@AfterEach
	void signOut() {
		Acting.actAsNobody();
	}

	@Test
	void theDemoDataHasDemandsInEveryStateADeskMeets() {
		List<String> statuses = jdbc.sql("SELECT DISTINCT status FROM demand").query(String.class).list();
		assertThat(statuses).contains("SUBMITTED", "ASSIGNED", "RETURNED", "IN_PROGRESS", "ANSWERED", "CLOSED");
		assertThat(jdbc.sql("SELECT count(*) FROM demand WHERE reopen_count > 0 AND status = 'IN_PROGRESS'").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM demand WHERE task_id IS NOT NULL AND escalation_level = 2").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM demand WHERE similar_to IS NOT NULL").query(Long.class).single()).isPositive();
	}

	@Test
	void theDailyFollowUpRunsOnlyWhenATestAsksForIt() {
		// Fired by the clock at a quarter hour, it would remind and escalate the demo's overdue demands beneath whichever
		// test happens to be running; DemandCalendarScenarioTests runs it on its own clock.
		assertThat(scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream()).map(task -> task.getTask().toString()))
			.isNotEmpty()
			.noneMatch(task -> task.contains("FollowUp"));
	}

	@Test
	void aDemandGoesToTheTownByItsRouteAndItsClockCountsWorkingDays() {
		Actor office = fixtures.office();
		EnterpriseSummary enterprise = enterprise(EnterpriseFixtures.TANGXIA);

		DemandDetails raised = demands.raise(raise(enterprise, "LABOUR_HIRING", "招工"), office);

		assertThat(raised.status()).isEqualTo(DemandStatus.ASSIGNED);
		assertThat(raised.handlingUnit().id()).isEqualTo(fixtures.unit("棠下镇"));
		assertThat(raised.timeLimitDays()).isEqualTo(10);
		assertThat(raised.dueOn()).isEqualTo(workingDays.deadline(times.today(), 10).due());
		assertThat(raised.number()).matches("SQ\\d{4}-\\d{6}");
		assertThat(raised.clock().running()).isTrue();
		assertThat(raised.clock().workingDaysLeft()).isEqualTo(10);
		assertThat(raised.timeline()).extracting(DemandTimelineEntry::kind).containsExactly("raised");
		assertThat(audit(raised.id(), "enterprise.demand.raised")).isEqualTo(1);
		awaitNotifications(raised.id(), "demand.notify.raised", 1);
	}

	@Test
	void aCategoryWithoutARouteWaitsForTheDeskWhichDispatchesIt() {
		Actor office = fixtures.office();
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "MARKET", "仿冒商标"), office);
		assertThat(raised.status()).isEqualTo(DemandStatus.SUBMITTED);
		assertThat(raised.handlingUnit()).isNull();
		assertThat(raised.actions().steps()).contains(DemandStep.DISPATCH, DemandStep.MERGE, DemandStep.WITHDRAW);

		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.DISPATCH, null), fixtures.tangxia()))
			.isInstanceOf(AccessDeniedException.class);
		DemandDetails dispatched = demands.take(raised.id(), new TakeStep(DemandStep.DISPATCH, fixtures.unit("棠下镇"), null, null, null, null,
				null, "请镇市场监管所核查"), office);

		assertThat(dispatched.status()).isEqualTo(DemandStatus.ASSIGNED);
		assertThat(dispatched.handlingUnit().name()).isEqualTo("棠下镇");
		assertThat(dispatched.signDueOn()).isEqualTo(workingDays.deadline(times.today(), 1).due());
	}

	@Test
	void theWholeLoopWithAReopenedAnswerCountsOnceByItsLatestRating() {
		Actor office = fixtures.office();
		Actor town = fixtures.tangxia();
		long unit = fixtures.unit("棠下镇");
		LocalDate month = times.today().withDayOfMonth(1);
		Map<String, Object> before = counts(unit, month);
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "UTILITIES", "用电"), office);

		DemandDetails signed = demands.take(raised.id(), TakeStep.of(DemandStep.SIGN, null), town);
		assertThat(signed.status()).isEqualTo(DemandStatus.IN_PROGRESS);
		assertThat(signed.actions().steps()).contains(DemandStep.ANSWER).doesNotContain(DemandStep.SIGN, DemandStep.RATE);
		demands.take(raised.id(), TakeStep.of(DemandStep.ANSWER, "已协调供电部门。"), town);
		assertThatThrownBy(() -> demands.take(raised.id(), rate(Satisfaction.UNSATISFIED, false, "  "), office))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("demand.rating.unsatisfied.reason"));
		DemandDetails reopened = demands.take(raised.id(), rate(Satisfaction.UNSATISFIED, false, "没有给出接电时间"), office);
		assertThat(reopened.status()).isEqualTo(DemandStatus.IN_PROGRESS);
		assertThat(reopened.reopenCount()).isEqualTo(1);
		assertThat(reopened.dueOn()).isEqualTo(raised.dueOn());
		awaitNotifications(raised.id(), "demand.notify.reopened", 1);

		demands.take(raised.id(), TakeStep.of(DemandStep.ANSWER, "下周三完成接电。"), town);
		DemandDetails closed = demands.take(raised.id(), rate(Satisfaction.SATISFIED, true, null), office);

		assertThat(closed.status()).isEqualTo(DemandStatus.CLOSED);
		assertThat(closed.actions().any()).isFalse();
		assertThat(closed.timeline()).extracting(DemandTimelineEntry::kind)
			.containsExactly("raised", "signed", "answered", "reopened", "answered", "rated-satisfied");
		Map<String, Object> after = counts(unit, month);
		assertThat(delta(before, after, "assigned")).isEqualTo(1);
		assertThat(delta(before, after, "responded_on_time")).isEqualTo(1);
		assertThat(delta(before, after, "answered")).isEqualTo(2);
		assertThat(delta(before, after, "answered_on_time")).isEqualTo(2);
		assertThat(delta(before, after, "rated")).isEqualTo(1);
		assertThat(delta(before, after, "resolved")).isEqualTo(1);
		assertThat(delta(before, after, "satisfied")).isEqualTo(1);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.ANSWER, "再答复"), town))
			.isInstanceOf(ConflictException.class).hasMessage("demand.finished");
	}

	@Test
	void aDisputedReturnIsDecidedByTheDeskAndTheReturningUnitNoLongerSeesIt() {
		Actor office = fixtures.office();
		Actor justice = fixtures.justice();
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "LEGAL", "合同"), office);
		assertThat(raised.handlingUnit().name()).isEqualTo("区司法局");

		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.RETURN, " "), justice))
			.isInstanceOf(ValidationException.class);
		assertThat(demands.details(raised.id(), justice).status()).isEqualTo(DemandStatus.ASSIGNED);
		DemandDetails returned = demands.take(raised.id(), TakeStep.of(DemandStep.RETURN, "属于商事仲裁事项"), justice);
		assertThat(returned.status()).isEqualTo(DemandStatus.RETURNED);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.SIGN, null), justice))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> demands.take(raised.id(), new TakeStep(DemandStep.ARBITRATE, null, true, null, null, null, null, "改派"), office))
			.isInstanceOf(ValidationException.class);

		DemandDetails decided = demands.take(raised.id(), new TakeStep(DemandStep.ARBITRATE, fixtures.unit("区发改局"), true, null, null, null,
				null, "涉及政策解释，由发改局办理"), office);

		assertThat(decided.status()).isEqualTo(DemandStatus.ASSIGNED);
		assertThat(decided.handlingUnit().name()).isEqualTo("区发改局");
		assertThat(decided.timeline()).extracting(DemandTimelineEntry::kind).endsWith("returned", "arbitrated-upheld");
		assertThatThrownBy(() -> demands.details(raised.id(), justice)).isInstanceOf(NotFoundException.class);
		awaitNotifications(raised.id(), "demand.notify.returned", 1);
	}

	@Test
	void theTimelineOfATransferAndAnArbitrationNamesTheUnitsInTheOrderItsWordsDo() {
		Actor office = fixtures.office();
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "LEGAL", "顺序"), office);
		demands.take(raised.id(), TakeStep.of(DemandStep.RETURN, "属于发改局职责"), fixtures.justice());
		demands.take(raised.id(), new TakeStep(DemandStep.ARBITRATE, fixtures.unit("区发改局"), true, null, null, null, null, "改由发改局办理"),
				office);
		DemandDetails transferred = demands.take(raised.id(), new TakeStep(DemandStep.TRANSFER, fixtures.unit("区司法局"), null, null, null,
				null, null, "仍需司法局出具意见"), office);

		// 仲裁：退回成立，改由{1}办理 — the unit that takes the demand, not the one that returned it.
		DemandTimelineEntry arbitrated = entry(transferred, "arbitrated-upheld");
		assertThat(arbitrated.arguments()).containsExactly("区司法局", "区发改局");
		for (String words : rendered(arbitrated)) {
			assertThat(words).contains("区发改局").doesNotContain("区司法局");
		}
		// 转办：{0} → {1} — the unit that had the demand, then the one that takes it.
		DemandTimelineEntry transfer = entry(transferred, "transferred");
		assertThat(transfer.arguments()).containsExactly("区发改局", "区司法局");
		for (String words : rendered(transfer)) {
			assertThat(words.indexOf("区发改局")).isNotNegative().isLessThan(words.indexOf("区司法局"));
		}
	}

	@Test
	void aLeaderInstructsOnADemandStillOwedAnAnswerAndTheUnitAndTheDeskHearIt() {
		Actor office = fixtures.office();
		Actor leader = fixtures.leader();
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "UTILITIES", "停电影响生产"), office);
		assertThat(demands.details(raised.id(), leader).contactPhone()).as("a leader reads the contact masked").contains("*");
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.INSTRUCT, " "), leader))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.INSTRUCT, "请抓紧"), fixtures.tangxia()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(demands.details(raised.id(), office).version()).isEqualTo(raised.version());

		DemandDetails instructed = demands.take(raised.id(), TakeStep.of(DemandStep.INSTRUCT, "请供电部门三日内恢复供电，镇里跟进。"), leader);

		assertThat(instructed.status()).isEqualTo(raised.status());
		assertThat(instructed.timeline()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo("instructed");
			assertThat(entry.text()).isEqualTo("请供电部门三日内恢复供电，镇里跟进。");
		});
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'enterprise.demand.instructed' AND target_id = ?")
			.param(String.valueOf(raised.id())).query(Integer.class).single()).isEqualTo(1);
		awaitNotifications(raised.id(), "demand.notify.instructed", 1);

		demands.take(raised.id(), TakeStep.of(DemandStep.SIGN, null), fixtures.tangxia());
		demands.take(raised.id(), TakeStep.of(DemandStep.ANSWER, "已协调恢复供电。"), fixtures.tangxia());
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.INSTRUCT, "再看看"), leader))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void eachSideMayTakeOnlyItsStepsAndNothingChangesWhenRefused() {
		Actor office = fixtures.office();
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "LABOUR_HIRING", "用工"), office);
		int version = raised.version();

		assertThat(demands.details(raised.id(), fixtures.leader()).actions().steps()).containsExactly(DemandStep.INSTRUCT);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.SIGN, null), fixtures.leader()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.SIGN, null), fixtures.hetang()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.ANSWER, "先答复"), fixtures.tangxia()))
			.isInstanceOf(ConflictException.class).hasMessage("demand.not-in-progress");
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.ESCALATE, "先提级"), fixtures.tangxia()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.CLOSE_UNRATED, null), office))
			.isInstanceOf(ConflictException.class);
		assertThat(demands.details(raised.id(), office).version()).isEqualTo(version);
		assertThat(demands.details(raised.id(), fixtures.tangxia()).actions().steps())
			.containsExactlyInAnyOrder(DemandStep.SIGN, DemandStep.RETURN);
		assertThat(demands.details(raised.id(), office).actions().steps())
			.containsExactlyInAnyOrder(DemandStep.TRANSFER, DemandStep.REMIND, DemandStep.ESCALATE, DemandStep.RAISE_TASK, DemandStep.MERGE,
					DemandStep.WITHDRAW);
	}

	@Test
	void theDeskTakesADemandToTheLeadersWhoInstructAndTheFollowUpHasNothingHigherToAdd() {
		Actor office = fixtures.office();
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "LAND_QUOTA", "用地指标"), office);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.ESCALATE, " "), office))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("demand.escalation.reason.required"));
		assertThat(demands.details(raised.id(), office).escalationLevel()).isZero();

		DemandDetails escalated = demands.take(raised.id(), TakeStep.of(DemandStep.ESCALATE, "涉及跨部门用地调整，需区领导协调。"), office);

		assertThat(escalated.escalationLevel()).isEqualTo(3);
		assertThat(escalated.status()).isEqualTo(raised.status());
		assertThat(escalated.timeline()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo("escalated-by-desk");
			assertThat(entry.text()).isEqualTo("涉及跨部门用地调整，需区领导协调。");
		});
		awaitNotifications(raised.id(), "demand.notify.escalated-by-desk", 1);
		assertThat(escalated.actions().steps()).as("at the top already").doesNotContain(DemandStep.ESCALATE);
		assertThatThrownBy(() -> demands.take(raised.id(), TakeStep.of(DemandStep.ESCALATE, "再提一次"), office))
			.isInstanceOf(ConflictException.class).hasMessage("demand.escalation.top");
		assertThat(demands.details(raised.id(), fixtures.leader()).actions().steps()).containsExactly(DemandStep.INSTRUCT);
	}

	@Test
	void badInputIsRefusedWholeAndStoresNothing() {
		long before = jdbc.sql("SELECT count(*) FROM demand").query(Long.class).single();
		assertThatThrownBy(() -> demands.raise(new RaiseDemand(null, "WISH", null, " ", null, null, "12345", "MOON", null, null),
				fixtures.office()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
				.contains("enterpriseId", "type", "categoryId", "title", "content", "contactPhone", "source"));
		assertThat(jdbc.sql("SELECT count(*) FROM demand").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aTownMayRaiseDemandsOnlyForItsOwnEnterprises() {
		EnterpriseSummary hetang = enterprise(EnterpriseFixtures.HETANG);
		assertThatThrownBy(() -> demands.raise(raise(hetang, "LABOUR_HIRING", "跨镇"), fixtures.tangxia()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("demand.enterprise.unknown"));
		DemandDetails own = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "LABOUR_HIRING", "本镇"), fixtures.tangxia());
		assertThat(own.raisedByName()).isEqualTo("梁家豪");
	}

	@Test
	void aNearlyIdenticalDemandOfTheSameEnterpriseIsFlaggedAndMerged() {
		Actor office = fixtures.office();
		EnterpriseSummary enterprise = enterprise(EnterpriseFixtures.TANGXIA);
		DemandDetails first = demands.raise(new RaiseDemand(enterprise.id(), "HELP", category("ROADS"), "厂区门前道路破损",
				"厂区门前道路破损严重，大货车进出困难，请尽快修复路面。", null, null, "VISIT", null, null), office);
		DemandDetails second = demands.raise(new RaiseDemand(enterprise.id(), "HELP", category("ROADS"), "厂区门前道路破损修复",
				"厂区门前道路破损严重，货车进出困难，请尽快修复路面。", null, null, "HOTLINE", null, null), office);
		DemandDetails other = demands.raise(new RaiseDemand(enterprise.id(), "CONSULTATION", category("FINANCE"), "贷款贴息",
				"想了解设备贷款的贴息政策。", null, null, "VISIT", null, null), office);

		assertThat(second.similarTo()).isNotNull();
		assertThat(second.similarTo().id()).isEqualTo(first.id());
		assertThat(other.similarTo()).isNull();

		DemandDetails merged = demands.take(second.id(), new TakeStep(DemandStep.MERGE, null, null, null, null, first.id(), null, "重复反映"), office);
		assertThat(merged.status()).isEqualTo(DemandStatus.MERGED);
		assertThat(merged.mergedInto().name()).isEqualTo(first.number());
		assertThat(demands.details(first.id(), office).timeline()).extracting(DemandTimelineEntry::kind).contains("merged-from");
		assertThatThrownBy(() -> demands.take(other.id(), new TakeStep(DemandStep.MERGE, null, null, null, null, other.id(), null, null), office))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void aDemandRaisedIntoATaskKeepsTheLinkBothWays() {
		Actor office = fixtures.office();
		DemandDetails raised = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "ROADS", "道路"), office);
		long goal = jdbc.sql("SELECT id FROM goal ORDER BY id LIMIT 1").query(Long.class).single();

		DemandDetails linked = demands.take(raised.id(), new TakeStep(DemandStep.RAISE_TASK, null, null, null, null, null, goal, null), office);

		assertThat(linked.taskId()).isNotNull();
		assertThat(linked.taskStatus()).isEqualTo("ISSUED");
		var task = tasks.task(linked.taskId(), office);
		assertThat(task.source()).isEqualTo(TaskSource.DEMAND);
		assertThat(task.sourceRef()).isEqualTo(raised.number());
		assertThat(task.leadUnit().id()).isEqualTo(raised.handlingUnit().id());
		assertThat(task.deadline()).isEqualTo(raised.dueOn());
		assertThat(linked.actions().can(DemandStep.RAISE_TASK)).isFalse();
		assertThatThrownBy(() -> demands.take(raised.id(), new TakeStep(DemandStep.RAISE_TASK, null, null, null, null, null, goal, null), office))
			.isInstanceOf(ConflictException.class).hasMessage("demand.task.already");
	}

	@Test
	void theEnterprisePageShowsTheDemandsToThoseWhoSeeThem() {
		Actor office = fixtures.office();
		EnterpriseSummary enterprise = enterprise(EnterpriseFixtures.TANGXIA);
		DemandDetails raised = demands.raise(raise(enterprise, "LEGAL", "只给司法局和镇"), office);

		var record = registry.details(enterprise.id(), office);
		assertThat(registry.timeline(record, office)).extracting(EnterpriseTimelineEntry::link).contains("/demands/" + raised.id());
		assertThat(registry.timeline(record, fixtures.tangxia())).extracting(EnterpriseTimelineEntry::link).contains("/demands/" + raised.id());
	}

	@Test
	void theAuditorsOfTheUnitsADemandNamesReadItsEntriesAndNoOthers() {
		Actor office = fixtures.office();
		// 棠下镇's own demand, handled by the town; a 荷塘镇 enterprise's legal demand, handled by 区司法局.
		DemandDetails own = demands.raise(raise(enterprise(EnterpriseFixtures.TANGXIA), "LABOUR_HIRING", "审计招工"), office);
		demands.take(own.id(), TakeStep.of(DemandStep.SIGN, null), fixtures.tangxia());
		DemandDetails legal = demands.raise(raise(enterprise(EnterpriseFixtures.HETANG), "LEGAL", "审计合同"), office);
		assertThat(legal.handlingUnit().name()).isEqualTo("区司法局");
		// A co-handling unit added later reads from then on: an entry goes under the units the rule names as it is written.
		demands.take(own.id(), new TakeStep(DemandStep.ADD_CO_UNIT, fixtures.unit("区发改局"), null, null, null, null, null, "请协助"),
				fixtures.tangxia());
		// The category tree is the desk's: its changes stay with the whole district, even one naming a town.
		DemandCategoryView added = administration.add(new NewCategory(category("LABOUR"), "审计类别" + System.nanoTime() % 100000, null, 5),
				office);
		administration.routeTown(added.id(), new TownRouteChange(EnterpriseFixtures.TANGXIA, fixtures.unit("区发改局")), office);

		String raised = "enterprise.demand.raised";
		List<String> ownEntries = List.of(raised, "enterprise.demand.signed", "enterprise.demand.co-unit-added");
		ApiClient tangxia = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "棠下镇"));
		assertThat(Auditors.actionsOn(tangxia, "demand", own.id())).isEqualTo(ownEntries);
		assertThat(Auditors.actionsOn(tangxia, "demand", legal.id())).isEmpty();
		assertThat(Auditors.actionsOn(tangxia, "demand-category", added.id())).isEmpty();
		ApiClient justice = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "区司法局"));
		assertThat(Auditors.actionsOn(justice, "demand", legal.id())).containsExactly(raised);
		assertThat(Auditors.actionsOn(justice, "demand", own.id())).isEmpty();
		ApiClient hetang = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "荷塘镇"));
		assertThat(Auditors.actionsOn(hetang, "demand", legal.id())).as("the town keeping the enterprise").containsExactly(raised);
		assertThat(Auditors.actionsOn(hetang, "demand", own.id())).isEmpty();
		ApiClient reform = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "区发改局"));
		assertThat(Auditors.actionsOn(reform, "demand", own.id())).containsExactly("enterprise.demand.co-unit-added");

		ApiClient district = ApiClient.signIn(port, "demo-auditor");
		assertThat(Auditors.actionsOn(district, "demand", own.id())).isEqualTo(ownEntries);
		assertThat(Auditors.actionsOn(district, "demand", legal.id())).containsExactly(raised);
		assertThat(Auditors.actionsOn(district, "demand-category", added.id()))
			.containsExactly("enterprise.demand-category.created", "enterprise.demand-category.changed");
	}

	@Test
	void theDeskKeepsTheCategoriesAndANewDemandTakesTheirLimitAndRoute() {
		Actor office = fixtures.office();
		long labour = category("LABOUR");
		String name = "技能培训" + System.nanoTime() % 100000;
		assertThatThrownBy(() -> administration.add(new NewCategory(labour, name, null, 0), office)).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> administration.add(new NewCategory(labour, name, null, 5), fixtures.tangxia()))
			.isInstanceOf(AccessDeniedException.class);
		DemandCategoryView added = administration.add(new NewCategory(labour, name, "Skills training", 5), office);
		assertThat(added.path()).isEqualTo("用工与社保 / " + name);
		assertThat(added.routeToTown()).isFalse();

		DemandCategoryView changed = administration.change(added.id(), new CategoryChange(12, fixtures.unit("区发改局"), false, true,
				added.version()), office);
		assertThat(changed.timeLimitDays()).isEqualTo(12);
		assertThat(changed.routeUnitName()).isEqualTo("区发改局");
		assertThatThrownBy(() -> administration.change(added.id(), new CategoryChange(3, null, true, true, added.version()), office))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> administration.change(added.id(), new CategoryChange(61, fixtures.unit("区发改局"), true, true,
				changed.version()), office))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("demand.category.limit.range", "demand.category.route.both"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'enterprise.demand-category.%' AND target_id = ?")
			.param(String.valueOf(added.id())).query(Integer.class).single()).isEqualTo(2);

		DemandDetails raised = demands.raise(new RaiseDemand(enterprise(EnterpriseFixtures.TANGXIA).id(), "HELP", added.id(), "培训补贴",
				"想了解职业技能培训补贴。", null, null, "VISIT", null, null), office);
		assertThat(raised.timeLimitDays()).isEqualTo(12);
		assertThat(raised.handlingUnit().name()).isEqualTo("区发改局");

		administration.change(added.id(), new CategoryChange(12, null, false, false, changed.version()), office);
		assertThatThrownBy(() -> demands.raise(new RaiseDemand(enterprise(EnterpriseFixtures.TANGXIA).id(), "HELP", added.id(), "停用后",
				"停用后再提。", null, null, "VISIT", null, null), office)).isInstanceOf(ValidationException.class);
		assertThat(demands.details(raised.id(), office).timeLimitDays()).as("a raised demand keeps its limit").isEqualTo(12);
	}

	@Test
	void aTownsOwnRouteSendsItsDemandsElsewhileTheOtherTownsKeepTheCategorysRoute() {
		Actor office = fixtures.office();
		String name = "夜间施工许可" + System.nanoTime() % 100000;
		DemandCategoryView added = administration.add(new NewCategory(category("APPROVAL"), name, null, 5), office);
		DemandCategoryView routed = administration.change(added.id(), new CategoryChange(5, null, true, true, added.version()), office);
		assertThatThrownBy(() -> administration.routeTown(added.id(), new TownRouteChange("440703999", fixtures.unit("区发改局")), office))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("demand.category.town-route.town.unknown"));
		assertThatThrownBy(() -> administration.routeTown(added.id(), new TownRouteChange(EnterpriseFixtures.HETANG, null), office))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> administration.routeTown(added.id(), new TownRouteChange(EnterpriseFixtures.HETANG, fixtures.unit("区发改局")),
				fixtures.tangxia())).isInstanceOf(AccessDeniedException.class);
		assertThat(administration.all().stream().filter(c -> c.id() == added.id()).findFirst().orElseThrow().townRoutes())
			.as("nothing changed by the refusals").isEmpty();

		DemandCategoryView excepted = administration.routeTown(added.id(), new TownRouteChange(EnterpriseFixtures.HETANG,
				fixtures.unit("区发改局")), office);
		assertThat(excepted.townRoutes()).singleElement().satisfies(route -> {
			assertThat(route.townName()).isEqualTo("荷塘镇");
			assertThat(route.unitName()).isEqualTo("区发改局");
		});
		assertThat(excepted.version()).as("a town's route does not touch the category's own settings").isEqualTo(routed.version());

		DemandDetails fromHetang = demands.raise(new RaiseDemand(enterprise(EnterpriseFixtures.HETANG).id(), "HELP", added.id(), "夜间施工",
				"想申请夜间施工。", null, null, "VISIT", null, null), office);
		DemandDetails fromTangxia = demands.raise(new RaiseDemand(enterprise(EnterpriseFixtures.TANGXIA).id(), "HELP", added.id(), "夜间施工",
				"想申请夜间施工。", null, null, "VISIT", null, null), office);
		assertThat(fromHetang.handlingUnit().name()).isEqualTo("区发改局");
		assertThat(fromTangxia.handlingUnit().id()).as("the enterprise's town, the category's route").isEqualTo(fixtures.unit("棠下镇"));

		assertThat(administration.unrouteTown(added.id(), EnterpriseFixtures.HETANG, office).townRoutes()).isEmpty();
		DemandDetails again = demands.raise(new RaiseDemand(enterprise(EnterpriseFixtures.HETANG).id(), "HELP", added.id(), "夜间施工",
				"想申请夜间施工。", null, null, "VISIT", null, null), office);
		assertThat(again.handlingUnit().id()).isEqualTo(fixtures.unit("荷塘镇"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'enterprise.demand-category.changed' AND target_id = ? "
				+ "AND changes::text LIKE '%荷塘镇%'").param(String.valueOf(added.id())).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void demandsHeardOnAVisitAreRaisedTogetherOrNotAtAll() {
		Actor office = fixtures.office();
		long visit = jdbc.sql("SELECT id FROM visit WHERE kind = 'CPPCC' ORDER BY id LIMIT 1").query(Long.class).single();
		long covered = directory.findByName("中泰纸品有限公司").orElseThrow().id();
		long notCovered = enterprise(EnterpriseFixtures.TANGXIA).id();
		long before = jdbc.sql("SELECT count(*) FROM demand WHERE visit_id = ?").param(visit).query(Long.class).single();
		RaiseDemand good = new RaiseDemand(covered, "HELP", category("UTILITIES"), "走访中听到的用电问题", "用电负荷不足。", null, null, null, null, visit);
		RaiseDemand wrong = new RaiseDemand(notCovered, "HELP", category("UTILITIES"), "不在走访中", "不在走访中的企业。", null, null, null, null, visit);

		assertThatThrownBy(() -> demands.raiseAll(List.of(good, wrong), office))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("rows[1].enterpriseId", "demand.visit.enterprise-not-covered")));
		assertThat(jdbc.sql("SELECT count(*) FROM demand WHERE visit_id = ?").param(visit).query(Long.class).single()).isEqualTo(before);

		List<DemandDetails> raised = demands.raiseAll(List.of(good, good), office);
		assertThat(raised).extracting(DemandDetails::source).containsOnly(DemandSource.VISIT);
		assertThat(raised).extracting(DemandDetails::visitId).containsOnly(visit);
		assertThat(raised.get(1).similarTo().id()).as("the second reads like the first").isEqualTo(raised.get(0).id());
		assertThatThrownBy(() -> demands.raise(good, fixtures.hetang())).isInstanceOf(ValidationException.class);
	}

	// ----- helpers

	private EnterpriseSummary enterprise(String division) {
		Saved saved = registry.register(EnterpriseFixtures.input(EnterpriseFixtures.newCode(), EnterpriseFixtures.uniqueName("诉求测试"), division),
				fixtures.office());
		return directory.find(saved.enterprise().id()).orElseThrow();
	}

	private RaiseDemand raise(EnterpriseSummary enterprise, String category, String title) {
		return new RaiseDemand(enterprise.id(), "HELP", category(category), title + System.nanoTime(), "企业反映的具体情况：" + title + System.nanoTime(),
				"王芳", "13812345678", "VISIT", null, null);
	}

	private long category(String code) {
		return jdbc.sql("SELECT id FROM demand_category WHERE code = ?").param(code).query(Long.class).single();
	}

	private static TakeStep rate(Satisfaction rating, boolean resolved, String text) {
		return new TakeStep(DemandStep.RATE, null, null, rating, resolved, null, null, text);
	}

	private static DemandTimelineEntry entry(DemandDetails demand, String kind) {
		return demand.timeline().stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow();
	}

	/** The entry's words as the demand page shows them, in Chinese and in English. */
	private List<String> rendered(DemandTimelineEntry entry) {
		return List.of(messages.zh("demand.event." + entry.kind(), entry.argumentArray()),
				messages.en("demand.event." + entry.kind(), entry.argumentArray()));
	}

	private int audit(long demandId, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_type = 'demand' AND target_id = ?")
			.params(action, String.valueOf(demandId)).query(Integer.class).single();
	}

	private Map<String, Object> counts(long unitId, LocalDate month) {
		return jdbc.sql("SELECT * FROM demand_unit_month WHERE unit_id = ? AND month = ?").params(unitId, month).query().listOfRows().stream()
			.findFirst().orElse(Map.of());
	}

	private static long delta(Map<String, Object> before, Map<String, Object> after, String column) {
		return ((Number) after.getOrDefault(column, 0)).longValue() - ((Number) before.getOrDefault(column, 0)).longValue();
	}

	private void awaitNotifications(long demandId, String messageKey, int count) {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT count(*) FROM notification WHERE message_key = ? AND link = ?")
			.params(messageKey, "/demands/" + demandId).query(Integer.class).single()).isEqualTo(count));
	}
}
