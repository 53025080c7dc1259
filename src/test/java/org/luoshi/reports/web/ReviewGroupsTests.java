package org.luoshi.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft.Task;

/** The review page lists tasks in the order of the text, whatever their groups. */
class ReviewGroupsTests {

	@Test
	void showsTasksInTheirOrderHeadingAGroupAgainWhereItResumes() {
		List<Task> tasks = List.of(task("一要抓项目", "甲"), task("一要抓项目", "乙"), task("二要优环境", "丙"), task("一要抓项目", "丁"),
				task(null, "戊"), task("二要优环境", "己"));

		List<ReportController.GroupRun> runs = ReportController.groups(tasks);

		assertThat(runs).extracting(ReportController.GroupRun::heading)
			.containsExactly("一要抓项目", "二要优环境", "一要抓项目", "", "二要优环境");
		assertThat(runs.stream().flatMap(run -> run.cards().stream()).map(ReportController.Card::index))
			.containsExactly(0, 1, 2, 3, 4, 5);
	}

	private static Task task(String group, String text) {
		return new Task(group, text, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
	}
}
