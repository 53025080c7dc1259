package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.support.PageSession.between;
import static org.luoshi.support.PageSession.text;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** My tasks, the district and unit boards, the calendar and the ranking, as pages: who gets them, and what they show. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class SupervisionBoardPagesIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Test
	void everyViewAnswersThoseWhoSeeTasksAndRefusesTheAuditor() {
		List<String> views = List.of("/supervision/my", "/supervision/board", "/supervision/units/" + fixtures.unit("区司法局"),
				"/supervision/calendar", "/supervision/ranking");
		for (String username : List.of("demo-admin", "demo-leader", "demo-dept")) {
			PageSession page = PageSession.signIn(port, username);
			for (String view : views) {
				assertThat(page.get(view).statusCode()).as(username + " " + view).isEqualTo(200);
			}
		}
		PageSession auditor = PageSession.signIn(port, "demo-auditor");
		for (String view : views) {
			assertThat(auditor.get(view).statusCode()).as(view).isEqualTo(403);
		}
		assertThat(auditor.get("/supervision/units").statusCode()).isEqualTo(403);
	}

	@Test
	void supervisionOpensOnMyTasks() {
		HttpResponse<byte[]> answer = PageSession.signIn(port, "demo-dept").get("/supervision");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/my");
	}

	@Test
	void myTasksShowsTheSectionsOfThePersonsRolesWithWhatWaitsInThem() {
		GoalDetails goal = fixtures.goal("我的任务测试目标");
		TaskDetails toSign = fixtures.issued(goal, "我的任务：待签收的法治宣传任务。", "区司法局", 20);
		TaskDetails late = fixtures.issued(goal, "我的任务：已逾期的法律援助任务。", "区司法局", 20);
		fixtures.overdue(late, 30);
		TaskDetails draft = fixtures.draft(goal, "我的任务：待交办的普法任务。", "区司法局", 20);

		String handler = text(PageSession.signIn(port, "demo-dept").get("/supervision/my"));
		assertThat(between(handler, "id=\"my-to-sign\"", "my-section")).contains(toSign.content());
		assertThat(handler).contains("id=\"my-to-report\"", "id=\"my-working\"")
			.doesNotContain("id=\"my-to-review\"", "id=\"my-drafts\"", "id=\"my-watch\"", "id=\"my-empty\"");

		String leader = text(PageSession.signIn(port, "demo-leader").get("/supervision/my"));
		assertThat(between(leader, "id=\"my-watch\"", "my-section")).contains(late.content()).doesNotContain(toSign.content());
		assertThat(leader).doesNotContain("id=\"my-to-sign\"", "id=\"my-to-review\"");

		String supervisor = text(PageSession.signIn(port, "demo-admin").get("/supervision/my"));
		assertThat(between(supervisor, "id=\"my-drafts\"", "my-section")).contains(draft.content());
		assertThat(supervisor).contains("id=\"my-to-review\"", "id=\"my-extensions\"", "id=\"my-returned\"")
			.doesNotContain("id=\"my-to-sign\"", "id=\"my-watch\"");
	}

	@Test
	void theDistrictBoardCountsTheTasksOfTheChosenGoal() {
		GoalDetails goal = fixtures.goal("看板计数测试目标");
		fixtures.draft(goal, "看板：尚未交办的任务。", "区司法局", 40);
		fixtures.issued(goal, "看板：刚交办的任务。", "区司法局", 40);
		TaskDetails late = fixtures.issued(goal, "看板：已逾期的任务。", "棠下镇", 40);
		fixtures.overdue(late, 5);
		fixtures.closed(goal, "看板：已销号的任务。", 40);

		String page = text(PageSession.signIn(port, "demo-leader").get("/supervision/board?goal=" + goal.id()));

		assertThat(figure(page, "figure-total")).isEqualTo("4");
		assertThat(figure(page, "figure-open")).isEqualTo("2");
		assertThat(figure(page, "figure-red")).isEqualTo("1");
		assertThat(figure(page, "figure-yellow")).isEqualTo("0");
		assertThat(figure(page, "figure-closed-percent")).isEqualTo("33%");
		assertThat(figure(page, "figure-drafts")).isEqualTo("1");
		assertThat(between(page, "id=\"board-urgent\"", "id=\"board-reports\"")).contains(late.content());
		assertThat(between(page, "id=\"board-units\"", "</table>")).contains("区司法局", "棠下镇");
		assertThat(page).contains("id=\"chart-lights\"", "id=\"chart-groups\"");
	}

	@Test
	void aUnitBoardOutsideTheScopeIsNotFound() {
		PageSession town = PageSession.signIn(port, "demo-town");

		assertThat(town.get("/supervision/units/" + fixtures.unit("区司法局")).statusCode()).isEqualTo(404);
		assertThat(town.get("/supervision/units/" + fixtures.unit("棠下镇")).statusCode()).isEqualTo(200);
		assertThat(PageSession.signIn(port, "demo-leader").get("/supervision/units/987654321").statusCode()).isEqualTo(404);
	}

	@Test
	void theUnitBoardsOpenOnOnesOwnUnitOrOnAChoiceForTheWholeDistrict() {
		HttpResponse<byte[]> handler = PageSession.signIn(port, "demo-dept").get("/supervision/units");
		assertThat(handler.statusCode()).isEqualTo(302);
		assertThat(handler.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/units/" + fixtures.unit("区司法局"));

		String leader = text(PageSession.signIn(port, "demo-leader").get("/supervision/units"));
		assertThat(between(leader, "id=\"unit-picker\"", "</ul>")).contains("区司法局", "棠下镇");
	}

	@Test
	void theUnitBoardPutsEachTaskInTheColumnOfItsWork() {
		GoalDetails goal = fixtures.goal("单位看板测试目标");
		TaskDetails toSign = fixtures.issued(goal, "单位看板：待签收的任务。", "区司法局", 2);
		TaskDetails working = fixtures.inProgress(goal, "单位看板：推进中的任务。", 2);

		String page = text(PageSession.signIn(port, "demo-dept").get("/supervision/units/" + fixtures.unit("区司法局")));

		assertThat(between(page, "id=\"column-to-sign\"", "id=\"column-in-progress\"")).contains(toSign.content())
			.doesNotContain(working.content());
		assertThat(between(page, "id=\"column-in-progress\"", "id=\"column-awaiting-review\"")).contains(working.content());
	}

	@Test
	void theCalendarShowsATaskOnItsDeadlineAndABadMonthAsTheCurrentOne() {
		GoalDetails goal = fixtures.goal("日历测试目标");
		TaskDetails task = fixtures.issued(goal, "日历：月底前完成的任务。", "区司法局", 45);
		PageSession page = PageSession.signIn(port, "demo-town");
		PageSession justice = PageSession.signIn(port, "demo-dept");

		String month = text(justice.get("/supervision/calendar?month=" + YearMonth.from(task.deadline())));
		assertThat(between(month, "id=\"day-" + task.deadline() + "\"", "</td>")).contains(task.content());
		assertThat(text(page.get("/supervision/calendar?month=" + YearMonth.from(task.deadline())))).doesNotContain(task.content());

		String bad = text(justice.get("/supervision/calendar?month=2026-13"));
		assertThat(bad).contains("id=\"calendar-invalid\"", "data-month=\"" + YearMonth.now() + "\"");
	}

	@Test
	void theRankingHasARowForTheLeadUnitOfATaskDueInTheYear() {
		GoalDetails goal = fixtures.goal("排名测试目标");
		TaskDetails task = fixtures.issued(goal, "排名：后年到期的任务。", "区司法局", 800);

		String page = text(PageSession.signIn(port, "demo-leader").get("/supervision/ranking?year=" + task.deadline().getYear()));
		String row = between(page, "id=\"ranking-unit-" + fixtures.unit("区司法局") + "\"", "</tr>");
		assertThat(row).contains("区司法局");
		assertThat(figure(row, "ranking-rate")).isEqualTo("—");

		String bad = text(PageSession.signIn(port, "demo-leader").get("/supervision/ranking?year=二〇二六"));
		assertThat(bad).contains("id=\"ranking-invalid\"", messages.zh("boards.ranking.heading", String.valueOf(LocalDate.now().getYear())));
	}

	/** The text of the element with this id or class (the first one): a figure, a cell. */
	private static String figure(String page, String idOrClass) {
		Matcher matcher = Pattern.compile("(?:id|class)=\"[^\"]*\\b" + Pattern.quote(idOrClass) + "\\b[^\"]*\"[^>]*>([^<]*)<").matcher(page);
		assertThat(matcher.find()).as(idOrClass + " on the page").isTrue();
		return matcher.group(1).strip();
	}
}
