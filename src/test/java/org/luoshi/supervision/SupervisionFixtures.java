package org.luoshi.supervision;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.Review;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of the demo district as the supervision services see them, and goals and tasks made for a test:
 * {@code supervisor()} is demo-admin (district office, supervision office role), {@code justice()} the handler of
 * 区司法局 (demo-dept), {@code tangxia()} the handler of 棠下镇 (demo-town), {@code leader()} demo-leader.
 */
@Component
public class SupervisionFixtures {

	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;
	private final GoalManagement goals;
	private final TaskManagement tasks;
	private final Times times;
	private final JdbcClient jdbc;

	SupervisionFixtures(AccountDirectory accounts, OrganizationDirectory organization, GoalManagement goals, TaskManagement tasks,
			Times times, JdbcClient jdbc) {
		this.accounts = accounts;
		this.organization = organization;
		this.goals = goals;
		this.tasks = tasks;
		this.times = times;
		this.jdbc = jdbc;
	}

	/** Today by the platform's clock, which some tests move forward. */
	public LocalDate today() {
		return times.today();
	}

	public Actor actor(String username) {
		return accounts.findByUsername(username).orElseThrow().actor();
	}

	public Actor supervisor() {
		return actor("demo-admin");
	}

	public Actor leader() {
		return actor("demo-leader");
	}

	public Actor justice() {
		return actor("demo-dept");
	}

	public Actor tangxia() {
		return actor("demo-town");
	}

	public Actor auditor() {
		return actor("demo-auditor");
	}

	public long unit(String name) {
		return organization.findUnitByName(name).orElseThrow().id();
	}

	public GoalDetails goal(String title) {
		return goal(title, false);
	}

	/** A goal the district publishes on its public plan. */
	public GoalDetails publishedGoal(String title) {
		return goal(title, true);
	}

	private GoalDetails goal(String title, boolean published) {
		return goals.createGoal(new CreateGoal(title, null, times.today().getYear(), null, null, null, null, null, published),
				supervisor());
	}

	/** A task issued by the district office to {@code lead}, due in {@code days} days. */
	public TaskDetails issued(GoalDetails goal, String content, String lead, int days, String... coUnits) {
		return create(goal, content, lead, days, false, true, coUnits);
	}

	/** Like {@link #issued}, and shown on the public plan when its goal is published. */
	public TaskDetails published(GoalDetails goal, String content, String lead, int days) {
		return create(goal, content, lead, days, true, true);
	}

	/** A task written but not issued yet. */
	public TaskDetails draft(GoalDetails goal, String content, String lead, int days) {
		return create(goal, content, lead, days, false, false);
	}

	private TaskDetails create(GoalDetails goal, String content, String lead, int days, boolean published, boolean issue,
			String... coUnits) {
		return tasks.createTask(new CreateTask(goal.id(), null, content, List.of("测试分组"), unit(lead),
				java.util.Arrays.stream(coUnits).map(this::unit).toList(), null, times.today().plusDays(days).toString(), null, null,
				List.of(), published, issue), supervisor());
	}

	/** Issued to 区司法局 and signed by it. */
	public TaskDetails inProgress(GoalDetails goal, String content, int days) {
		TaskDetails task = issued(goal, content, "区司法局", days);
		return tasks.sign(task.id(), justice());
	}

	/** Issued to 区司法局, done with evidence and closed by the district office. */
	public TaskDetails closed(GoalDetails goal, String content, int days) {
		TaskDetails task = inProgress(goal, content, days);
		EvidenceFile proof = evidence("完成情况.txt", justice());
		tasks.requestCompletion(new RequestCompletion(task.id(), "已全部完成。", List.of(proof.id())), justice());
		return tasks.review(new Review(task.id(), true, "同意销号。"), supervisor());
	}

	/**
	 * The task as the follow-up finds it {@code days} days after its deadline: late and red. Set in the table, since a
	 * deadline in the past cannot be typed and the follow-up job runs once a day per database.
	 */
	public void overdue(TaskDetails task, int days) {
		jdbc.sql("UPDATE task SET deadline = ?, light = 'RED' WHERE id = ?").params(times.today().minusDays(days), task.id()).update();
	}

	public TaskDetails progress(TaskDetails task, int percent, Actor actor) {
		return tasks.reportProgress(new ReportProgress(task.id(), "已完成" + percent + "%。", percent, List.of()), actor);
	}

	public EvidenceFile evidence(String name, Actor actor) {
		return tasks.uploadEvidence(name, "text/plain", ("证明材料：" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8), actor);
	}
}
