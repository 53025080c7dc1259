package org.luoshi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.luoshi.organization.UnitSummary;
import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.ReportConfirmed;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed report becomes a goal with its tasks. The hand-off runs in the confirming transaction, as the person who
 * confirmed: confirming is the act of deploying the work, so it succeeds or fails whole, and the tasks are issued in
 * that person's name.
 *
 * <p>The goal takes the report's title, year and first document-wide target (千亿GDP → GDP &gt;= 1000 亿元 by the year's
 * end). Each task takes its deployment group as a tag, its targets, and the units the reviewer chose: the first lead
 * unit found in the organization leads, every other one co-operates. A task without a deadline is due at the end of
 * the report's year, as a conference deploys a year's work. A task with a lead unit and a deadline still ahead is
 * issued at once; the others stay drafts for the supervision office to complete and issue.
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
	private final Units units;
	private final Times times;

	ReportHandOff(GoalService goals, GoalRows goalRows, TaskService tasks, Units units, Times times) {
		this.goals = goals;
		this.goalRows = goalRows;
		this.tasks = tasks;
		this.units = units;
		this.times = times;
	}

	@EventListener
	void on(ReportConfirmed report) {
		if (goalRows.findByReport(report.reportId()).isPresent()) {
			return;
		}
		Actor actor = CurrentActor.get();
		int year = report.documentDate() != null ? report.documentDate().getYear() : times.today().getYear();
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		DeploymentDraft.Target target = report.goals().stream().filter(goal -> goal.value() != null).findFirst().orElse(null);
		long goalId = goals.create(Inputs.abbreviate(report.title(), GoalService.MAX_TITLE), null, year,
				target == null ? null : Inputs.abbreviate(target.indicator() == null ? target.text() : target.indicator(), 100),
				target == null ? null : target.value(), target == null ? null : target.unit(),
				target == null || target.comparator() == null ? null : target.comparator().symbol(),
				target == null ? null : target.deadline() == null ? yearEnd : target.deadline(), TaskSource.REPORT,
				String.valueOf(report.reportId()), actor);
		int issued = 0;
		for (DeploymentDraft.Task task : report.tasks()) {
			Assignment assignment = assign(task);
			LocalDate deadline = task.deadline() != null ? task.deadline() : yearEnd;
			if (deadline.isBefore(times.today())) {
				deadline = null; // a date already past would make the task late at birth: the office sets a new one
			}
			var created = tasks.createFrom(goalId, TaskSource.REPORT, String.valueOf(report.reportId()),
					Inputs.abbreviate(task.text(), Inputs.MAX_CONTENT), group(task.group()), targets(task.targets()),
					assignment.lead().orElse(null), assignment.coUnits(), deadline,
					assignment.unmatched().isEmpty() ? null : String.join("、", assignment.unmatched()), true, actor);
			if (created.status() != org.luoshi.supervision.TaskStatus.DRAFT) {
				issued++;
			}
		}
		log.info("Report {} handed over to supervision: goal {}, {} tasks ({} issued)", report.reportId(), goalId,
				report.tasks().size(), issued);
	}

	record Assignment(Optional<Long> lead, List<Long> coUnits, List<String> unmatched) {
	}

	private Assignment assign(DeploymentDraft.Task task) {
		Long lead = null;
		List<Long> coUnits = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		for (String name : task.leadUnits()) {
			Optional<Long> unit = unit(name);
			if (unit.isEmpty()) {
				unmatched.add(name);
			}
			else if (lead == null) {
				lead = unit.get();
			}
			else {
				coUnits.add(unit.get());
			}
		}
		for (String name : task.coUnits()) {
			unit(name).ifPresentOrElse(coUnits::add, () -> unmatched.add(name));
		}
		return new Assignment(Optional.ofNullable(lead), coUnits, unmatched);
	}

	private Optional<Long> unit(String name) {
		return units.findByName(name).filter(UnitSummary::active).map(UnitSummary::id);
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
		List<TaskDetails.Target> converted = targets.stream()
			.map(target -> new TaskDetails.Target(target.text(), target.indicator(), target.value(), target.unit(),
					target.comparator() == null ? null : target.comparator().symbol(), target.deadline()))
			.toList();
		return TimelineRows.JSON.writeValueAsString(converted);
	}
}
