package org.luoshi.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.luoshi.shared.Actor;

/**
 * The views of supervision, all within the actor's data scope (needs {@code supervision:read}): the district board,
 * a unit's board, one's own to-do list, the calendar of deadlines and the ranking of units. The public plan needs no
 * actor: it shows only what the district chose to publish.
 */
public interface SupervisionBoards {

	/** Top-level tasks by status, light, group and lead unit, the latest progress and the most urgent red tasks. */
	DistrictBoard districtBoard(TaskFilter filter, Actor actor);

	/** The tasks a unit (with the units below it) leads or co-operates on, in the columns of their work. */
	UnitBoard unitBoard(long unitId, Actor actor);

	/** What waits for this person: tasks to sign, to report on, to review, extensions to decide … */
	MyTasks myTasks(Actor actor);

	/** Deadlines and milestones of the month, day by day. */
	Calendar calendar(YearMonth month, Actor actor);

	/** Lead units ranked by how they keep their deadlines in a year (by deadline). */
	List<UnitRanking> ranking(int year, Actor actor);

	/** The goals and tasks the district publishes, with their progress: what citizens see without signing in. */
	List<PublicGoal> publicPlan();

	/** How many tasks: {@code open} of them late ({@code red}) or at risk ({@code yellow}), and finished. */
	record Counts(int total, int open, int red, int yellow, int green, int closed, int drafts) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

		/** Share of closed tasks among those not drafts, in percent. */
		public int closedPercent() {
			int issued = total - drafts;
			return issued == 0 ? 0 : Math.round(closed * 100f / issued);
		}
	}

	record GroupCounts(String group, Counts counts) {
	}

	record UnitCounts(UnitRef unit, Counts counts) {
	}

	/** A progress report as the board lists it. */
	record RecentReport(long taskId, String taskNumber, String taskContent, UnitRef unit, String actorName, String text,
			Integer percent, Instant at) {
	}

	record DistrictBoard(Counts counts, Map<TaskStatus, Integer> byStatus, List<GroupCounts> byGroup, List<UnitCounts> byUnit,
			List<TaskSummary> urgent, List<RecentReport> recentReports) {
	}

	/**
	 * @param toSign issued and waiting to be signed for
	 * @param inProgress signed, most urgent first
	 * @param awaitingReview completion asked for
	 * @param returned sent back to the issuer
	 * @param closed the latest closed
	 */
	record UnitBoard(UnitRef unit, Counts counts, List<TaskSummary> toSign, List<TaskSummary> inProgress,
			List<TaskSummary> awaitingReview, List<TaskSummary> returned, List<TaskSummary> closed) {
	}

	/**
	 * @param toSign issued to the person's units, waiting for their signature
	 * @param toReport theirs and in progress, with no report in the last cycle or late or at risk
	 * @param working theirs and in progress otherwise
	 * @param toReview completion requests of the tasks they issue
	 * @param extensions extension requests of the tasks they issue
	 * @param returned tasks returned to them
	 * @param drafts tasks they may complete and issue
	 * @param watch for leaders: red tasks of their scope
	 */
	record MyTasks(List<TaskSummary> toSign, List<TaskSummary> toReport, List<TaskSummary> working, List<TaskSummary> toReview,
			List<TaskSummary> extensions, List<TaskSummary> returned, List<TaskSummary> drafts, List<TaskSummary> watch) {
	}

	/** One entry of a calendar day: a task due, or a milestone of a task. */
	record CalendarEntry(long taskId, String number, String content, UnitRef leadUnit, Light light, TaskStatus status,
			String milestone) {
	}

	record Calendar(YearMonth month, Map<LocalDate, List<CalendarEntry>> days) {
	}

	/**
	 * @param due tasks due in the year
	 * @param dueByNow of those, the ones whose deadline has passed or that are closed: what should be done by now
	 * @param closedOnTime closed with completion asked for by the deadline
	 * @param overdue open and past their deadline now
	 * @param averageDelayDays average days late over tasks finished late or still overdue (0 when none)
	 */
	/**
	 * The newest goals the actor sees, at most {@code limit}: what the board's goal filter offers (year and title only,
	 * so that offering them costs no counting).
	 */
	List<GoalChoice> goalChoices(int limit, Actor actor);

	record GoalChoice(long id, int year, String title) {
	}

	/** @param rank the place by the on-time rate, from 1; 0 for a unit with nothing due yet, listed after those placed */
	record UnitRanking(int rank, UnitRef unit, int due, int dueByNow, int closed, int closedOnTime, int overdue,
			double averageDelayDays) {

		/** 按时办结率: closed on time among what should be done by now; {@code null} while nothing is due yet. */
		public Integer onTimePercent() {
			return dueByNow == 0 ? null : Math.round(closedOnTime * 100f / dueByNow);
		}
	}

	/**
	 * A published task as the public sees it: under way or done, never the platform's internal steps (待签收, 已退回,
	 * 待销号); the progress text only once the office has reviewed it, which it does when it closes the task.
	 */
	record PublicTask(String number, String content, String leadUnit, LocalDate deadline, TaskStatus status, Light light, int percent,
			String progressText, Instant lastReportAt) {

		/** {@code DONE} for a closed task, {@code UNDER_WAY} for every other published one. */
		public String publicState() {
			return status == TaskStatus.CLOSED ? "DONE" : "UNDER_WAY";
		}
	}

	record PublicGoal(long id, String title, String description, int year, GoalDetails.Indicator indicator, int percent,
			List<PublicTask> tasks) {
	}
}
