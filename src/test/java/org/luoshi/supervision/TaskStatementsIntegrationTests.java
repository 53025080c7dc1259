package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Actor;
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
}
