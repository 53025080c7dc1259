package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A task table (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限), from a Word table or from tab-separated
 * lines pasted out of one, as the lines of a notice written in prose: "1. 任务（牵头单位：…；完成时限：…）".
 * The task column may also be headed as projects (项目内容, 项目名称, 建设内容, 实事项目), as lists of practical
 * matters usually are. A table without such a header gives each cell as a line of its own.
 */
final class TaskTable {

	private static final Pattern TASK_HEADER = Pattern.compile("(工作)?任务|工作(内容|措施|事项)|具体(任务|措施|内容)|主要(任务|内容|措施)|重点(任务|工作)|任务(内容|名称)|目标任务|工作要求|督办事项|项目(内容|名称)|建设(内容|任务)|实事项目");

	private static final Pattern LABELLED_HEADER = Pattern
		.compile("(牵头|责任|主责|主办|配合|协办|协同|参与)(单位|部门)|完成(时限|时间)|时间(节点|要求)|时限(要求)?|责任领导|分管领导");

	private TaskTable() {
	}

	static List<String> lines(List<List<String>> rows) {
		int headerRow = -1;
		int taskColumn = -1;
		Map<Integer, String> labels = new LinkedHashMap<>();
		for (int r = 0; r < Math.min(3, rows.size()) && headerRow < 0; r++) {
			List<String> cells = rows.get(r);
			Map<Integer, String> found = new LinkedHashMap<>();
			int task = -1;
			for (int c = 0; c < cells.size(); c++) {
				String cell = cells.get(c).replaceAll("\\s+", "");
				if (cell.length() > 8) {
					continue;
				}
				if (LABELLED_HEADER.matcher(cell).find()) {
					found.put(c, label(cell));
				}
				else if (task < 0 && TASK_HEADER.matcher(cell).find()) {
					task = c;
				}
			}
			if (task >= 0 && !found.isEmpty()) {
				headerRow = r;
				taskColumn = task;
				labels = found;
			}
		}
		List<String> lines = new ArrayList<>();
		if (headerRow < 0) {
			for (List<String> row : rows) {
				for (String cell : row) {
					if (!cell.isBlank()) {
						lines.add(cell.strip());
					}
				}
			}
			return lines;
		}
		int number = 0;
		for (int r = headerRow + 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			String task = taskColumn < cells.size() ? cells.get(taskColumn).strip() : "";
			if (task.isEmpty()) {
				continue;
			}
			StringBuilder line = new StringBuilder().append(++number).append(". ").append(task.replace('\n', ' '));
			List<String> annotations = new ArrayList<>();
			for (Map.Entry<Integer, String> label : labels.entrySet()) {
				String value = label.getKey() < cells.size() ? cells.get(label.getKey()).strip() : "";
				if (!value.isEmpty()) {
					annotations.add(label.getValue() + "：" + value.replace('\n', '、'));
				}
			}
			if (!annotations.isEmpty()) {
				line.append('（').append(String.join("；", annotations)).append('）');
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** The header as a label the responsibility parser reads ("责任部门" → "责任单位", "完成时间" as is). */
	private static String label(String header) {
		if (header.startsWith("时限") || header.startsWith("时间")) {
			return "完成时限";
		}
		return header.replace("部门", "单位");
	}
}
