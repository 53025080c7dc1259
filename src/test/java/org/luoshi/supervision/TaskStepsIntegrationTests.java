package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.ValidationException;
import org.luoshi.support.IntegrationTest;
import org.luoshi.supervision.TaskCommands.DecideExtension;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Steps on a task as the people concerned see them: what they are told, what the timeline says, what stays closed. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class TaskStepsIntegrationTests {

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	GoalManagement goals;

	@Autowired
	SupervisionBoards boards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsInAGoalsTotalsOnlyTheTasksTheReaderSees() {
		GoalDetails goal = fixtures.goal("目标合计范围测试");
		fixtures.issued(goal, "司法局看得到的任务", "区司法局", 30);
		fixtures.issued(goal, "发改局的任务一", "区发改局", 30);
		fixtures.issued(goal, "发改局的任务二", "区发改局", 30);
		fixtures.draft(goal, "尚未交办的草稿", "区司法局", 30);

		GoalDetails asJustice = goals.goal(goal.id(), fixtures.justice());
		assertThat(asJustice.tasks()).as("the bureau sees one task of four").isEqualTo(1);
		assertThat(asJustice.drafts()).isZero();
		assertThat(goals.goals(null, new org.luoshi.shared.PageQuery(0, 200, "year", false), fixtures.justice()).items())
			.filteredOn(listed -> listed.id() == goal.id()).singleElement().extracting(GoalDetails::tasks).isEqualTo(1);
		GoalDetails asOffice = goals.goal(goal.id(), fixtures.supervisor());
		assertThat(asOffice.tasks()).isEqualTo(4);
		assertThat(asOffice.drafts()).isEqualTo(1);
	}

	@Test
	void offersToIssueOnlyTheDraftsThatCanBeIssued() {
		GoalDetails goal = fixtures.goal("可交办草稿计数测试");
		fixtures.draft(goal, "完整的草稿", "区司法局", 30);
		tasks.createTask(new TaskCommands.CreateTask(goal.id(), null, "没有牵头单位的草稿", List.of(), null, List.of(), null,
				fixtures.today().plusDays(30).toString(), null, null, List.of(), false, false), fixtures.supervisor());

		assertThat(goals.issuableDrafts(goal.id(), fixtures.supervisor())).isEqualTo(1);
		assertThat(goals.issuableDrafts(goal.id(), fixtures.justice())).as("not theirs to issue").isZero();
		assertThat(goals.issueDrafts(goal.id(), fixtures.supervisor())).isEqualTo(1);
		assertThat(goals.issuableDrafts(goal.id(), fixtures.supervisor())).isZero();
	}

	@Test
	void tellsTheUnitOfASecondReminderInTheSameWords() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("两次催办测试"), "两次催办同样内容的任务", 30);

		tasks.remind(task.id(), "请抓紧办理。", fixtures.supervisor());
		tasks.remind(task.id(), "请抓紧办理。", fixtures.supervisor());

		awaitNotifications(task, "supervision.notify.reminder", 2);
	}

	@Test
	void tellsTheUnitOfATaskIssuedToItAgainAfterItReturnedIt() {
		TaskDetails task = fixtures.issued(fixtures.goal("退回后再交办测试"), "退回后再次交办同一单位的任务", "区司法局", 30);
		awaitNotifications(task, "supervision.notify.issued", 1);

		TaskDetails returned = tasks.returnTask(task.id(), "请补充工作要求。", fixtures.justice());
		tasks.issue(task.id(), returned.version(), fixtures.supervisor());

		awaitNotifications(task, "supervision.notify.issued", 2);
	}

	@Test
	void tellsTheUnitsOfEachOfTwoInstructionsInTheSameWords() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("两次批示测试"), "两次同样批示的任务", 30);

		tasks.instruct(task.id(), "请加快进度。", fixtures.leader());
		tasks.instruct(task.id(), "请加快进度。", fixtures.leader());

		awaitNotifications(task, "supervision.notify.instruction", 2);
	}

	@Test
	void refusesAReminderWithoutWordsAndWritesNothing() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("空催办测试"), "不能空催办的任务", 30);

		assertThatThrownBy(() -> tasks.remind(task.id(), "  ", fixtures.supervisor()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("text:validation.required"));
		assertThat(queries.timeline(task.id(), fixtures.supervisor())).noneMatch(entry -> entry.kind() == TaskEventKind.REMINDER);
		assertThat(queries.task(task.id(), fixtures.supervisor()).version()).isEqualTo(task.version());
	}

	@Test
	void closingWithdrawsAPendingExtensionSoThatNobodyMovesTheClosedTasksDeadline() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("销号后延期测试"), "销号时仍有延期申请的任务", 30);
		tasks.requestExtension(new RequestExtension(task.id(), fixtures.today().plusDays(90).toString(), "需要更多时间。"),
				fixtures.justice());
		var proof = fixtures.evidence("完成.txt", fixtures.justice());
		tasks.requestCompletion(new TaskCommands.RequestCompletion(task.id(), "已完成。", List.of(proof.id())), fixtures.justice());
		TaskDetails closed = tasks.review(new TaskCommands.Review(task.id(), true, "同意销号。"), fixtures.supervisor());

		assertThat(closed.pendingExtension()).isNull();
		assertThatThrownBy(() -> tasks.decideExtension(new DecideExtension(task.id(), true, null), fixtures.supervisor()))
			.isInstanceOf(ConflictException.class);
		TaskDetails after = queries.task(task.id(), fixtures.supervisor());
		assertThat(after.deadline()).isEqualTo(task.deadline());
		assertThat(after.status()).isEqualTo(TaskStatus.CLOSED);
		assertThat(queries.timeline(task.id(), fixtures.supervisor())).extracting(TimelineEntry::kind)
			.endsWith(TaskEventKind.CLOSED, TaskEventKind.EXTENSION_WITHDRAWN);
		assertThat(jdbc.sql("SELECT status FROM extension_request WHERE task_id = ?").param(task.id()).query(String.class).single())
			.isEqualTo("WITHDRAWN");
		assertThat(queries.actions(task.id(), fixtures.supervisor()).any()).isFalse();
	}

	@Test
	void cancellingWithdrawsAPendingExtensionAndNothingChangesTheCancelledTask() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("撤销后延期测试"), "撤销时仍有延期申请的任务", 30);
		TaskDetails requested = tasks.requestExtension(new RequestExtension(task.id(), fixtures.today().plusDays(90).toString(),
				"需要更多时间。"), fixtures.justice());
		tasks.cancel(task.id(), requested.version(), "任务调整，不再办理。", fixtures.supervisor());

		assertThatThrownBy(() -> tasks.decideExtension(new DecideExtension(task.id(), true, null), fixtures.supervisor()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> tasks.instruct(task.id(), "请继续推进。", fixtures.leader())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> tasks.remind(task.id(), "请抓紧。", fixtures.supervisor())).isInstanceOf(ConflictException.class);
		assertThat(queries.task(task.id(), fixtures.supervisor()).deadline()).isEqualTo(task.deadline());
		assertThat(queries.timeline(task.id(), fixtures.supervisor())).extracting(TimelineEntry::kind)
			.endsWith(TaskEventKind.CANCELLED, TaskEventKind.EXTENSION_WITHDRAWN);
	}

	@Test
	void showsTheClerksOwnUnitNotTheRecipientOnTheIssueAndTheReminder() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("时间轴单位测试"), "时间轴显示办理人所在单位的任务", 30);
		tasks.remind(task.id(), "请报送进展。", fixtures.supervisor());

		List<TimelineEntry> timeline = queries.timeline(task.id(), fixtures.supervisor());
		long justice = fixtures.unit("区司法局");
		TimelineEntry issued = timeline.stream().filter(entry -> entry.kind() == TaskEventKind.ISSUED).findFirst().orElseThrow();
		TimelineEntry reminded = timeline.stream().filter(entry -> entry.kind() == TaskEventKind.REMINDER).findFirst().orElseThrow();
		TimelineEntry signed = timeline.stream().filter(entry -> entry.kind() == TaskEventKind.SIGNED).findFirst().orElseThrow();
		long office = fixtures.unit("区政府办公室");
		assertThat(issued.unit().id()).as("the office clerk issues as the office").isEqualTo(office);
		assertThat(reminded.unit().id()).isEqualTo(office);
		assertThat(signed.unit().id()).as("the lead unit signs for itself").isEqualTo(justice);
	}

	@Test
	void listsToBeSignedForOnATownsBoardOnlyTheTasksItLeads() {
		GoalDetails goal = fixtures.goal("镇待签收测试");
		TaskDetails led = fixtures.issued(goal, "棠下镇牵头的待签收任务", "棠下镇", 30);
		TaskDetails cooperated = fixtures.issued(goal, "棠下镇只协办的待签收任务", "区司法局", 30, "棠下镇");

		var board = boards.unitBoard(fixtures.unit("棠下镇"), fixtures.tangxia());

		assertThat(board.toSign()).extracting(TaskSummary::id).contains(led.id()).doesNotContain(cooperated.id());
	}

	@Test
	void showsTheCompletionRequestsHundredPercentWhileItAwaitsReviewAndTheLastReportWhenSentBack() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("销号进度测试"), "申请销号时进度应为百分之百的任务", 30);
		fixtures.progress(task, 60, fixtures.justice());
		var proof = fixtures.evidence("完成.txt", fixtures.justice());

		TaskDetails requested = tasks.requestCompletion(new TaskCommands.RequestCompletion(task.id(), "已全部完成。", List.of(proof.id())),
				fixtures.justice());
		assertThat(requested.percent()).isEqualTo(100);
		TaskDetails sentBack = tasks.review(new TaskCommands.Review(task.id(), false, "佐证材料不足。"), fixtures.supervisor());
		assertThat(sentBack.percent()).isEqualTo(60);
	}

	private void awaitNotifications(TaskDetails task, String messageKey, int count) {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT count(*) FROM notification WHERE message_key = ? AND link = ?")
			.params(messageKey, "/supervision/tasks/" + task.id())
			.query(Long.class)
			.single()).isEqualTo(count));
	}
}
