package org.luoshi.supervision;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.ReportProgress;
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

	SupervisionFixtures(AccountDirectory accounts, OrganizationDirectory organization, GoalManagement goals, TaskManagement tasks,
			Times times) {
		this.accounts = accounts;
		this.organization = organization;
		this.goals = goals;
		this.tasks = tasks;
		this.times = times;
	}

	/** Today by the platform's clock, which some tests move forward. */
	public LocalDate today() {
		return times.today();
	}

	public Actor actor(String username) {
		AccountSummary account = accounts.findByUsername(username).orElseThrow();
		Set<String> permissions = new HashSet<>();
		account.roles().forEach(role -> permissions.addAll(role.permissions()));
		return new Actor(account.id(), account.username(), account.displayName(), account.scopeUnitId(), permissions);
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
		return goals.createGoal(new CreateGoal(title, null, times.today().getYear(), null, null, null, null, null, false), supervisor());
	}

	/** A task issued by the district office to {@code lead}, due in {@code days} days. */
	public TaskDetails issued(GoalDetails goal, String content, String lead, int days, String... coUnits) {
		return tasks.createTask(new CreateTask(goal.id(), null, content, List.of("测试分组"), unit(lead),
				java.util.Arrays.stream(coUnits).map(this::unit).toList(), null, times.today().plusDays(days).toString(), null, null,
				List.of(), false, true), supervisor());
	}

	/** Issued to 区司法局 and signed by it. */
	public TaskDetails inProgress(GoalDetails goal, String content, int days) {
		TaskDetails task = issued(goal, content, "区司法局", days);
		return tasks.sign(task.id(), justice());
	}

	public TaskDetails progress(TaskDetails task, int percent, Actor actor) {
		return tasks.reportProgress(new ReportProgress(task.id(), "已完成" + percent + "%。", percent, List.of()), actor);
	}

	public EvidenceFile evidence(String name, Actor actor) {
		return tasks.uploadEvidence(name, "text/plain", ("证明材料：" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8), actor);
	}
}
