package org.luoshi.reports;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What confirming a report creates in supervision: a goal and, task by task, either an issued task with its lead and
 * co-operating units, or a draft with the reasons it cannot be issued yet. Decided once, by the reports module, from
 * the organization's name lookup and the permissions of the person confirming: the confirmation page shows the plan,
 * and {@link ReportConfirmed} carries the same plan to supervision, so what was shown is what happens.
 *
 * @param tasks one entry per task of the draft, in its order
 */
public record HandOffPlan(List<PlannedTask> tasks) {

	public HandOffPlan {
		tasks = List.copyOf(tasks);
	}

	@JsonProperty("issuedCount")
	public long issuedCount() {
		return tasks.stream().filter(PlannedTask::issued).count();
	}

	/**
	 * The written unit names that matched no unit or several, each once in the order of the tasks: what the reviewer is
	 * asked about before confirming (the tasks that name them stay drafts).
	 */
	@JsonProperty("unmatchedUnits")
	public List<DraftReason> unmatchedUnits() {
		java.util.Map<String, DraftReason> unmatched = new java.util.LinkedHashMap<>();
		for (PlannedTask task : tasks) {
			task.draftReasons().stream()
				.filter(reason -> reason.kind() == DraftReason.Kind.UNIT_AMBIGUOUS || reason.kind() == DraftReason.Kind.UNIT_UNKNOWN)
				.forEach(reason -> unmatched.putIfAbsent(reason.name(), reason));
		}
		return List.copyOf(unmatched.values());
	}

	/**
	 * One task as supervision will create it.
	 *
	 * @param index the task's position in the draft
	 * @param lead the unit that leads, or {@code null} when no lead name matched one unit
	 * @param deadline the deadline from the text, {@code null} when there is none or it is already past
	 * @param draftReasons why the task stays a draft; empty when it is issued at once
	 */
	public record PlannedTask(int index, AssignedUnit lead, List<AssignedUnit> coUnits, LocalDate deadline,
			List<DraftReason> draftReasons) {

		public PlannedTask {
			coUnits = List.copyOf(coUnits);
			draftReasons = List.copyOf(draftReasons);
		}

		@JsonProperty("issued")
		public boolean issued() {
			return draftReasons.isEmpty();
		}
	}

	/**
	 * A unit of the organization, the name it is shown by (区发改局) and the name the draft wrote that matched it
	 * (区发展改革局).
	 */
	public record AssignedUnit(long id, String name, String written) {

		public boolean sameUnit(AssignedUnit other) {
			return other != null && other.id == id;
		}
	}

	/**
	 * Why a task stays a draft. {@code name} is the unit name as written (for unknown and ambiguous names) or the date
	 * (for a past deadline); {@code candidates} the units an ambiguous name may stand for.
	 */
	public record DraftReason(Kind kind, String name, List<String> candidates) {

		public DraftReason {
			candidates = candidates == null ? List.of() : List.copyOf(candidates);
		}

		public static DraftReason of(Kind kind) {
			return new DraftReason(kind, null, List.of());
		}

		public enum Kind {
			/** The person confirming may not issue tasks ({@code supervision:manage}). */
			NOT_PERMITTED,
			/** The text names no lead unit. */
			NO_LEAD_UNIT,
			/** A unit name stands for several units of the organization. */
			UNIT_AMBIGUOUS,
			/** A unit name stands for no unit of the organization (within the confirming person's scope). */
			UNIT_UNKNOWN,
			/** The text gives no deadline; none is invented. */
			NO_DEADLINE,
			/** The deadline in the text is already past. */
			DEADLINE_PAST;

			/** The kind as it appears in message keys and on the task's timeline: {@code unit-ambiguous}. */
			public String code() {
				return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
			}
		}
	}
}
