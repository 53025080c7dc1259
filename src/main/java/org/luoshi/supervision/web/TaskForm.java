package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.luoshi.shared.Violation;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.MilestoneInput;
import org.luoshi.supervision.TaskCommands.UpdateTask;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskSource;

/**
 * The task form as typed. Tags are one line, separated as people write them (、，, or ;); milestones come as rows
 * ({@code milestones[0].title}, {@code milestones[0].dueDate}), blank rows ignored.
 *
 * @param issue {@code true} from the "issue now" button of a new task, {@code false} from "save as draft"
 */
record TaskForm(String goalId, String parentId, String content, String tags, String leadUnitId, List<String> coUnitIds,
		String responsibleStaffId, String deadline, String priority, String reportCycle, List<MilestoneInput> milestones,
		Boolean published, Boolean issue, String source, String sourceRef, Integer version) {

	private static final String TAG_SEPARATORS = "[、，,；;\\n]";
	private static final MilestoneInput BLANK_ROW = new MilestoneInput("", "");

	TaskForm {
		coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
		milestones = milestones == null ? List.of() : milestones.stream().map(row -> row == null ? BLANK_ROW : row).toList();
	}

	static TaskForm blank(Long goalId, Long parentId) {
		return new TaskForm(goalId == null ? "" : String.valueOf(goalId), parentId == null ? "" : String.valueOf(parentId), "", "", "", List.of(), "", "",
				Priority.NORMAL.name(), ReportCycle.MONTHLY.name(), List.of(), false, true, TaskSource.MANUAL.name(), "", null);
	}

	/** The task as it stands; reached milestones are history and not offered for editing. */
	static TaskForm of(TaskDetails task) {
		return new TaskForm(String.valueOf(task.goalId()), task.parentId() == null ? "" : String.valueOf(task.parentId()), task.content(),
				String.join("、", task.tags()), task.leadUnit() == null ? "" : String.valueOf(task.leadUnit().id()),
				task.coUnits().stream().map(unit -> String.valueOf(unit.id())).toList(),
				task.responsibleStaffId() == null ? "" : String.valueOf(task.responsibleStaffId()),
				task.deadline() == null ? "" : task.deadline().toString(), task.priority().name(), task.reportCycle().name(),
				task.milestones().stream().filter(milestone -> !milestone.reached())
					.map(milestone -> new MilestoneInput(milestone.title(), milestone.dueDate().toString())).toList(),
				task.published(), false, task.source().name(), task.sourceRef(), task.version());
	}

	/** The rows to show: those typed, and {@code blank} empty ones to fill in. */
	public List<MilestoneInput> milestoneRows(int blank) {
		List<MilestoneInput> rows = new ArrayList<>(milestones);
		for (int i = 0; i < blank; i++) {
			rows.add(BLANK_ROW);
		}
		return rows;
	}

	public boolean hasCoUnit(long unitId) {
		return coUnitIds.contains(String.valueOf(unitId));
	}

	TaskForm withVersion(int newVersion) {
		return new TaskForm(goalId, parentId, content, tags, leadUnitId, coUnitIds, responsibleStaffId, deadline, priority, reportCycle,
				milestones, published, issue, source, sourceRef, newVersion);
	}

	CreateTask toCreate() {
		List<Violation> problems = new ArrayList<>();
		Long goal = Forms.id(goalId, "goalId", problems);
		Long parent = Forms.id(parentId, "parentId", problems);
		Fields fields = fields(problems);
		TaskSource from = source == null || source.isBlank() ? TaskSource.MANUAL : Forms.choice(source, TaskSource.class, "source", problems);
		Forms.stopIfAny(problems);
		return new CreateTask(goal, parent, content, fields.tags(), fields.lead(), fields.coUnits(), fields.staff(), deadline,
				fields.priority(), fields.cycle(), milestones, Boolean.TRUE.equals(published), Boolean.TRUE.equals(issue), from, sourceRef);
	}

	UpdateTask toUpdate(long id) {
		List<Violation> problems = new ArrayList<>();
		Fields fields = fields(problems);
		Forms.stopIfAny(problems);
		return new UpdateTask(id, version == null ? -1 : version, content, fields.tags(), fields.lead(), fields.coUnits(),
				fields.staff(), deadline, fields.priority(), fields.cycle(), milestones, Boolean.TRUE.equals(published));
	}

	private record Fields(List<String> tags, Long lead, List<Long> coUnits, Long staff, Priority priority, ReportCycle cycle) {
	}

	private Fields fields(List<Violation> problems) {
		List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(TAG_SEPARATORS)).toList();
		return new Fields(tagList, Forms.id(leadUnitId, "leadUnitId", problems), Forms.ids(coUnitIds, "coUnitIds", problems),
				Forms.id(responsibleStaffId, "responsibleStaffId", problems), Forms.choice(priority, Priority.class, "priority", problems),
				Forms.choice(reportCycle, ReportCycle.class, "reportCycle", problems));
	}
}
