package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.support.PageSession.between;
import static org.luoshi.support.PageSession.text;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.PageQuery;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.UnitRanking;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskSummary;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ranking's order, the home pages' summary of lights, error pages within the layout, and boards that follow changes. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class SupervisionViewsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	SupervisionBoards boards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskQueries queries;

	@Test
	void ranksUnitsWithARateFirstAndListsThoseWithNothingDueYetAfterThemUnplaced() {
		GoalDetails goal = fixtures.goal("排名测试目标");
		// Next year's ranking: a closed task gives 区司法局 a rate; 区发改局 has a task that is not due yet.
		TaskDetails closed = fixtures.closed(goal, "排名测试：已办结的任务。", 400);
		fixtures.issued(goal, "排名测试：未到期的任务。", "区发改局", 400);
		int year = closed.deadline().getYear();

		List<UnitRanking> ranking = boards.ranking(year, fixtures.leader());

		assertThat(ranking).extracting(row -> row.unit().name()).contains("区司法局", "区发改局");
		int lastPlaced = -1;
		int firstUnplaced = Integer.MAX_VALUE;
		for (int i = 0; i < ranking.size(); i++) {
			if (ranking.get(i).onTimePercent() == null) {
				firstUnplaced = Math.min(firstUnplaced, i);
				assertThat(ranking.get(i).rank()).isZero();
			}
			else {
				lastPlaced = i;
				assertThat(ranking.get(i).rank()).isEqualTo(i + 1);
			}
		}
		assertThat(lastPlaced).isLessThan(firstUnplaced);

		String page = text(PageSession.signIn(port, "demo-leader").get("/supervision/ranking?year=" + year));
		String unplaced = between(page, "id=\"ranking-unit-" + fixtures.unit("区发改局") + "\"", "</tr>");
		assertThat(between(unplaced, "ranking-rank", "</td>")).contains("—");
	}

	@Test
	void theLeadersAndTheOfficesHomePagesSumUpTheRedAndYellowLightsOfTheirScope() {
		GoalDetails goal = fixtures.goal("首页亮灯测试目标");
		fixtures.overdue(fixtures.issued(goal, "首页亮灯测试：逾期的任务。", "区司法局", 30), 3);

		for (String username : List.of("demo-leader", "demo-admin")) {
			SupervisionBoards.Counts counts = boards.districtBoard(TaskFilter.all(), fixtures.actor(username)).counts();
			assertThat(counts.red()).isPositive();
			String home = text(PageSession.signIn(port, username).get("/"));
			assertThat(attentionCount(home, "/supervision/tasks?light=RED")).as(username).isEqualTo(counts.red());
			assertThat(attentionCount(home, "/supervision/tasks?light=YELLOW")).as(username).isEqualTo(counts.yellow());
		}
		// A unit's clerk has the lists of its own work instead.
		assertThat(text(PageSession.signIn(port, "demo-dept").get("/"))).doesNotContain("/supervision/tasks?light=YELLOW");
	}

	@Test
	void theBoardFollowsEveryCommittedChangeWhateverWroteIt() {
		SupervisionBoards.Counts before = boards.districtBoard(TaskFilter.all(), fixtures.leader()).counts();
		GoalDetails goal = fixtures.goal("看板缓存测试目标");
		TaskDetails task = fixtures.issued(goal, "看板缓存测试：新任务。", "区司法局", 30);
		assertThat(boards.districtBoard(TaskFilter.all(), fixtures.leader()).counts().total()).isEqualTo(before.total() + 1);

		// Written past every service, as a maintenance script would: the table's own trigger tells the boards.
		jdbc.sql("UPDATE task SET light = 'RED' WHERE id = ?").param(task.id()).update();
		assertThat(boards.districtBoard(TaskFilter.all(), fixtures.leader()).counts().red()).isEqualTo(before.red() + 1);
	}

	@Test
	void theTaskListItsCountAndItsGroupsFollowEveryCommittedChange() {
		TaskFilter red = TaskFilter.all().withLights(java.util.Set.of(Light.RED));
		PageQuery firstPage = new PageQuery(0, 20, "deadline", true);
		long redBefore = queries.tasks(red, firstPage, fixtures.leader()).total();
		GoalDetails goal = fixtures.goal("列表缓存测试目标");
		TaskDetails task = fixtures.issued(goal, "列表缓存测试：新任务。", "区司法局", 30);
		assertThat(queries.groups(fixtures.leader())).contains("测试分组");

		jdbc.sql("UPDATE task SET light = 'RED', tags = ARRAY['列表缓存新分组'] WHERE id = ?").param(task.id()).update();

		assertThat(queries.tasks(red, firstPage, fixtures.leader()).total()).isEqualTo(redBefore + 1);
		assertThat(queries.tasks(red, new PageQuery(0, 200, "deadline", true), fixtures.leader()).items())
			.extracting(TaskSummary::id).contains(task.id());
		assertThat(queries.groups(fixtures.leader())).contains("列表缓存新分组");
	}

	@Test
	void anErrorPageKeepsTheMenuForSomeoneSignedIn() {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		for (String path : List.of("/supervision/tasks/999999999", "/no-such-page")) {
			HttpResponse<byte[]> answer = leader.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			String page = text(answer);
			assertThat(page).as(path).contains("id=\"error-message\"", "id=\"sidebar\"", "href=\"/supervision/board\"", "id=\"user-menu\"");
		}
	}

	/** The figure of the home page's attention card that links to {@code link}. */
	private static long attentionCount(String home, String link) {
		String card = between(home, "href=\"" + link.replace("&", "&amp;") + "\"", "</a>");
		return Long.parseLong(between(card, "attention-count", "</div>").replaceAll("[^0-9]", ""));
	}
}
