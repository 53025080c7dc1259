package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * 层层分解: a lead unit breaks the task it signed for down for its offices (a department, also for the towns), issues,
 * follows and closes those subtasks itself, and the task's share done rolls up from them.
 */
@IntegrationTest
@Import(SupervisionFixtures.class)
class CascadedSubtasksIntegrationTests {

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	SupervisionBoards boards;

	@Test
	void aTownBreaksItsTaskDownForItsOfficeAndClosesTheSubtaskItself() {
		Actor town = fixtures.tangxia();
		TaskDetails task = tasks.sign(fixtures.issued(fixtures.goal("镇级分解测试"), "棠下镇推进园区招商", "棠下镇", 60).id(), town);
		assertThat(queries.actions(task.id(), town).can(TaskStep.ADD_SUBTASK)).isTrue();

		TaskDetails subtask = breakDown(task, "经济发展办负责对接重点客商", "棠下镇经济发展办公室", town);

		assertThat(subtask.parentId()).isEqualTo(task.id());
		assertThat(subtask.issuerUnit().name()).isEqualTo("棠下镇");
		assertThat(subtask.status()).isEqualTo(TaskStatus.ISSUED);
		assertThat(queries.actions(subtask.id(), town).steps()).contains(TaskStep.REMIND, TaskStep.EDIT, TaskStep.CANCEL, TaskStep.SIGN);
		assertThatThrownBy(() -> queries.task(subtask.id(), fixtures.justice())).isInstanceOf(NotFoundException.class);

		tasks.sign(subtask.id(), town);
		EvidenceFile proof = fixtures.evidence("对接记录.txt", town);
		tasks.requestCompletion(new RequestCompletion(subtask.id(), "已对接十家客商。", List.of(proof.id())), town);
		assertThat(boards.myTasks(town).toReview()).extracting(TaskSummary::id).contains(subtask.id());
		assertThat(tasks.review(new Review(subtask.id(), true, "同意销号。"), town).status()).isEqualTo(TaskStatus.CLOSED);
	}

	@Test
	void aDepartmentBreaksItsTaskDownForItsOfficesAndTheTownsButNotForOtherDepartments() {
		Actor justice = fixtures.justice();
		TaskDetails task = fixtures.inProgress(fixtures.goal("部门分解测试"), "建设园区公共法律服务站", 90);

		TaskDetails forTheOffice = breakDown(task, "公共法律服务科制定站点建设方案", "公共法律服务管理科", justice);
		TaskDetails forTheTown = breakDown(task, "棠下镇提供园区站点场地", "棠下镇", justice);

		assertThat(forTheOffice.issuerUnit().name()).isEqualTo("区司法局");
		assertThat(tasks.sign(forTheTown.id(), fixtures.tangxia()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(queries.subtasks(task.id(), justice)).extracting(TaskSummary::id).containsExactly(forTheOffice.id(), forTheTown.id());
		assertThatThrownBy(() -> breakDown(task, "统计局提供数据", "区统计局", justice))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("leadUnitId"));
		assertThatThrownBy(() -> breakDown(task, "司法局自己再办一遍", "区司法局", justice)).isInstanceOf(ValidationException.class);
	}

	@Test
	void onlyTheLeadUnitThatSignedBreaksATaskDownAndOnlyOneLevelDeep() {
		GoalDetails goal = fixtures.goal("分解权限测试");
		TaskDetails unsigned = fixtures.issued(goal, "尚未签收的任务", "区司法局", 30, "棠下镇");
		assertThatThrownBy(() -> breakDown(unsigned, "签收前的分解", "公共法律服务管理科", fixtures.justice()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::field).contains("parentId"));

		TaskDetails signed = tasks.sign(unsigned.id(), fixtures.justice());
		assertThatThrownBy(() -> breakDown(signed, "协办单位的分解", "棠下镇经济发展办公室", fixtures.tangxia()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(queries.actions(signed.id(), fixtures.tangxia()).can(TaskStep.ADD_SUBTASK)).isFalse();

		TaskDetails subtask = breakDown(signed, "第一级分解", "公共法律服务管理科", fixtures.justice());
		tasks.sign(subtask.id(), fixtures.justice());
		assertThat(queries.actions(subtask.id(), fixtures.justice()).can(TaskStep.ADD_SUBTASK)).isFalse();
		assertThatThrownBy(() -> tasks.createTask(new CreateTask(goal.id(), null, "不带上级任务的新任务", List.of(), fixtures.unit("棠下镇"),
				List.of(), null, fixtures.today().plusDays(10).toString(), null, null, List.of(), false, true), fixtures.justice()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theTasksShareDoneRollsUpFromItsSubtasks() {
		Actor justice = fixtures.justice();
		TaskDetails task = fixtures.inProgress(fixtures.goal("进度汇总测试"), "分解后汇总进度的任务", 90);
		TaskDetails first = tasks.sign(breakDown(task, "第一项子任务", "公共法律服务管理科", justice).id(), justice);
		TaskDetails second = tasks.sign(breakDown(task, "第二项子任务", "法治宣传科", justice).id(), justice);

		fixtures.progress(first, 60, justice);
		assertThat(queries.task(task.id(), justice).percent()).isEqualTo(30);

		fixtures.progress(second, 20, justice);
		assertThat(queries.task(task.id(), justice).percent()).isEqualTo(40);

		tasks.cancel(second.id(), queries.task(second.id(), justice).version(), "并入第一项", justice);
		assertThat(queries.task(task.id(), justice).percent()).isEqualTo(60);
	}

	@Test
	void aFinishedTaskCannotBeBrokenDown() {
		TaskDetails closed = fixtures.closed(fixtures.goal("已办结分解测试"), "已经办结的任务", 20);
		assertThatThrownBy(() -> breakDown(closed, "办结后的分解", "公共法律服务管理科", fixtures.justice()))
			.isInstanceOfAny(ValidationException.class, ConflictException.class, AccessDeniedException.class);
		assertThat(queries.subtasks(closed.id(), fixtures.supervisor())).isEmpty();
	}

	private TaskDetails breakDown(TaskDetails task, String content, String lead, Actor actor) {
		return tasks.createTask(new CreateTask(task.goalId(), task.id(), content, List.of(), fixtures.unit(lead), List.of(), null,
				fixtures.today().plusDays(20).toString(), null, null, List.of(), false, true), actor);
	}
}
