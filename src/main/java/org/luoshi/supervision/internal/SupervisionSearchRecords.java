package org.luoshi.supervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.database.BeforeCommit;
import org.luoshi.supervision.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks and goals in the search index, each with who may find it by {@link TaskVisibility}.
 *
 * <p>A task's change can change who sees its goal (a goal is seen by the units of its issued tasks), so indexing a
 * task whose units or draft state changed re-states its goal's visibility too, once per transaction. At start-up the visibility of every indexed task and goal is re-stated
 * from the tables in a few statements (the text is not segmented again), so that rows indexed under an older rule
 * obey this one.
 */
@Component
class SupervisionSearchRecords implements ApplicationRunner {

	static final String TASK = "task";
	static final String GOAL = "goal";
	private static final Logger log = LoggerFactory.getLogger(SupervisionSearchRecords.class);

	private final SearchIndex searchIndex;
	private final JdbcClient jdbc;

	SupervisionSearchRecords(SearchIndex searchIndex, JdbcClient jdbc) {
		this.searchIndex = searchIndex;
		this.jdbc = jdbc;
	}

	void index(Task task) {
		String body = String.join(" ", task.content(), String.join(" ", task.tags()),
				task.progressText() == null ? "" : task.progressText());
		Visibility visibility = TaskVisibility.forSearch(task.issuerUnitId(), task.status(), task.unitIds());
		searchIndex.index(new SearchDocument(TASK, String.valueOf(task.id()), visibility, Inputs.abbreviate(task.content(), 80), body,
				"/supervision/tasks/" + task.id(), task.updatedAt()));
		if (task.changedWhoSeesItsGoal()) {
			// Worked out from all the goal's tasks: once per transaction, not after each of an import's 5,000 (quadratic).
			long goalId = task.goalId();
			BeforeCommit.once(this, goalId, () -> searchIndex.restate(GOAL, goalVisibilities(goalId)));
		}
	}

	void index(GoalRows.GoalRecord goal) {
		searchIndex.index(new SearchDocument(GOAL, String.valueOf(goal.id()), goalVisibilities(goal.id()).get(String.valueOf(goal.id())),
				goal.title(), goal.description() == null ? "" : goal.description(), "/supervision/goals/" + goal.id(), goal.updatedAt()));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Visibility> taskVisibilities = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT t.id, t.issuer_unit_id, t.status, array_remove(array_agg(s.unit_id), NULL) AS units
				  FROM task t LEFT JOIN task_unit s ON s.task_id = t.id
				 WHERE EXISTS (SELECT 1 FROM search_document d WHERE d.type = 'task' AND d.id = CAST(t.id AS text))
				 GROUP BY t.id""")
			.query(rs -> {
				taskVisibilities.put(String.valueOf(rs.getLong("id")), TaskVisibility.forSearch(rs.getLong("issuer_unit_id"),
						TaskStatus.valueOf(rs.getString("status")), longs(rs.getArray("units"))));
			});
		searchIndex.restate(TASK, taskVisibilities);
		Map<String, Visibility> goalVisibilities = goalVisibilities(null);
		searchIndex.restate(GOAL, goalVisibilities);
		log.info("Search visibility re-stated for {} tasks and {} goals", taskVisibilities.size(), goalVisibilities.size());
	}

	/** One goal's visibility, or every goal's when {@code goalId} is {@code null}. */
	private Map<String, Visibility> goalVisibilities(Long goalId) {
		Map<String, Visibility> visibilities = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT g.id, g.owner_unit_id,
				       ARRAY(SELECT DISTINCT s.unit_id FROM task t JOIN task_unit s ON s.task_id = t.id
				              WHERE t.goal_id = g.id AND t.status <> 'DRAFT') AS units
				  FROM goal g WHERE CAST(:goalId AS bigint) IS NULL OR g.id = :goalId""")
			.param("goalId", goalId, java.sql.Types.BIGINT)
			.query(rs -> {
				visibilities.put(String.valueOf(rs.getLong("id")),
						TaskVisibility.forGoalSearch(rs.getLong("owner_unit_id"), longs(rs.getArray("units"))));
			});
		return visibilities;
	}

	private static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
		List<Long> values = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add(((Number) value).longValue());
			}
		}
		return values;
	}
}
