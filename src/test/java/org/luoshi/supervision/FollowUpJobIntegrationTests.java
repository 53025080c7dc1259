package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.followup.FollowUpJob;
import org.luoshi.supervision.internal.SettingsService;
import org.luoshi.supervision.internal.SupervisionSettings;
import org.luoshi.support.MutableClock;
import org.luoshi.support.LuoshiInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@FollowsDaysAhead
@RecordApplicationEvents
class FollowUpJobIntegrationTests {

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	FollowUpJob followUp;

	@Autowired
	SettingsService settings;

	@Autowired
	TaskQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	MutableClock clock;

	@Autowired
	Times times;

	@Autowired
	ApplicationEvents events;

	@Autowired
	SupervisionBoards boards;

	@Test
	void followsUpADayOnceEvenWhenTwoInstancesRunItAtTheSameTime() throws Exception {
		GoalDetails goal = fixtures.goal("两个实例跟踪测试");
		TaskDetails task = fixtures.inProgress(goal, "两个实例同时跟踪的任务", 5);
		LocalDate day = times.today().plusDays(200);

		try (ConfigurableApplicationContext secondInstance = LuoshiInstance.alongside(environment)) {
			FollowUpJob other = secondInstance.getBean(FollowUpJob.class);
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<Optional<String>>> runs = new ArrayList<>();
			for (FollowUpJob instance : List.of(followUp, other)) {
				runs.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return instance.runFor(day);
				}));
			}
			List<Optional<String>> results = runs.stream().map(CompletableFuture::join).toList();
			assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
			assertThat(other.runFor(day)).isEmpty();
		}
		assertThat(queries.task(task.id(), fixtures.supervisor()).light()).isEqualTo(Light.RED);
		assertThat(queries.timeline(task.id(), fixtures.supervisor())).filteredOn(entry -> entry.toLight() == Light.RED).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'supervision.follow-up.applied' AND target_id = ?")
			.param(day.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void remindsLateTasksOncePerIntervalAndTellsEachUnitOnce() {
		GoalDetails goal = fixtures.goal("自动催办测试");
		TaskDetails first = fixtures.inProgress(goal, "自动催办测试任务一", 3);
		TaskDetails second = fixtures.inProgress(goal, "自动催办测试任务二", 3);
		long justice = fixtures.unit("区司法局");

		clock.advanceDays(5);
		followUp.runFor(times.today()).orElseThrow();
		assertThat(reminders(first)).containsExactly("overdue");
		assertThat(reminders(second)).containsExactly("overdue");
		assertThat(events.stream(NotificationRequest.class)
			.filter(n -> n.messageKey().equals("supervision.notify.digest") && n.notifiedUnitIds().contains(justice))).hasSize(1);

		clock.advanceDays(1);
		followUp.runFor(times.today()).orElseThrow();
		assertThat(reminders(first)).as("reminded again too soon").hasSize(1);

		clock.advanceDays(2);
		followUp.runFor(times.today()).orElseThrow();
		assertThat(reminders(first)).containsExactly("overdue", "overdue");
	}

	@Test
	void remindsNobodyWhenTheDistrictTurnedAutomaticRemindersOff() {
		SupervisionSettings current = settings.current();
		settings.update(new SupervisionSettings(current.dueSoonDays(), current.signWithinDays(), false, current.remindEveryDays(),
				current.noticePrefix(), current.version()), current.version(), fixtures.supervisor());
		try {
			TaskDetails task = fixtures.inProgress(fixtures.goal("关闭自动催办测试"), "关闭自动催办后的逾期任务", 2);
			clock.advanceDays(4);
			followUp.runFor(times.today()).orElseThrow();
			assertThat(queries.task(task.id(), fixtures.supervisor()).light()).isEqualTo(Light.RED);
			assertThat(reminders(task)).isEmpty();
		}
		finally {
			SupervisionSettings off = settings.current();
			settings.update(new SupervisionSettings(off.dueSoonDays(), off.signWithinDays(), true, off.remindEveryDays(), off.noticePrefix(),
					off.version()), off.version(), fixtures.supervisor());
		}
	}

	@Test
	void sendsEachDaysDigestEvenWhenItsCountsAreThoseOfAnEarlierDay() {
		long statistics = fixtures.unit("区统计局");
		fixtures.issued(fixtures.goal("每日摘要测试"), "统计局的逾期任务", "区统计局", 2);
		String link = "/supervision/units/" + statistics;

		clock.advanceDays(4);
		followUp.runFor(times.today()).orElseThrow();
		awaitDigests(link, 1);
		clock.advanceDays(settings.current().remindEveryDays());
		followUp.runFor(times.today()).orElseThrow();

		awaitDigests(link, 2);
		assertThat(jdbc.sql("SELECT DISTINCT message_arguments::text FROM notification WHERE link = ?").param(link)
			.query(String.class).list()).as("the same counts both days").hasSize(1);
	}

	@Test
	void theHandlersListAndTheRemindersAgreeWhenAProgressReportIsDue() {
		GoalDetails goal = fixtures.goal("报告周期测试");
		TaskDetails onTheCyclesFirstDay = fixtures.inProgress(goal, "本周期第一天报告过的任务", 200);
		TaskDetails theDayBefore = fixtures.inProgress(goal, "上一周期最后一天报告的任务", 200);
		clock.advanceDays(1); // a day the follow-up has not run for yet, whichever tests ran before
		LocalDate today = times.today();
		int cycle = ReportCycle.MONTHLY.days();
		// Early on the cycle's first day, and late on the day before it: whatever the hour now, the day decides.
		reportedAt(onTheCyclesFirstDay, today.minusDays(cycle).atStartOfDay(times.zone()).plusMinutes(1));
		reportedAt(theDayBefore, today.minusDays(cycle + 1).atTime(23, 59).atZone(times.zone()));

		followUp.runFor(today).orElseThrow();

		assertThat(reminders(onTheCyclesFirstDay)).isEmpty();
		assertThat(reminders(theDayBefore)).containsExactly("report-due");
		assertThat(boards.myTasks(fixtures.justice()).toReport()).extracting(TaskSummary::id)
			.contains(theDayBefore.id())
			.doesNotContain(onTheCyclesFirstDay.id());
	}

	private void reportedAt(TaskDetails task, java.time.ZonedDateTime at) {
		jdbc.sql("UPDATE task SET last_report_at = ?, report_cycle = 'MONTHLY' WHERE id = ?")
			.params(java.sql.Timestamp.from(at.toInstant()), task.id())
			.update();
	}

	private void awaitDigests(String link, int count) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT count(*) FROM notification WHERE message_key = 'supervision.notify.digest' AND link = ?")
			.param(link)
			.query(Long.class)
			.single()).isEqualTo(count));
	}

	private List<String> reminders(TaskDetails task) {
		return queries.timeline(task.id(), fixtures.supervisor()).stream()
			.filter(entry -> entry.kind() == TaskEventKind.REMINDER && entry.automatic())
			.map(TimelineEntry::reference)
			.toList();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
