package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TaskTableTests {

	@Test
	void readsATableWhoseTaskColumnIsHeadedAsProjectsOrMatters() {
		for (String header : List.of("项目内容", "项目名称", "建设内容", "督办事项", "实事项目")) {
			List<String> lines = TaskTable.lines(List.of(List.of("序号", header, "责任单位", "完成时间"),
					List.of("1", "翻新区图书馆少儿阅览室", "区文广旅体局", "2028年5月底")));
			assertThat(lines).as(header).containsExactly("1. 翻新区图书馆少儿阅览室（责任单位：区文广旅体局；完成时间：2028年5月底）");
		}
	}

	@Test
	void keepsAHeaderlessTableCellByCell() {
		assertThat(TaskTable.lines(List.of(List.of("序号", "名称"), List.of("1", "甲")))).containsExactly("序号", "名称", "1", "甲");
	}
}
