package org.luoshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Search offers exactly what the searcher may open: for every demo account, the tasks a search finds are the tasks
 * its task list shows, and the reports it finds are the reports its report list shows — drafts, co-operating units
 * and lead units below the issuer included.
 */
@IntegrationTest
class SearchVisibilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	GoalManagement goals;

	@Autowired
	TaskManagement tasks;

	@Autowired
	ReportDrafts reports;

	@Autowired
	Search search;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoAccountFindsExactlyTheTasksItsTaskListShows() {
		String word = "沙田柚";
		GoalDetails goal = fixtures.goal(word + "产业目标");
		TaskDetails districtDraft = fixtures.draft(goal, word + "种植规划（草稿）", "棠下镇", 30);
		TaskDetails cooperatedOn = fixtures.issued(goal, word + "品牌宣传", "区司法局", 30, "棠下镇");
		Actor townOffice = new Actor(null, "town-office", "镇督查办", fixtures.unit("棠下镇"),
				Set.of(Permissions.SUPERVISION_READ, Permissions.SUPERVISION_MANAGE));
		GoalDetails townGoal = goals.createGoal(new CreateGoal(word + "镇级目标", null, fixtures.today().getYear(), null, null, null, null,
				null, false), townOffice);
		TaskDetails issuedByTown = tasks.createTask(task(townGoal, word + "收购点建设", "棠下镇经济发展办公室", true), townOffice);
		TaskDetails townDraft = tasks.createTask(task(townGoal, word + "镇内草稿", "棠下镇经济发展办公室", false), townOffice);

		for (String username : demoAccounts()) {
			ApiClient client = ApiClient.signIn(port, username);
			Set<Long> found = ids(client.get("/api/v1/search?type=task&size=200&q=" + q(word)).json().path("items"));
			ApiClient.Answer list = client.get("/api/v1/tasks?size=200&q=" + q(word));
			Set<Long> listed = list.status() == 200 ? ids(list.json().path("items")) : Set.of();
			assertThat(found).as(username + ": tasks found = tasks listed").isEqualTo(listed);
		}

		Set<Long> town = ids(ApiClient.signIn(port, "demo-town").get("/api/v1/search?type=task&size=200&q=" + q(word)).json().path("items"));
		assertThat(town).as("a co-operating unit finds its task; an issuer finds what it issued outside its subtree and its drafts")
			.contains(cooperatedOn.id(), issuedByTown.id(), townDraft.id())
			.doesNotContain(districtDraft.id());
		Set<Long> bureau = ids(ApiClient.signIn(port, "demo-dept").get("/api/v1/search?type=task&size=200&q=" + q(word)).json().path("items"));
		assertThat(bureau).contains(cooperatedOn.id()).doesNotContain(districtDraft.id(), issuedByTown.id(), townDraft.id());
		Actor leadOffice = new Actor(null, "office-handler", "经发办", fixtures.unit("棠下镇经济发展办公室"),
				Set.of(Permissions.SUPERVISION_READ, Permissions.SUPERVISION_HANDLE));
		assertThat(search.search(new SearchQuery(word, "task", 0, 200), leadOffice).items()).extracting(SearchHit::id)
			.as("the lead unit finds the issued task, not the draft its issuer is still writing")
			.containsExactly(String.valueOf(issuedByTown.id()));
	}

	@Test
	void theGoalIsFoundByTheUnitsOfItsIssuedTasksAsItsPageIsOpened() {
		String word = "龙眼干";
		GoalDetails goal = fixtures.goal(word + "收购目标");
		Actor town = fixtures.tangxia();
		assertThat(goalsFound(word, town)).isEmpty();
		fixtures.issued(goal, word + "收购点建设", "棠下镇", 30);
		assertThat(goalsFound(word, town)).containsExactly(String.valueOf(goal.id()));
		assertThat(goals.goal(goal.id(), town).id()).isEqualTo(goal.id());
	}

	@Test
	void everyReviewerFindsExactlyTheReportsItsReportListShows() {
		String word = "陈皮村";
		Actor townReviewer = new Actor(null, "town-reviewer", "镇审核人", fixtures.unit("棠下镇"), Set.of(Permissions.REPORTS_MANAGE));
		Actor rootReviewer = new Actor(null, "root-reviewer", "区审核人", rootUnit(), Set.of(Permissions.REPORTS_MANAGE));
		long districtReport = reports.create(ReportInput.text(word + "工作会议\n一、区司法局负责" + word + "法律服务，2030年12月底前完成。"),
				fixtures.supervisor()).id();
		long townReport = reports.create(ReportInput.text(word + "镇务会议\n一、棠下镇经济发展办公室负责" + word + "建设，2030年12月底前完成。"),
				townReviewer).id();

		List<Actor> reviewers = new java.util.ArrayList<>(demoAccounts().stream().map(fixtures::actor).toList());
		reviewers.add(townReviewer);
		reviewers.add(rootReviewer);
		for (Actor actor : reviewers) {
			Set<Long> found = new TreeSet<>(search.search(new SearchQuery(word, "report", 0, 200), actor).items().stream()
				.map(hit -> Long.valueOf(hit.id())).toList());
			Set<Long> listed = new TreeSet<>();
			if (actor.can(Permissions.REPORTS_MANAGE)) {
				reports.list(new PageQuery(0, PageQuery.MAX_SIZE, "createdAt", false), actor).items().stream()
					.filter(report -> report.id() == districtReport || report.id() == townReport)
					.forEach(report -> listed.add(report.id()));
			}
			assertThat(found).as(actor.username() + ": reports found = reports listed").isEqualTo(listed);
		}
		assertThat(search.search(new SearchQuery(word, "report", 0, 200), rootReviewer).items()).extracting(SearchHit::id)
			.as("a whole-district report is not offered to a reviewer scoped to the root unit, who cannot open it")
			.containsExactly(String.valueOf(townReport));
		assertThat(search.search(new SearchQuery(word, "report", 0, 200), townReviewer).items()).extracting(SearchHit::id)
			.containsExactly(String.valueOf(townReport));
	}

	@Test
	void startUpReStatesRowsIndexedUnderTheOldRule() throws Exception {
		String word = "番石榴";
		TaskDetails draft = fixtures.draft(fixtures.goal(word + "目标"), word + "草稿任务", "棠下镇", 30);
		// As the old rule indexed it: under its lead unit, for anyone in that unit's subtree.
		jdbc.sql("UPDATE search_document SET permission = NULL, unit_ids = ARRAY[CAST(:unit AS bigint)] WHERE type = 'task' AND id = :id")
			.param("unit", fixtures.unit("棠下镇"))
			.param("id", String.valueOf(draft.id()))
			.update();
		assertThat(search.search(new SearchQuery(word, "task", 0, 20), fixtures.tangxia()).items()).hasSize(1);

		restateAtStartUp.run(null);

		assertThat(search.search(new SearchQuery(word, "task", 0, 20), fixtures.tangxia()).items()).isEmpty();
		assertThat(search.search(new SearchQuery(word, "task", 0, 20), fixtures.supervisor()).items()).hasSize(1);
	}

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("supervisionSearchRecords")
	org.springframework.boot.ApplicationRunner restateAtStartUp;

	private List<String> goalsFound(String word, Actor actor) {
		return search.search(new SearchQuery(word, "goal", 0, 20), actor).items().stream().map(SearchHit::id).toList();
	}

	private CreateTask task(GoalDetails goal, String content, String lead, boolean issue) {
		return new CreateTask(goal.id(), null, content, List.of(), fixtures.unit(lead), List.of(), null,
				fixtures.today().plusDays(30).toString(), null, null, List.of(), false, issue);
	}

	private long rootUnit() {
		return jdbc.sql("SELECT id FROM unit WHERE parent_id IS NULL ORDER BY id LIMIT 1").query(Long.class).single();
	}

	/** Every demo account there is, including any added later. */
	private List<String> demoAccounts() {
		List<String> usernames = jdbc.sql("SELECT username FROM account WHERE username LIKE 'demo-%' ORDER BY username")
			.query(String.class)
			.list();
		assertThat(usernames).contains("demo-admin", "demo-town", "demo-dept");
		return usernames;
	}

	private static Set<Long> ids(JsonNode items) {
		return new TreeSet<>(StreamSupport.stream(items.spliterator(), false).map(item -> Long.valueOf(item.path("id").asText())).toList());
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
