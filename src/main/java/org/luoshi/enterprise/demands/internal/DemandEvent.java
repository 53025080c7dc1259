package org.luoshi.enterprise.demands.internal;

import org.luoshi.shared.lifecycle.Audience;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What a step on a {@link Demand} did, in the past tense. Each event is at once the demand's timeline entry
 * ({@link #kind}, {@link #text}, {@link #data}), its audit entry ({@link #action}, {@link #changes}) and, when someone
 * must hear of it, its notification ({@link #audience}, {@link #message}). The command path renders all three, and
 * keeps the three rates' counts ({@link DemandCounts}) from the events that change them.
 */
sealed interface DemandEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "enterprise.demand.";
	}

	/** Who is told. */
	default Audience audience(Demand demand, DemandSettings settings) {
		return Audience.NOBODY;
	}

	/** The notification's subject key ({@code demand.notify.*}) when {@link #audience} is not empty. */
	default String message() {
		return "demand.notify." + kind();
	}


	private static Map<String, Object> entries(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return data;
	}

	/** Raised: to {@code unitId} by its route, or ({@code null}) left for the desk to dispatch. */
	record Raised(Long unitId, LocalDate dueOn, Long similarTo) implements DemandEvent {

		public String kind() {
			return "raised";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("unitId", unitId, "dueOn", dueOn, "similarTo", similarTo);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return unitId == null ? Audience.units(settings.deskUnitId()) : Audience.units(unitId);
		}
	}

	/** Given to a unit to sign for (by the desk's dispatch, a transfer or an arbitration): counts as an assignment. */
	sealed interface Assignment extends DemandEvent {

		long unitId();
	}

	record Dispatched(long unitId, String text) implements Assignment {

		public String kind() {
			return "dispatched";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("unitId", unitId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(unitId);
		}

		public String message() {
			return "demand.notify.assigned";
		}
	}

	/** Signed for, or ({@link Returned}) returned: the unit responded, in time or not. */
	sealed interface Response extends DemandEvent {

		long unitId();

		LocalDate assignedOn();

		boolean inTime();
	}

	record Signed(long unitId, LocalDate assignedOn, boolean inTime) implements Response {

		public String kind() {
			return "signed";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("inTime", inTime);
		}
	}

	record Returned(long unitId, LocalDate assignedOn, boolean inTime, String text) implements Response {

		public String kind() {
			return "returned";
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(settings.deskUnitId());
		}
	}

	/** The desk decided a return: {@code upheld}, another unit takes the demand; not, the returning unit keeps it. */
	record Arbitrated(boolean upheld, long fromUnitId, long unitId, String text) implements Assignment {

		public String kind() {
			return upheld ? "arbitrated-upheld" : "arbitrated-kept";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("fromUnitId", fromUnitId, "unitId", unitId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(unitId);
		}

		public String message() {
			return "demand.notify.arbitrated";
		}
	}

	record Transferred(long fromUnitId, long unitId, String text) implements Assignment {

		public String kind() {
			return "transferred";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("fromUnitId", fromUnitId, "unitId", unitId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(unitId, fromUnitId);
		}

		public String message() {
			return "demand.notify.assigned";
		}
	}

	record CoUnitAdded(long unitId, String text) implements DemandEvent {

		public String kind() {
			return "co-unit-added";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("unitId", unitId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(unitId);
		}
	}

	record Contributed(long unitId, String text) implements DemandEvent {

		public String kind() {
			return "contributed";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("unitId", unitId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(demand.handlingUnitId());
		}
	}

	record Answered(long unitId, LocalDate answeredOn, boolean inTime, String text) implements DemandEvent {

		public String kind() {
			return "answered";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("inTime", inTime);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.account(demand.raisedBy());
		}
	}

	/**
	 * The enterprise's judgement of an answer by {@code unitId}: accepted ({@code RATE}) or not ({@code REOPEN}); it
	 * replaces the one before (given {@code previous…}), so that a demand counts once, by its latest rating.
	 */
	record Judged(long unitId, Satisfaction rating, boolean resolved, String text, Long previousUnitId, Satisfaction previousRating,
			Boolean previousResolved, LocalDate previousRatedOn) implements DemandEvent {

		public String kind() {
			return rating.accepts() ? "rated-" + rating.name().toLowerCase(java.util.Locale.ROOT) : "reopened";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("resolved", resolved, "rating", rating);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return rating.accepts() ? Audience.NOBODY : Audience.units(unitId);
		}
	}

	record ClosedUnrated() implements DemandEvent {

		public String kind() {
			return "closed-unrated";
		}
	}

	record Reminded(long unitId, boolean automatic, String text) implements DemandEvent {

		public String kind() {
			return automatic ? "reminded-automatically" : "reminded";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("unitId", unitId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(unitId);
		}

		public String message() {
			return "demand.notify.reminded";
		}
	}

	/** A leader's instruction: the unit handling the demand (none while it waits for the desk) and the desk hear it. */
	record Instructed(Long unitId, String text) implements DemandEvent {

		public String kind() {
			return "instructed";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("unitId", unitId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return unitId == null ? Audience.units(settings.deskUnitId()) : Audience.units(unitId, settings.deskUnitId());
		}

		public String message() {
			return "demand.notify.instructed";
		}
	}

	/** The desk took the demand to the leaders (提请领导督办), with its reason: the leaders and the handling unit hear it. */
	record EscalatedByDesk(String text) implements DemandEvent {

		public String kind() {
			return "escalated-by-desk";
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return demand.handlingUnitId() == null ? Audience.units(settings.leaderUnitId())
					: Audience.units(settings.leaderUnitId(), demand.handlingUnitId());
		}

		public String message() {
			return "demand.notify.escalated-by-desk";
		}
	}

	/** Overdue by {@code workingDaysOverdue}: level 2 tells the desk, level 3 the leaders (and the desk again). */
	record Escalated(int level, int workingDaysOverdue) implements DemandEvent {

		public String kind() {
			return "escalated-" + level;
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("level", level, "workingDaysOverdue", workingDaysOverdue);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return level >= Demand.TOP_LEVEL ? Audience.units(settings.leaderUnitId(), settings.deskUnitId())
					: Audience.units(settings.deskUnitId(), demand.handlingUnitId());
		}

		public String message() {
			return "demand.notify.escalated";
		}
	}

	record RaisedToTask(long taskId, String text) implements DemandEvent {

		public String kind() {
			return "raised-to-task";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("taskId", taskId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(demand.handlingUnitId());
		}
	}

	record RaisedToProposal(long proposalId, String text) implements DemandEvent {

		public String kind() {
			return "raised-to-proposal";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("proposalId", proposalId);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(demand.handlingUnitId());
		}
	}

	/** The proposals module said the proposal the demand was raised into moved on. */
	record ProposalStatusChanged(long proposalId, String number, String status) implements DemandEvent {

		public String kind() {
			return "proposal-status";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("proposalId", proposalId, "number", number, "status", status);
		}
	}

	record MergedInto(long intoId, String intoNumber, String text) implements DemandEvent {

		public String kind() {
			return "merged-into";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("intoId", intoId, "intoNumber", intoNumber);
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.account(demand.raisedBy());
		}
	}

	/** Written on the demand another was merged into. */
	record MergedFrom(long fromId, String fromNumber, String text) implements DemandEvent {

		public String kind() {
			return "merged-from";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("fromId", fromId, "fromNumber", fromNumber);
		}
	}

	record Withdrawn(String text) implements DemandEvent {

		public String kind() {
			return "withdrawn";
		}

		public Audience audience(Demand demand, DemandSettings settings) {
			return Audience.units(demand.handlingUnitId());
		}
	}

	/** Supervision said the task the demand was raised into changed status. */
	record TaskStatusChanged(long taskId, String status) implements DemandEvent {

		public String kind() {
			return "task-status";
		}

		public Map<String, Object> data() {
			return DemandEvent.entries("taskId", taskId, "status", status);
		}
	}

	/** Its arguments as the timeline's message shows them: the event's data, in order. */
	static List<String> arguments(Map<String, Object> data) {
		return data.values().stream().map(String::valueOf).toList();
	}
}
