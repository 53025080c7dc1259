package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.PageQuery;
import org.luoshi.supervision.TaskCommands.DecideExtension;
import org.luoshi.supervision.TaskCommands.IssueNotice;
import org.luoshi.supervision.TaskCommands.MilestoneInput;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskCommands.UpdateTask;
import org.luoshi.supervision.followup.FollowUpJob;
import org.luoshi.support.Acting;
import org.luoshi.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole of supervision in one journey, through the real services: a conference report is read and confirmed, its
 * task goes to 区司法局, which signs for it and reports; days pass and the task turns yellow, then red; it is reminded,
 * sent a supervision notice, extended, reported on again and finally closed after review.
 */
@FollowsDaysAhead
@RecordApplicationEvents
class SupervisionScenarioTests {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	ReportDrafts reports;

	@Autowired
	GoalManagement goals;

	@Autowired
	TaskManagement tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	FollowUpJob followUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MutableClock clock;

	@Autowired
	org.luoshi.shared.web.Times times;

	@AfterEach
	void signOut() {
		Acting.actAsNobody();
	}

	@Test
	void followsAConferenceTaskFromTheReportToItsClosing() {
		LocalDate today = times.today();
		LocalDate deadline = today.plusDays(40);
		Actor office = fixtures.supervisor();
		Actor justice = fixtures.justice();

		// A conference report is read, reviewed and confirmed: the office deploys its tasks.
		String text = """
				区委召开法治建设推进会议
				%s，区委召开法治建设推进会议，部署公共法律服务工作。会议强调：
				一要建好园区公共法律服务。区司法局要牵头在棠下产业园建成公共法律服务站，%s前完成，区工信局配合。
				二要办好普法讲座。区司法局要组织律师专家小组到产业园开展公益法治讲座，%s前完成。
				""".formatted(today.format(DateTimeFormatter.ofPattern("M月d日")), deadline.format(CHINESE_DATE),
				deadline.format(CHINESE_DATE));
		Acting.actAs(office);
		Report report = reports.create(ReportInput.text(text).withReferenceDate(today), office);
		reports.confirm(report.id(), report.version(), office);

		GoalDetails goal = goals.goals(today.getYear(), PageQuery.of(null, 200, null, "createdAt", Set.of("createdAt")), office).items()
			.stream().filter(g -> g.source() == TaskSource.REPORT && g.sourceRef().equals(String.valueOf(report.id())))
			.findFirst().orElseThrow();
		assertThat(goal.title()).isEqualTo("区委召开法治建设推进会议");
		List<TaskSummary> deployed = queries.tasks(TaskFilter.ofGoal(goal.id()), PageQuery.of(null, null, null, "number",
				TaskFilter.SORTABLE), office).items();
		assertThat(deployed).hasSize(2);
		TaskSummary first = deployed.get(0);
		assertThat(first.status()).isEqualTo(TaskStatus.ISSUED);
		assertThat(first.leadUnit().name()).isEqualTo("区司法局");
		assertThat(first.coUnits()).extracting(UnitRef::name).containsExactly("区工信局");
		assertThat(first.deadline()).isEqualTo(deadline);
		assertThat(first.tags()).containsExactly("建好园区公共法律服务");
		assertThat(notifications("supervision.notify.issued")).isNotEmpty();
		long id = first.id();

		// 区司法局 signs for it and reports; the office asks for weekly reports and a milestone in ten days.
		tasks.sign(id, justice);
		tasks.reportProgress(new ReportProgress(id, "已完成选址比选。", 30, List.of()), justice);
		TaskDetails current = queries.task(id, office);
		tasks.updateTask(new UpdateTask(id, current.version(), current.content(), current.tags(), current.leadUnit().id(),
				current.coUnits().stream().map(UnitRef::id).toList(), null, deadline.toString(), Priority.HIGH, ReportCycle.WEEKLY,
				List.of(new MilestoneInput("确定站点并完成装修", today.plusDays(10).toString())), false), office);
		assertThat(queries.task(id, office).light()).isEqualTo(Light.GREEN);

		// Eleven days on, the milestone has slipped: yellow, and the unit is reminded automatically.
		clock.advanceDays(11);
		assertThat(followUp.runFor(times.today())).isPresent();
		assertThat(queries.task(id, office).light()).isEqualTo(Light.YELLOW);
		assertThat(notifications("supervision.notify.digest")).isNotEmpty();

		// A day past the deadline: red, reminded again.
		clock.advanceDays(30);
		assertThat(followUp.runFor(times.today())).isPresent();
		assertThat(queries.task(id, office).light()).isEqualTo(Light.RED);

		// The office reminds in its own words, then sends a numbered supervision notice.
		tasks.remind(id, "请于本周内报送最新进展。", office);
		SupervisionNotice notice = tasks.issueNotice(new IssueNotice(id, "公共法律服务站建设已逾期。", "请说明原因并提出整改时限。",
				times.today().plusDays(5).toString()), office);
		assertThat(notice.number()).matches("蓬督〔" + times.today().getYear() + "〕\\d+号");
		assertThat(notice.unit().name()).isEqualTo("区司法局");

		// 区司法局 asks for thirty more days; the office agrees: no longer late, but the slipped milestone keeps it yellow.
		tasks.requestExtension(new RequestExtension(id, deadline.plusDays(30).toString(), "装修单位更换，需重新招标。"), justice);
		assertThat(queries.task(id, office).pendingExtension().requestedDeadline()).isEqualTo(deadline.plusDays(30));
		TaskDetails extended = tasks.decideExtension(new DecideExtension(id, true, "同意延期至新时限。"), office);
		assertThat(extended.deadline()).isEqualTo(deadline.plusDays(30));
		assertThat(extended.originalDeadline()).isEqualTo(deadline);
		assertThat(extended.pendingExtension()).isNull();

		// The milestone is reached (green again) and progress reported with evidence, which answers the notice.
		tasks.reachMilestone(id, extended.milestones().get(0).id(), justice);
		EvidenceFile photo = fixtures.evidence("站点照片.txt", justice);
		tasks.reportProgress(new ReportProgress(id, "站点已装修完毕，正在调试设备。", 90, List.of(photo.id())), justice);
		assertThat(queries.notices(id, office)).allSatisfy(answered -> assertThat(answered.answeredAt()).isNotNull());

		// The next day's follow-up finds it on track.
		clock.advanceDays(1);
		assertThat(followUp.runFor(times.today())).isPresent();
		assertThat(queries.task(id, office).light()).isEqualTo(Light.GREEN);

		// Completion with evidence, reviewed and closed.
		EvidenceFile acceptance = fixtures.evidence("验收意见.txt", justice);
		tasks.requestCompletion(new RequestCompletion(id, "公共法律服务站已建成并投入使用。", List.of(acceptance.id())), justice);
		TaskDetails closed = tasks.review(new Review(id, true, "经核查，同意销号。"), office);
		assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
		assertThat(closed.percent()).isEqualTo(100);
		assertThat(closed.light()).isEqualTo(Light.GREEN);

		List<TimelineEntry> timeline = queries.timeline(id, office);
		assertThat(timeline).extracting(TimelineEntry::kind).containsSubsequence(TaskEventKind.CREATED, TaskEventKind.ISSUED,
				TaskEventKind.SIGNED, TaskEventKind.PROGRESS, TaskEventKind.EDITED, TaskEventKind.LIGHT_CHANGED, TaskEventKind.REMINDER,
				TaskEventKind.LIGHT_CHANGED, TaskEventKind.REMINDER, TaskEventKind.REMINDER, TaskEventKind.NOTICE,
				TaskEventKind.EXTENSION_REQUESTED, TaskEventKind.EXTENSION_APPROVED, TaskEventKind.LIGHT_CHANGED,
				TaskEventKind.MILESTONE_REACHED, TaskEventKind.LIGHT_CHANGED, TaskEventKind.PROGRESS, TaskEventKind.COMPLETION_REQUESTED, TaskEventKind.CLOSED);
		assertThat(timeline.stream().filter(entry -> entry.kind() == TaskEventKind.LIGHT_CHANGED).map(entry -> entry.fromLight()
				+ "→" + entry.toLight())).containsExactly("GREEN→YELLOW", "YELLOW→RED", "RED→YELLOW", "YELLOW→GREEN");
		assertThat(timeline.stream().filter(entry -> entry.kind() == TaskEventKind.REMINDER).map(TimelineEntry::reference))
			.containsExactly("at-risk", "overdue", null);
		assertThat(timeline.stream().filter(entry -> entry.kind() == TaskEventKind.NOTICE).findFirst().orElseThrow().reference())
			.isEqualTo(notice.number());

		assertThat(auditedActions(id)).contains("supervision.task.created", "supervision.task.issued", "supervision.task.signed",
				"supervision.progress.reported", "supervision.task.edited", "supervision.task.reminded",
				"supervision.extension.requested", "supervision.extension.approved", "supervision.milestone.reached",
				"supervision.completion.requested", "supervision.task.closed");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'supervision.notice.issued' AND target_id = ?")
			.param(String.valueOf(notice.id())).query(Long.class).single()).isEqualTo(1);
		assertThat(notifications("supervision.notify.reminder")).isNotEmpty();
		assertThat(notifications("supervision.notify.notice")).isNotEmpty();
		assertThat(notifications("supervision.notify.extension-approved")).isNotEmpty();
		assertThat(notifications("supervision.notify.closed")).isNotEmpty();
	}

	private List<NotificationRequest> notifications(String messageKey) {
		return events.stream(NotificationRequest.class).filter(notification -> notification.messageKey().equals(messageKey)).toList();
	}

	private List<String> auditedActions(long taskId) {
		return jdbc.sql("SELECT action FROM audit_entry WHERE target_type = 'task' AND target_id = ? ORDER BY id")
			.param(String.valueOf(taskId))
			.query(String.class)
			.list();
	}
}
