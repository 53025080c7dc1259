package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskStatus;

class TaskListQueryTests {

	private final List<Violation> problems = new ArrayList<>();

	@Test
	void readsEveryFilterOfTheAddress() {
		TaskListQuery query = read(new TaskListQuery.Params("7", "12", List.of("ISSUED", "in_progress"), List.of("red"), " 一要抓好项目建设 ",
				"2026-01-01", "2026-12-31", " 法律 ", "true", "2", "deadline,desc"));

		assertThat(problems).isEmpty();
		assertThat(query.filter()).isEqualTo(new TaskFilter(7L, 12L, Set.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS),
				Set.of(Light.RED), "一要抓好项目建设", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "法律", true));
		assertThat(query.page().page()).isEqualTo(2);
		assertThat(query.page().sortField()).isEqualTo("deadline");
		assertThat(query.page().ascending()).isFalse();
	}

	@Test
	void leavesOutAndReportsWhatItCannotUse() {
		TaskListQuery query = read(new TaskListQuery.Params("x", "99", List.of("DONE"), List.of("RED", "PURPLE"), null, "2026-02-30",
				null, "字".repeat(TaskFilter.MAX_TEXT + 1), null, "-1", "owner"));

		assertThat(problems).extracting(Violation::field).containsExactly("goal", "unit", "status", "light", "dueFrom", "q", "page", "sort");
		assertThat(problems).extracting(Violation::messageKey).contains("tasks.filter.unit.unknown", "supervision.date.invalid");
		assertThat(query.filter()).isEqualTo(TaskFilter.all().withLights(Set.of(Light.RED)));
		assertThat(query.page().page()).isZero();
		assertThat(query.page().sortField()).isEqualTo(TaskListQuery.DEFAULT_SORT);
	}

	@Test
	void linksRepeatTheFiltersSoThatExportsAndPagesShowTheSameTasks() {
		TaskListQuery query = read(new TaskListQuery.Params(null, "12", null, List.of("RED"), null, null, null, "法治 宣传", null, "1",
				"deadline,asc"));

		assertThat(query.exportLink("ledger")).isEqualTo("/supervision/tasks/export.xlsx?layout=ledger&unit=12&light=RED&q=%E6%B3%95%E6%B2%BB%20%E5%AE%A3%E4%BC%A0");
		assertThat(query.pageLink(2)).isEqualTo("/supervision/tasks?unit=12&light=RED&q=%E6%B3%95%E6%B2%BB%20%E5%AE%A3%E4%BC%A0&sort=deadline,asc&page=2");
		assertThat(query.sortLink("deadline")).endsWith("&sort=deadline,desc");
		assertThat(query.sortLink("percent")).endsWith("&sort=percent,asc");
		assertThat(query.sortedBy("deadline")).isEqualTo("ascending");
		assertThat(query.sortedBy("percent")).isEqualTo("none");
	}

	private TaskListQuery read(TaskListQuery.Params params) {
		return TaskListQuery.read(params, goal -> goal == 7L, unit -> unit == 12L, problems);
	}
}
