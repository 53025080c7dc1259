package org.luoshi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.HandOffPlan;
import org.luoshi.reports.ReportConfirmed;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed report becomes a goal with its tasks. The hand-off runs in the confirming transaction, in the name of the
 * person the event says confirmed: confirming is the act of deploying the work, so it succeeds or fails whole.
 *
 * <p>The goal takes the report's title, year and first document-wide target (千亿GDP → GDP &gt;= 1000 亿元 by the year's
 * end). Each task takes its deployment group as a tag and its targets; which units it goes to, its deadline and whether
 * it is issued at once or stays a draft (and why) are the event's {@link HandOffPlan}, the plan the confirmation page
 * showed. The reasons a task stays a draft go on its first timeline entry, one per line ({@code code|name|candidates}).
 */
@Component
class ReportHandOff {

	private static final Logger log = LoggerFactory.getLogger(ReportHandOff.class);
	/** The ordinal a group heading starts with: 一要, （一）, 一、, 关键词一： … */
	private static final Pattern ORDINAL = Pattern.compile(
			"^\\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+\\s*[要是、.．]|关键词[一二三四五六七八九十]+\\s*[：:]|\\d+\\s*[、.．])\\s*");

	private final GoalService goals;
	private final GoalRows goalRows;
	private final TaskService tasks;
	private final Times times;

	ReportHandOff(GoalService goals, GoalRows goalRows, TaskService tasks, Times times) {
		this.goals = goals;
		this.goalRows = goalRows;
		this.tasks = tasks;
		this.times = times;
	}

	@EventListener
	void on(ReportConfirmed report) {
		if (goalRows.findByReport(report.reportId()).isPresent()) {
			return;
		}
		Actor actor = report.confirmedBy();
		int year = report.documentDate() != null ? report.documentDate().getYear() : times.today().getYear();
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		DeploymentDraft.Target target = report.goals().stream().filter(goal -> goal.value() != null).findFirst().orElse(null);
		long goalId = goals.create(Inputs.abbreviate(report.title(), GoalService.MAX_TITLE), null, year,
				target == null ? null : Inputs.abbreviate(target.indicator() == null ? target.text() : target.indicator(), 100),
				target == null ? null : target.value(), target == null ? null : target.unit(),
				target == null || target.comparator() == null ? null : target.comparator().symbol(),
				target == null ? null : target.deadline() == null ? yearEnd : target.deadline(), TaskSource.REPORT,
				String.valueOf(report.reportId()), actor);
		for (HandOffPlan.PlannedTask planned : report.plan().tasks()) {
			DeploymentDraft.Task task = report.tasks().get(planned.index());
			tasks.createFrom(goalId, TaskSource.REPORT, String.valueOf(report.reportId()),
					Inputs.abbreviate(task.text(), Inputs.MAX_CONTENT), group(task.group()), targets(task.targets()),
					planned.lead() == null ? null : planned.lead().id(),
					planned.coUnits().stream().map(HandOffPlan.AssignedUnit::id).toList(), planned.deadline(),
					draftReasons(planned), planned.issued(), actor);
		}
		log.info("Report {} handed over to supervision: goal {}, {} tasks ({} issued)", report.reportId(), goalId,
				report.plan().tasks().size(), report.plan().issuedCount());
	}

	/** One line per reason, {@code code|name|candidate、candidate}; {@code null} for a task issued at once. */
	static String draftReasons(HandOffPlan.PlannedTask planned) {
		if (planned.issued()) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		for (HandOffPlan.DraftReason reason : planned.draftReasons()) {
			StringBuilder line = new StringBuilder(reason.kind().code());
			if (reason.name() != null) {
				line.append('|').append(reason.name().replace('|', '｜'));
				if (!reason.candidates().isEmpty()) {
					line.append('|').append(String.join("、", reason.candidates()).replace('|', '｜'));
				}
			}
			lines.add(line.toString());
		}
		return String.join("\n", lines);
	}

	/** The group heading without its ordinal: 一要聚焦… → 聚焦…, cut to a tag's length. */
	static List<String> group(String heading) {
		if (heading == null || heading.isBlank()) {
			return List.of();
		}
		String tag = ORDINAL.matcher(heading).replaceFirst("").strip();
		if (tag.isEmpty()) {
			tag = heading.strip();
		}
		return List.of(Inputs.abbreviate(tag, Inputs.MAX_TAG));
	}

	private static String targets(List<DeploymentDraft.Target> targets) {
		List<TaskDetails.TaskTarget> converted = targets.stream()
			.map(target -> new TaskDetails.TaskTarget(target.text(), target.indicator(), target.value(), target.unit(),
					target.comparator() == null ? null : target.comparator().symbol(), target.deadline()))
			.toList();
		return TimelineRows.JSON.writeValueAsString(converted);
	}
}
