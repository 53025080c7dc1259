package org.luoshi.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.AuditNames;

/**
 * Every step of a task is named in the audit trail, in Chinese and English — also those rarely in a trail, such as an
 * extension withdrawn because the task finished first. Each record's action is a constant.
 */
class TaskAuditNamesTests {

	@Test
	void namesEveryStepOfATaskInBothLanguages() {
		List<String> actions = AuditNames.leaves(TaskEvent.class).stream().map(record -> ((TaskEvent) AuditNames.blank(record)).action())
			.toList();

		assertThat(actions).contains("supervision.task.signed", "supervision.extension.withdrawn");
		assertThat(AuditNames.unnamed(actions, List.of("task", "notice"))).isEmpty();
	}
}
