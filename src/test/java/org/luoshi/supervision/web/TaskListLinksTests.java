package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskListLinksTests {

	@Test
	void narrowsTheTaskListToTheBoardsFilterAndTheSegment() {
		TaskListLinks links = new TaskListLinks("", 12L, "优化营商环境");

		assertThat(links.of(BoardSegment.RED))
			.isEqualTo("/supervision/tasks?goal=12&group=%E4%BC%98%E5%8C%96%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83&light=RED");
		assertThat(links.of(BoardSegment.CLOSED, null)).isEqualTo("/supervision/tasks?goal=12&status=CLOSED");
	}

	@Test
	void narrowsGreenToOpenTasksSinceDraftsAndFinishedTasksAreGreenToo() {
		assertThat(new TaskListLinks("/luoshi", null, null).of(BoardSegment.GREEN))
			.isEqualTo("/luoshi/supervision/tasks?light=GREEN&status=ISSUED&status=RETURNED&status=IN_PROGRESS&status=COMPLETION_REQUESTED");
	}

	@Test
	void keepsAGroupWholeWhateverItsCharacters() {
		assertThat(new TaskListLinks("", null, "A&B+C 1").of(BoardSegment.YELLOW))
			.isEqualTo("/supervision/tasks?group=A%26B%2BC%201&light=YELLOW");
	}
}
