package org.luoshi.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.projects.ProjectDetails.ProjectMilestone;
import org.luoshi.projects.internal.InvestmentImport;
import org.luoshi.projects.internal.ProjectAdministration;
import org.luoshi.projects.internal.ProjectAdministration.InvestmentInput;
import org.luoshi.projects.internal.ProjectAdministration.ProjectInput;
import org.luoshi.projects.internal.ProjectBlockers;
import org.luoshi.projects.internal.ProjectStore;
import org.luoshi.projects.internal.ProjectStore.ProjectFilter;
import org.luoshi.projects.internal.ReportMentions;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskSource;
import org.luoshi.support.Acting;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Required;
import org.luoshi.shared.workbook.ImportProblem;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key projects against the database: the demo's platforms and projects, the import all or nothing with every bad row,
 * a blocker raised into a supervised task whose light shows on the project and whose closing resolves it, who sees and
 * reports on which project, bad input changing nothing, and a confirmed report's projects offered as entries.
 */
@IntegrationTest
@Transactional
class ProjectsIntegrationTests {

	static final String TANGXIA = "440703101";

	@Autowired
	ProjectStore store;

	@Autowired
	KeyProjects keyProjects;

	@Autowired
	ProjectAdministration administration;

	@Autowired
	ProjectBlockers blockers;

	@Autowired
	InvestmentImport imports;

	@Autowired
	ReportMentions mentions;

	@Autowired
	ReportDrafts reports;

	@Autowired
	TaskManagement tasks;

	@Autowired
	TaskQueries taskQueries;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		Acting.actAsNobody();
	}

	Actor actor(String username) {
		return accounts.findByUsername(username).orElseThrow().actor();
	}

	long tangxiaUnit() {
		return jdbc.sql("SELECT id FROM unit WHERE short_name = '棠下镇' OR name = '棠下镇' LIMIT 1").query(Long.class).single();
	}

	ProjectDetails tangxiaProject(String name, String total) {
		return administration.createProject(new ProjectInput(name, null, TANGXIA, tangxiaUnit(), new BigDecimal(total), null,
				LocalDate.now().getYear(), new BigDecimal("100"), List.of(), false), actor("demo-admin"));
	}

	@Test
	void theDemoHoldsTheSeedsPlatformsAndProjectsWithARaisedBlocker() {
		Actor leader = actor("demo-leader");
		assertThat(store.platforms()).extracting(ProjectPlatform::name).contains("大型产业集聚区蓬江片区", "大型产业集聚区蓬江片区先行启动区", "滨江新区",
				"滨江新区中央商务区");
		List<ProjectSummary> all = store.projects(ProjectFilter.all(), 2026, 11, leader);
		assertThat(all).extracting(ProjectSummary::name).contains("保利时光汇", "中铁建江门总部基地", "区文化中心", "蓬江预制菜产业园");
		assertThat(all).filteredOn(ProjectSummary::demo).allSatisfy(p -> assertThat(p.completed()).isLessThanOrEqualTo(p.planned()));
		ProjectsOverview overview = keyProjects.overview(2026, 11, leader);
		assertThat(overview.planned()).isPositive();
		assertThat(overview.sharePct()).isNotNull();
		assertThat(overview.byTown()).extracting(ProjectsOverview.ProjectFigures::key).contains("440703006", TANGXIA);
		assertThat(overview.openBlockers()).anySatisfy(open -> {
			assertThat(open.projectName()).isEqualTo("区文化中心");
			assertThat(open.taskId()).isNotNull();
			assertThat(open.taskLight()).isNotNull();
		});
		// Someone without projects:read gets nothing rather than an error.
		assertThat(keyProjects.overview(2026, 11, actor("demo-justice")).projects()).isZero();
	}

	@Test
	void aBlockerRaisedOnceBecomesATaskWhoseLightShowsAndWhoseClosingResolvesIt() throws Exception {
		Actor office = actor("demo-admin");
		Actor town = actor("demo-town");
		Acting.actAs(office);
		ProjectDetails project = tangxiaProject("测试卡点项目" + System.nanoTime(), "1000");
		ProjectBlocker blocker = blockers.record(project.id(), "用地指标尚未落实", false, town);
		assertThat(blocker.status()).isEqualTo(BlockerStatus.OPEN);
		// The lead unit records blockers but does not raise them.
		assertThatThrownBy(() -> blockers.raise(project.id(), blocker.id(), LocalDate.now().plusDays(20).toString(), town))
			.isInstanceOf(AccessDeniedException.class);
		ProjectBlocker raised = blockers.raise(project.id(), blocker.id(), LocalDate.now().plusDays(20).toString(), office);
		assertThat(raised.status()).isEqualTo(BlockerStatus.RAISED);
		assertThat(raised.taskLight()).isEqualTo(Light.GREEN);
		TaskDetails task = taskQueries.task(raised.taskId(), office);
		assertThat(task.source()).isEqualTo(TaskSource.PROJECT);
		assertThat(task.sourceRef()).isEqualTo(String.valueOf(project.id()));
		assertThat(task.leadUnit().id()).isEqualTo(tangxiaUnit());
		assertThat(task.deadline()).isEqualTo(LocalDate.now().plusDays(20));
		assertThat(store.projects(new ProjectFilter(null, null, null, true), 2026, 1, office)).extracting(ProjectSummary::id).contains(project.id());

		// A second time is refused, and nothing changes.
		long taskCount = jdbc.sql("SELECT count(*) FROM task").query(Long.class).single();
		assertThatThrownBy(() -> blockers.raise(project.id(), blocker.id(), LocalDate.now().plusDays(20).toString(), office))
			.isInstanceOfSatisfying(ConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("projects.blocker.step.not-in-status.RAISED"));
		assertThat(jdbc.sql("SELECT count(*) FROM task").query(Long.class).single()).isEqualTo(taskCount);

		// The lead unit works the task to its close; the blocker shows resolved.
		Acting.actAs(town);
		tasks.sign(task.id(), town);
		long evidence = tasks.uploadEvidence("协调纪要.txt", "text/plain", "用地指标已落实".getBytes(StandardCharsets.UTF_8), town).id();
		tasks.requestCompletion(new RequestCompletion(task.id(), "用地指标已落实，卡点解决。", List.of(evidence)), town);
		Acting.actAs(office);
		tasks.review(new Review(task.id(), true, "同意销号。"), office);
		ProjectBlocker resolved = blockers.blockers(project.id(), office).get(0);
		assertThat(resolved.status()).isEqualTo(BlockerStatus.RESOLVED);
		assertThat(resolved.taskStatus()).isEqualTo("CLOSED");
		assertThat(resolved.resolvedAt()).isNotNull();
		assertThat(keyProjects.overview(LocalDate.now().getYear(), 1, office).openBlockers()).extracting(ProjectsOverview.OpenBlocker::projectId)
			.doesNotContain(project.id());
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'projects.blocker.resolved' AND target_id = ?")
			.param(String.valueOf(blocker.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aUnitsHandlerSeesAndReportsOnItsOwnUnitsProjectsOnly() {
		Actor justiceHandler = actor("demo-dept");
		Actor town = actor("demo-town");
		ProjectDetails project = tangxiaProject("测试可见项目" + System.nanoTime(), "1000");
		assertThat(store.projects(ProjectFilter.all(), 2026, 1, justiceHandler)).extracting(ProjectSummary::id).doesNotContain(project.id());
		assertThatThrownBy(() -> store.project(project.id(), 2026, justiceHandler)).isInstanceOf(NotFoundException.class);
		YearMonth last = YearMonth.now().minusMonths(1);
		InvestmentInput month = new InvestmentInput(last.getYear(), last.getMonthValue(), new BigDecimal("10"), null, false);
		assertThatThrownBy(() -> administration.reportInvestment(project.id(), month, justiceHandler)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> blockers.record(project.id(), "他单位的卡点", false, justiceHandler)).isInstanceOf(NotFoundException.class);
		// 棠下镇's handler sees it, reports on it, but does not edit it.
		assertThat(store.projects(ProjectFilter.all(), 2026, 1, town)).extracting(ProjectSummary::id).contains(project.id())
			.allSatisfy(id -> assertThat(store.project(id, 2026, town).leadUnitId()).isEqualTo(tangxiaUnit()));
		assertThat(administration.reportInvestment(project.id(), month, town).months()).extracting(ProjectDetails.ProjectMonth::amount)
			.anySatisfy(amount -> assertThat(amount).isEqualByComparingTo("10"));
		assertThatThrownBy(() -> administration.updateProject(project.id(), project.version(), new ProjectInput(project.name(), null, TANGXIA,
				tangxiaUnit(), new BigDecimal("2000"), null, 2026, null, List.of(), false), town)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void badInputIsRefusedWithEveryProblemAndChangesNothing() {
		Actor office = actor("demo-admin");
		ProjectDetails project = tangxiaProject("测试超额项目" + System.nanoTime(), "100");
		YearMonth last = YearMonth.now().minusMonths(1);
		administration.reportInvestment(project.id(), new InvestmentInput(last.getYear(), last.getMonthValue(), new BigDecimal("60"), null, false),
				office);
		YearMonth before = last.minusMonths(1);
		// Completed would reach 110 of a total of 100.
		assertThatThrownBy(() -> administration.reportInvestment(project.id(),
				new InvestmentInput(before.getYear(), before.getMonthValue(), new BigDecimal("50"), null, false), office))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactly("projects.investment.exceeds-total"));
		assertThatThrownBy(() -> administration.reportInvestment(project.id(),
				new InvestmentInput(before.getYear(), before.getMonthValue(), new BigDecimal("-5"), null, false), office))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactly("projects.amount.negative"));
		YearMonth next = YearMonth.now().plusMonths(1);
		assertThatThrownBy(() -> administration.reportInvestment(project.id(),
				new InvestmentInput(next.getYear(), next.getMonthValue(), new BigDecimal("1"), null, false), office))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactly("projects.investment.future-month"));
		assertThat(store.project(project.id(), last.getYear(), office).completedTotal()).isEqualByComparingTo("60");
		// Lowering the total below what is completed, an unknown town and lead unit, an actual date to come: all at once.
		assertThatThrownBy(() -> administration.updateProject(project.id(), project.version(), new ProjectInput(project.name(), 999_999L, "440104001",
				999_999L, new BigDecimal("50"), null, 2026, null,
				List.of(new ProjectMilestone(MilestoneKind.STARTED, null, LocalDate.now().plusDays(3))), false), office))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("projects.platform.unknown", "projects.town.unknown", "projects.lead-unit.unknown",
						"projects.total.below-completed", "projects.milestone.future"));
		assertThatThrownBy(() -> administration.reportMilestone(project.id(), MilestoneKind.STARTED, LocalDate.now().plusDays(1), office))
			.isInstanceOf(ValidationException.class);
		ProjectDetails after = store.project(project.id(), 2026, office);
		assertThat(after.totalInvestment()).isEqualByComparingTo("100");
		assertThat(after.version()).isEqualTo(project.version());
		assertThat(after.milestones()).allSatisfy(m -> assertThat(m.actualOn()).isNull());
	}

	@Test
	void anImportWithABadRowWritesNothingAndNamesEveryBadRow() {
		Actor office = actor("demo-admin");
		ProjectDetails project = tangxiaProject("测试导入项目" + System.nanoTime(), "1000");
		YearMonth last = YearMonth.now().minusMonths(1);
		String period = last.getYear() + "年" + last.getMonthValue() + "月";
		String future = YearMonth.now().plusMonths(2).toString();
		String csv = "项目名称,期别,本月完成投资,镇街,所属平台,牵头单位\n"
				+ project.name() + "," + period + ",100,棠下镇,,棠下镇\n" // good
				+ "没有的项目," + period + ",5,,,\n" // row 3: unknown project
				+ project.name() + "," + period + ",5,广州市,,\n" // row 4: unknown town
				+ project.name() + "," + period + ",5,,不存在的平台,\n" // row 5: unknown platform
				+ project.name() + "," + period + ",5,,,不存在的局\n" // row 6: unknown lead unit
				+ project.name() + "," + period + ",-3,,,\n" // row 7: negative
				+ project.name() + "," + future + ",5,,,\n" // row 8: a month to come
				+ project.name() + "," + period + ",abc,,,\n"; // row 9: not a number
		long before = jdbc.sql("SELECT count(*) FROM project_investment").query(Long.class).single();
		assertThatThrownBy(() -> imports.importInvestment("bad.csv", csv.getBytes(StandardCharsets.UTF_8), null, null, null, office))
			.isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
				.extracting(ImportProblem::row, ImportProblem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "projects.import.project.unknown"),
						org.assertj.core.groups.Tuple.tuple(4, "projects.town.unknown"),
						org.assertj.core.groups.Tuple.tuple(5, "projects.platform.unknown"),
						org.assertj.core.groups.Tuple.tuple(6, "projects.lead-unit.unknown"),
						org.assertj.core.groups.Tuple.tuple(7, "projects.amount.negative"),
						org.assertj.core.groups.Tuple.tuple(8, "projects.investment.future-month"),
						org.assertj.core.groups.Tuple.tuple(9, "projects.import.number")));
		assertThat(jdbc.sql("SELECT count(*) FROM project_investment").query(Long.class).single()).isEqualTo(before);

		// Two months of one project that together exceed its total: the second row is refused, neither is written.
		YearMonth earlier = last.minusMonths(1);
		String over = "项目名称,期别,本月完成投资\n" + project.name() + "," + earlier + ",600\n" + project.name() + "," + last + ",500\n";
		assertThatThrownBy(() -> imports.importInvestment("over.csv", over.getBytes(StandardCharsets.UTF_8), null, null, null, office))
			.isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
				.extracting(ImportProblem::row, ImportProblem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "projects.investment.exceeds-total")));
		assertThat(jdbc.sql("SELECT count(*) FROM project_investment").query(Long.class).single()).isEqualTo(before);

		String good = "项目名称,期别,本月完成投资,来源\n" + project.name() + "," + earlier + ",600,统计报表\n" + project.name() + "," + last + ",300,\n";
		InvestmentImport.InvestmentImportOutcome outcome = imports.importInvestment("good.csv", good.getBytes(StandardCharsets.UTF_8), null, null, null,
				office);
		assertThat(outcome.reported()).isEqualTo(2);
		assertThat(store.project(project.id(), last.getYear(), office).completedTotal()).isEqualByComparingTo("900");
		assertThatThrownBy(() -> imports.importInvestment("good.csv", good.getBytes(StandardCharsets.UTF_8), null, null, null, actor("demo-town")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aConfirmedReportOffersTheProjectsAndPlatformsItNames() throws Exception {
		Path seed = Path.of("../shared/seed/000_108ed8c361109c33.txt");
		Required.file(seed, "Seed document");
		Actor office = actor("demo-admin");
		Acting.actAs(office);
		Report report = reports.create(ReportInput.file("seed.txt", Files.readAllBytes(seed)), office);
		// A draft offers nothing yet: its text may still be corrected.
		assertThat(mentions.mentions(report.id(), office)).isEmpty();
		reports.confirm(report.id(), report.version(), office);
		List<ReportMentions.Mention> found = mentions.mentions(report.id(), office);
		assertThat(found).filteredOn(ReportMentions.Mention::known).extracting(ReportMentions.Mention::name)
			.contains("区文化中心", "中铁建江门总部基地", "滨江新区", "大型产业集聚区蓬江片区");
		assertThat(found).filteredOn(m -> !m.known()).extracting(ReportMentions.Mention::name).contains("荷塘康溪产业园")
			.doesNotContain("省级特色产业园", "重点项目");
		assertThat(found).filteredOn(m -> m.name().equals("荷塘康溪产业园")).singleElement()
			.satisfies(m -> assertThat(m.townName()).isEqualTo("荷塘镇"));
		// Someone who may not read reports is offered nothing.
		assertThat(mentions.mentions(report.id(), actor("demo-town"))).isEmpty();
	}
}
