package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Actor;
import org.luoshi.supervision.ledger.BreakdownTables;
import org.luoshi.supervision.ledger.LedgerService;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What one step costs the database: the task is read once, whole and locked, the units once, and the step writes the
 * task, its timeline entry, its audit entry and its search entry (see docs/benchmarks.md).
 */
@IntegrationTest
@Import({ SupervisionFixtures.class, StatementCounter.Counting.class })
class TaskStatementsIntegrationTests {

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	StatementCounter counter;

	@Autowired
	LedgerService ledger;

	@Test
	void signsForATaskInAtMostEightStatementsReadingTheTaskAndTheUnitsOnce() {
		TaskDetails task = fixtures.issued(fixtures.goal("签收语句数测试"), "签收时数一数语句的任务", "区司法局", 30, "棠下镇");
		Actor justice = fixtures.justice();

		StatementCounter.Counted<TaskDetails> signed = counter.count(() -> tasks.sign(task.id(), justice));

		assertThat(signed.result().status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(signed.statements()).as("the statements of one sign: %s", String.join("\n", signed.statements()))
			// The units, the task whole and locked, its update, the timeline entry, the audit entry (unsealed: the sealer
			// chains it later), the audit entry's units (read and written) and the search entry. Signing does not change
			// who may find the goal, so the goal's search visibility is not restated.
			.hasSizeLessThanOrEqualTo(8);
		assertThat(signed.statements()).filteredOn(sql -> sql.startsWith("SELECT t.id") && sql.contains("FROM task t")).as("reads of the task row").hasSize(1);
		assertThat(signed.statements()).filteredOn(sql -> sql.contains("FROM unit")).as("reads of the units").hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void anImportStatesWhoMayFindTheGoalOnceNotOncePerTask() {
		GoalDetails goal = fixtures.goal("导入语句数测试");
		byte[] table = BreakdownTables.of(40, "区司法局", List.of("棠下镇"), fixtures.today().plusDays(30));

		StatementCounter.Counted<LedgerService.ImportResult> imported = counter.count(() -> ledger.importInto(goal.id(), table, true,
				fixtures.supervisor()));

		assertThat(imported.result().imported()).isEqualTo(40);
		// A goal is found by the units of its issued tasks, read from all of them: read after every task, an import
		// was quadratic in its rows.
		assertThat(imported.statements()).filteredOn(sql -> sql.contains("SELECT DISTINCT s.unit_id FROM task t")).as("reads of who sees the goal")
			.hasSize(1);
	}
}
