package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.support.IntegrationTest;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@Import(SupervisionFixtures.class)
class TaskLifecycleIntegrationTests {

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuesSignsReportsAndClosesATask() {
		GoalDetails goal = fixtures.goal("生命周期测试目标");
		TaskDetails issued = fixtures.issued(goal, "推进公共法律服务站建设。", "区司法局", 60, "棠下镇");

		assertThat(issued.status()).isEqualTo(TaskStatus.ISSUED);
		assertThat(issued.leadUnit().name()).isEqualTo("区司法局");
		assertThat(issued.coUnits()).extracting(UnitRef::name).containsExactly("棠下镇");
		assertThat(issued.light()).isEqualTo(Light.GREEN);
		assertThat(issued.signDue()).isEqualTo(LocalDate.now().plusDays(3));

		TaskDetails signed = tasks.sign(issued.id(), fixtures.justice());
		assertThat(signed.status()).isEqualTo(TaskStatus.IN_PROGRESS);

		TaskDetails reported = fixtures.progress(signed, 40, fixtures.justice());
		assertThat(reported.percent()).isEqualTo(40);
		assertThat(reported.progressText()).isEqualTo("已完成40%。");

		TaskDetails contributed = tasks.reportProgress(new ReportProgress(issued.id(), "棠下镇已提供场地。", null, List.of()),
				fixtures.tangxia());
		assertThat(contributed.percent()).isEqualTo(40);

		EvidenceFile proof = fixtures.evidence("验收报告.txt", fixtures.justice());
		TaskDetails requested = tasks.requestCompletion(new RequestCompletion(issued.id(), "已全部完成。", List.of(proof.id())),
				fixtures.justice());
		assertThat(requested.status()).isEqualTo(TaskStatus.COMPLETION_REQUESTED);

		TaskDetails closed = tasks.review(new Review(issued.id(), true, "同意销号。"), fixtures.supervisor());
		assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
		assertThat(closed.percent()).isEqualTo(100);

		assertThat(queries.timeline(issued.id(), fixtures.supervisor())).extracting(TimelineEntry::kind)
			.containsSubsequence(TaskEventKind.CREATED, TaskEventKind.ISSUED, TaskEventKind.SIGNED, TaskEventKind.PROGRESS,
					TaskEventKind.CONTRIBUTION, TaskEventKind.COMPLETION_REQUESTED, TaskEventKind.CLOSED);
		assertThat(queries.timeline(issued.id(), fixtures.supervisor()).stream()
			.filter(entry -> entry.kind() == TaskEventKind.COMPLETION_REQUESTED).findFirst().orElseThrow().evidence())
			.extracting(EvidenceFile::name).containsExactly("验收报告.txt");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'task' AND target_id = ?")
			.param(String.valueOf(issued.id())).query(Long.class).single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void refusesEveryProblemOfANewTaskAtOnceAndStoresNothing() {
		GoalDetails goal = fixtures.goal("校验测试目标");
		long before = jdbc.sql("SELECT count(*) FROM task").query(Long.class).single();

		assertThatThrownBy(() -> tasks.createTask(new CreateTask(goal.id(), null, " ", List.of(), null, List.of(-5L), null, "明天", null,
				null, List.of(), false, true), fixtures.supervisor()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey())
				.containsExactly("content:validation.required", "leadUnitId:supervision.task.lead.required",
						"coUnitIds:supervision.task.unit.unknown", "deadline:supervision.date.invalid"));
		assertThat(jdbc.sql("SELECT count(*) FROM task").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void letsOnlyTheLeadUnitSignAndNobodyOutsideTheScopeSeeTheTask() {
		GoalDetails goal = fixtures.goal("权限测试目标");
		TaskDetails task = fixtures.issued(goal, "完善法律援助工作站。", "区司法局", 30);

		assertThatThrownBy(() -> tasks.sign(task.id(), fixtures.tangxia())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> queries.task(task.id(), fixtures.tangxia())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> tasks.sign(task.id(), fixtures.leader())).isInstanceOf(AccessDeniedException.class);
		tasks.sign(task.id(), fixtures.justice());
		assertThatThrownBy(() -> tasks.sign(task.id(), fixtures.justice())).isInstanceOf(ConflictException.class);
	}
}
