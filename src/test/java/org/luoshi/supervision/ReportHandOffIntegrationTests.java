package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.HandOffPlan;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDraftFixtures;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.support.Acting;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.luoshi.support.Required;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Confirming a report hands its deployment to supervision: a goal with its target, a task per reviewed task. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class ReportHandOffIntegrationTests {

	static final java.nio.file.Path SEED = java.nio.file.Path.of("../shared/seed/000_108ed8c361109c33.txt");

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	ReportDrafts reports;

	@Autowired
	GoalManagement goals;

	@Autowired
	TaskQueries queries;

	@AfterEach
	void signOut() {
		Acting.actAsNobody();
	}

	@Test
	void turnsTheConfirmedSeedPageIntoAGoalOfAThousandBillionWithItsTaskGroups() throws Exception {
		Required.file(SEED, "Seed document");
		Acting.actAs(fixtures.supervisor());
		Report report = reports.create(ReportInput.file("seed.txt", Files.readAllBytes(SEED)), fixtures.supervisor());
		reports.confirm(report.id(), report.version(), fixtures.supervisor());

		GoalDetails goal = goals.goalOfReport(report.id(), fixtures.supervisor()).orElseThrow();
		assertThat(goal.year()).isEqualTo(2024);
		assertThat(goal.source()).isEqualTo(TaskSource.REPORT);
		assertThat(goal.indicator().name()).isEqualTo("GDP");
		assertThat(goal.indicator().value()).isEqualByComparingTo(new BigDecimal("1000"));
		assertThat(goal.indicator().unit()).isEqualTo("亿元");
		assertThat(goal.indicator().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));

		List<TaskSummary> tasks = tasksOf(goal);
		assertThat(tasks).hasSize(report.tasks().size()).hasSize(15);
		// The page names no lead units and its year is over: the office assigns units and new dates before issuing.
		assertThat(tasks).allSatisfy(task -> assertThat(task.status()).isEqualTo(TaskStatus.DRAFT));
		// Each of the page's four task groups (the fifth is a reprint) is a tag: its heading without the ordinal.
		List<String> headings = report.draft().groups().stream().filter(group -> group.duplicateOf() == null)
			.map(group -> group.title().substring(2)).toList();
		assertThat(headings).hasSize(4);
		assertThat(tasks.stream().map(task -> task.tags().get(0)).distinct()).containsExactlyElementsOf(headings);
		TaskDetails towns = queries.task(tasks.stream().filter(task -> task.content().contains("超百亿元")).findFirst().orElseThrow().id(),
				fixtures.supervisor());
		assertThat(towns.targets()).singleElement().satisfies(target -> {
			assertThat(target.value()).isEqualByComparingTo(new BigDecimal("100"));
			assertThat(target.unit()).isEqualTo("亿元");
			assertThat(target.comparator()).isEqualTo(">");
		});
	}

	@Test
	void keepsTheUnitsTheOrganizationDoesNotKnowOnTheTasksTimeline() {
		Acting.actAs(fixtures.supervisor());
		Report report = reports.create(ReportInput.text(ReportDraftFixtures.CONFERENCE).withReferenceDate(LocalDate.of(2025, 3, 10)),
				fixtures.supervisor());
		reports.confirm(report.id(), report.version(), fixtures.supervisor());

		GoalDetails goal = goals.goalOfReport(report.id(), fixtures.supervisor()).orElseThrow();
		TaskSummary onlineServices = tasksOf(goal).stream().filter(task -> task.content().contains("企业开办")).findFirst().orElseThrow();
		assertThat(onlineServices.leadUnit()).isNull();
		TimelineEntry created = queries.timeline(onlineServices.id(), fixtures.supervisor()).get(0);
		assertThat(created.kind()).isEqualTo(TaskEventKind.CREATED);
		assertThat(created.reference()).isEqualTo("kept-draft");
		// The name as the text writes it: the organization has no unit it stands for.
		assertThat(created.text().lines()).contains("unit-unknown|区政务服务数据管理局");
		TaskSummary projects = tasksOf(goal).get(0);
		assertThat(projects.leadUnit().name()).isEqualTo("区发改局");

		var page = PageSession.signIn(port, "demo-admin").get("/supervision/goals/from-report/" + report.id());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/goals/" + goal.id());
		assertThat(PageSession.signIn(port, "demo-admin").get("/supervision/goals/from-report/999999999").statusCode()).isEqualTo(404);
	}

	/**
	 * The hand-off takes the person from the event, not from whoever happens to be signed in on the thread: here no one
	 * is, as for a confirmation through a batch or a replayed event.
	 */
	@Test
	void issuesInTheNameOfThePersonTheEventSaysConfirmed() {
		Acting.actAsNobody();
		Report report = scheduleMeeting(fixtures.supervisor());

		reports.confirm(report.id(), report.version(), fixtures.supervisor());

		TaskSummary investment = task(report, "年度投资计划");
		assertThat(investment.status()).isEqualTo(TaskStatus.ISSUED);
		assertThat(investment.leadUnit().name()).isEqualTo("区发改局");
		assertThat(investment.deadline()).isEqualTo(LocalDate.of(nextYear(), 6, 30));
		TimelineEntry issued = queries.timeline(investment.id(), fixtures.supervisor()).stream()
			.filter(entry -> entry.kind() == TaskEventKind.ISSUED).findFirst().orElseThrow();
		assertThat(issued.actorName()).isEqualTo(fixtures.supervisor().displayName());
	}

	@Test
	void issuesATaskToTheUnitItsWrittenNameMatchesNotToTheWrittenString() {
		Acting.actAs(fixtures.supervisor());
		Report report = reports.create(ReportInput.text("""
				区政府召开重点工作调度会议
				会议要求：
				一、区发展改革局要在%1$d年6月30日前完成重点项目年度投资计划编制，区工业和信息化局配合。
				""".formatted(nextYear())).withReferenceDate(fixtures.today()), fixtures.supervisor());
		assertThat(report.tasks().get(0).leadUnits()).containsExactly("区发展改革局");

		reports.confirm(report.id(), report.version(), fixtures.supervisor());

		TaskSummary investment = task(report, "年度投资计划");
		assertThat(investment.status()).isEqualTo(TaskStatus.ISSUED);
		assertThat(investment.leadUnit().name()).isEqualTo("区发改局");
		TaskDetails details = queries.task(investment.id(), fixtures.supervisor());
		assertThat(details.coUnits()).extracting(unit -> unit.name()).containsExactly("区工信局");
	}

	@Test
	void keepsEveryTaskADraftWhenThePersonConfirmingMayNotIssueTasks() {
		Actor supervisor = fixtures.supervisor();
		Actor reviewerOnly = new Actor(supervisor.accountId(), supervisor.username(), supervisor.displayName(), null,
				Set.of(Permissions.REPORTS_MANAGE, Permissions.SUPERVISION_READ, Permissions.ORGANIZATION_READ));
		Acting.actAs(reviewerOnly);
		Report report = scheduleMeeting(reviewerOnly);

		reports.confirm(report.id(), report.version(), reviewerOnly);

		GoalDetails goal = goals.goalOfReport(report.id(), supervisor).orElseThrow();
		assertThat(tasksOf(goal)).hasSize(report.tasks().size())
			.allSatisfy(task -> assertThat(task.status()).isEqualTo(TaskStatus.DRAFT));
		TaskSummary investment = task(report, "年度投资计划");
		// Everything else was in place: the lead unit and a deadline ahead, so the only reason is the permission.
		assertThat(investment.leadUnit().name()).isEqualTo("区发改局");
		assertThat(reasons(investment)).containsExactly("not-permitted");
	}

	@Test
	void keepsATaskWhoseUnitNameSeveralUnitsShareADraftAndNamesTheCandidates() {
		Acting.actAs(fixtures.supervisor());
		Report report = scheduleMeeting(fixtures.supervisor());
		assertThat(report.tasks().stream().filter(task -> task.text().contains("企业走访")).findFirst().orElseThrow().leadUnits())
			.containsExactly("经济发展办");

		reports.confirm(report.id(), report.version(), fixtures.supervisor());

		TaskSummary visits = task(report, "企业走访");
		assertThat(visits.status()).isEqualTo(TaskStatus.DRAFT);
		assertThat(visits.leadUnit()).isNull();
		assertThat(queries.timeline(visits.id(), fixtures.supervisor()).get(0).text())
			.isEqualTo("unit-ambiguous|经济发展办|棠下镇/经济发展办、荷塘镇/经济发展办、杜阮镇/经济发展办");
		String page = new String(PageSession.signIn(port, "demo-admin").get("/supervision/tasks/" + visits.id()).body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("data-reason=\"unit-ambiguous\"").contains("棠下镇/经济发展办");
	}

	@Test
	void keepsATaskWithoutADeadlineInTheTextADraftRatherThanInventingOne() {
		Acting.actAs(fixtures.supervisor());
		Report created = scheduleMeeting(fixtures.supervisor());
		int lawIndex = indexOf(created, "法律服务");
		DeploymentDraft.Task law = created.tasks().get(lawIndex);
		// Whatever the reader makes of the text, the reviewer's draft has no deadline for this task.
		Report report = reports.editTask(created.id(), created.version(), lawIndex,
				new ReportDrafts.TaskEdit(law.text(), law.leadUnits(), law.coUnits(), ""), fixtures.supervisor());

		reports.confirm(report.id(), report.version(), fixtures.supervisor());

		TaskSummary legal = task(report, "法律服务");
		assertThat(legal.status()).isEqualTo(TaskStatus.DRAFT);
		assertThat(legal.deadline()).isNull();
		assertThat(legal.leadUnit().name()).isEqualTo("区司法局");
		assertThat(reasons(legal)).containsExactly("no-deadline");
	}

	@Test
	void createsAndIssuesExactlyWhatThePreviewShowed() {
		Acting.actAs(fixtures.supervisor());
		Report report = scheduleMeeting(fixtures.supervisor());
		HandOffPlan preview = reports.preview(report.id(), fixtures.supervisor());

		reports.confirm(report.id(), report.version(), fixtures.supervisor());

		List<TaskSummary> tasks = tasksOf(goals.goalOfReport(report.id(), fixtures.supervisor()).orElseThrow());
		assertThat(tasks).hasSize(preview.tasks().size());
		for (HandOffPlan.PlannedTask planned : preview.tasks()) {
			TaskSummary task = tasks.get(planned.index());
			assertThat(task.status()).isEqualTo(planned.issued() ? TaskStatus.ISSUED : TaskStatus.DRAFT);
			assertThat(task.leadUnit() == null ? null : task.leadUnit().id())
				.isEqualTo(planned.lead() == null ? null : planned.lead().id());
			assertThat(task.deadline()).isEqualTo(planned.deadline());
		}
		assertThat(preview.issuedCount()).isEqualTo(1);
	}

	/**
	 * Our own text, its deadlines in the coming year: one task complete, one for an office three towns have, one
	 * without a date, one for a unit the organization does not know.
	 */
	private Report scheduleMeeting(Actor actor) {
		return reports.create(ReportInput.text("""
				区政府召开重点工作调度会议
				会议要求：
				一、区发改局要在%1$d年6月30日前完成重点项目年度投资计划编制。
				二、经济发展办要在%1$d年3月31日前完成规模以上企业走访。
				三、区司法局要推进法律服务进园区，建立园区法律服务站。
				四、区政数局要在%1$d年9月30日前上线一网通办平台。
				""".formatted(nextYear())).withReferenceDate(fixtures.today()), actor);
	}

	private int nextYear() {
		return fixtures.today().getYear() + 1;
	}

	private static int indexOf(Report report, String words) {
		for (int i = 0; i < report.tasks().size(); i++) {
			if (report.tasks().get(i).text().contains(words)) {
				return i;
			}
		}
		throw new AssertionError("no task with " + words);
	}

	private TaskSummary task(Report report, String words) {
		GoalDetails goal = goals.goalOfReport(report.id(), fixtures.supervisor()).orElseThrow();
		return tasksOf(goal).stream().filter(task -> task.content().contains(words)).findFirst().orElseThrow();
	}

	/** The codes of the reasons on the task's first timeline entry. */
	private List<String> reasons(TaskSummary task) {
		TimelineEntry created = queries.timeline(task.id(), fixtures.supervisor()).get(0);
		assertThat(created.kind()).isEqualTo(TaskEventKind.CREATED);
		assertThat(created.reference()).isEqualTo("kept-draft");
		return created.text().lines().map(line -> line.split("\\|")[0]).toList();
	}

	private List<TaskSummary> tasksOf(GoalDetails goal) {
		return queries.tasks(TaskFilter.ofGoal(goal.id()), PageQuery.of(null, 200, null, "number", TaskFilter.SORTABLE),
				fixtures.supervisor()).items();
	}
}
