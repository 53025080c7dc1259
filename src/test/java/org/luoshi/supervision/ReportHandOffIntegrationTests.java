package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDraftFixtures;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportInput;
import org.luoshi.shared.PageQuery;
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
		assertThat(created.reference()).isEqualTo("unmatched-units");
		assertThat(created.text()).contains("区政数局");
		TaskSummary projects = tasksOf(goal).get(0);
		assertThat(projects.leadUnit().name()).isEqualTo("区发改局");

		var page = PageSession.signIn(port, "demo-admin").get("/supervision/goals/from-report/" + report.id());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/goals/" + goal.id());
		assertThat(PageSession.signIn(port, "demo-admin").get("/supervision/goals/from-report/999999999").statusCode()).isEqualTo(404);
	}

	private List<TaskSummary> tasksOf(GoalDetails goal) {
		return queries.tasks(TaskFilter.ofGoal(goal.id()), PageQuery.of(null, 200, null, "number", TaskFilter.SORTABLE),
				fixtures.supervisor()).items();
	}
}
