package org.luoshi.supervision;

import java.math.BigDecimal;
import java.util.List;

/**
 * The writes of supervision. Dates are given as typed ({@code YYYY-MM-DD}) so that a wrong one is reported beside
 * its field like any other mistake; commands that change a task's own fields carry the version they were read at, and
 * a concurrent change is refused rather than overwritten. Lists may be {@code null} for "none".
 */
public final class TaskCommands {

	private TaskCommands() {
	}

	/** A goal, optionally measured by an indicator target such as GDP &gt;= 1000 亿元 by the year's end. */
	/**
	 * A new goal. {@code boundIndicator} and {@code boundPlace} (an economic indicator's code and a division code, both or
	 * neither) bind it to that indicator's target for the place and year: the goal then takes its light from the figures.
	 */
	public record CreateGoal(String title, String description, Integer year, String indicator, BigDecimal targetValue,
			String targetUnit, String comparator, String targetDeadline, boolean published, String boundIndicator, String boundPlace) {

		/** A goal bound to no indicator. */
		public CreateGoal(String title, String description, Integer year, String indicator, BigDecimal targetValue,
				String targetUnit, String comparator, String targetDeadline, boolean published) {
			this(title, description, year, indicator, targetValue, targetUnit, comparator, targetDeadline, published, null, null);
		}
	}

	/** A goal's new fields, its binding to an indicator as {@link CreateGoal} says. */
	public record UpdateGoal(long id, int version, String title, String description, Integer year, String indicator,
			BigDecimal targetValue, String targetUnit, String comparator, String targetDeadline, boolean published,
			String boundIndicator, String boundPlace) {
	}

	/** A checkpoint on the way to a task's deadline; a missed one turns the task yellow. */
	public record MilestoneInput(String title, String dueDate) {
	}

	/**
	 * A new task of a goal (or a subtask of {@code parentId}). With {@code issue} it goes to its lead unit at once and
	 * needs a lead unit and a deadline; otherwise it stays a draft. {@code source} says where it came from when that is
	 * not the person typing it — a leader's instruction (with e.g. the instruction's file number as {@code sourceRef}) or
	 * an enterprise demand (with the demand's id); {@code null} is {@link TaskSource#MANUAL}.
	 */
	public record CreateTask(Long goalId, Long parentId, String content, List<String> tags, Long leadUnitId,
			List<Long> coUnitIds, Long responsibleStaffId, String deadline, Priority priority, ReportCycle reportCycle,
			List<MilestoneInput> milestones, boolean published, boolean issue, TaskSource source, String sourceRef) {

		public CreateTask {
			tags = tags == null ? List.of() : List.copyOf(tags);
			coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
			milestones = milestones == null ? List.of() : List.copyOf(milestones);
		}

		/** A task written by hand. */
		public CreateTask(Long goalId, Long parentId, String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds,
				Long responsibleStaffId, String deadline, Priority priority, ReportCycle reportCycle, List<MilestoneInput> milestones,
				boolean published, boolean issue) {
			this(goalId, parentId, content, tags, leadUnitId, coUnitIds, responsibleStaffId, deadline, priority, reportCycle, milestones,
					published, issue, TaskSource.MANUAL, null);
		}
	}

	/**
	 * The issuer's correction of a task. A new lead unit receives the task afresh and must sign for it again;
	 * {@code milestones} replaces the unreached ones.
	 */
	public record UpdateTask(long id, int version, String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds,
			Long responsibleStaffId, String deadline, Priority priority, ReportCycle reportCycle,
			List<MilestoneInput> milestones, boolean published) {

		public UpdateTask {
			tags = tags == null ? List.of() : List.copyOf(tags);
			coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
			milestones = milestones == null ? List.of() : List.copyOf(milestones);
		}
	}

	/** Progress from the lead unit, or a contribution from a co-operating unit: text, percent done, evidence file ids. */
	public record ReportProgress(long taskId, String text, Integer percent, List<Long> evidence) {

		public ReportProgress {
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}
	}

	/** The lead unit says the task is done, with what shows it. */
	public record RequestCompletion(long taskId, String text, List<Long> evidence) {

		public RequestCompletion {
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}
	}

	/** The issuer's verdict on a completion request: closed (销号), or sent back with the reason. */
	public record Review(long taskId, boolean approve, String comment) {
	}

	public record RequestExtension(long taskId, String newDeadline, String reason) {
	}

	public record DecideExtension(long taskId, boolean approve, String note) {
	}

	/** A formal supervision notice (督办单) to the lead unit: what is wrong, what is required, by when it must answer. */
	public record IssueNotice(long taskId, String issues, String requirements, String replyDue) {
	}
}
