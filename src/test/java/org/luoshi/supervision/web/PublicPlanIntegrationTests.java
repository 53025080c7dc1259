package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.support.PageSession.between;
import static org.luoshi.support.PageSession.text;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The public plan: for anybody, signed in or not, and only what the district published. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class PublicPlanIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void showsAVisitorThePublishedTasksOfAPublishedGoalAndNothingElse() {
		GoalDetails goal = fixtures.publishedGoal("公开测试：建设法治蓬江");
		TaskDetails shown = fixtures.published(goal, "公开测试：村居法律顾问全覆盖。", "区司法局", 90);
		TaskDetails internal = fixtures.issued(goal, "公开测试：内部掌握的任务。", "区司法局", 90);
		GoalDetails unpublished = fixtures.goal("公开测试：内部目标");
		TaskDetails ofInternalGoal = fixtures.published(unpublished, "公开测试：内部目标下的任务。", "区司法局", 90);

		HttpResponse<byte[]> answer = PageSession.anonymous(port).get("/public/plan");

		assertThat(answer.statusCode()).isEqualTo(200);
		String page = text(answer);
		String published = between(page, "id=\"goal-" + goal.id() + "\"", "</article>");
		assertThat(published).contains(goal.title(), shown.content(), "区司法局", shown.deadline().toString());
		assertThat(page).doesNotContain(internal.content(), unpublished.title(), ofInternalGoal.content());
	}

	@Test
	void showsTheProgressFigureButNotTheUnitsUnreviewedTextAndLeadsNowhereInsideThePlatform() {
		GoalDetails goal = fixtures.publishedGoal("公开测试：优化营商环境");
		TaskDetails task = fixtures.published(goal, "公开测试：企业开办一日办结。", "区司法局", 90);
		fixtures.progress(tasks.sign(task.id(), fixtures.justice()), 60, fixtures.justice());

		String page = text(PageSession.signIn(port, "demo-dept").get("/public/plan"));

		String published = between(page, "id=\"goal-" + goal.id() + "\"", "</article>");
		assertThat(published).contains("60%", fixtures.today().toString()).doesNotContain("已完成60%。");
		assertThat(page).doesNotContain("href=\"/supervision", "id=\"sidebar\"", "谢文博");
	}

	@Test
	void showsOnlyThePublicStatesUnderWayAndDoneNeverTheInternalSteps() {
		GoalDetails goal = fixtures.publishedGoal("公开测试：公开状态");
		TaskDetails toSign = fixtures.published(goal, "公开测试：刚交办的任务。", "区司法局", 90);
		TaskDetails closed = fixtures.closed(goal, "公开测试：做完的任务。", 90);
		publish(closed);

		String published = between(text(PageSession.anonymous(port).get("/public/plan")), "id=\"goal-" + goal.id() + "\"", "</article>");

		assertThat(between(published, "data-number=\"" + toSign.number() + "\"", "</li>")).contains(messages.zh("boards.public.state.UNDER_WAY"))
			.doesNotContain(messages.zh("supervision.status.ISSUED"));
		assertThat(between(published, "data-number=\"" + closed.number() + "\"", "</li>")).contains(messages.zh("boards.public.state.DONE"))
			.doesNotContain(messages.zh("supervision.status.CLOSED"));
		for (String internal : new String[] { "待签收", "已退回", "待销号", "已销号", "待交办" }) {
			assertThat(published).doesNotContain(internal);
		}
	}

	private void publish(TaskDetails task) {
		jdbc.sql("UPDATE task SET published = TRUE WHERE id = ?").param(task.id()).update();
	}

	@Test
	void speaksEnglishWhenAsked() {
		String page = text(PageSession.anonymous(port).get("/public/plan?lang=en"));

		assertThat(page).contains(messages.en("boards.public.title"), "lang=\"en\"");
	}
}
