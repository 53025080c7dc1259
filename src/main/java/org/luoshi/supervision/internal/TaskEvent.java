package org.luoshi.supervision.internal;

import org.luoshi.shared.lifecycle.Audience;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.luoshi.shared.AuditableEvent;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.lifecycle.LifecycleEvent;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskClosed;
import org.luoshi.supervision.TaskEventKind;
import org.luoshi.supervision.TaskIssued;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskStatus;

/**
 * What a step on a {@link Task} did, in the past tense. Each event is at once the task's timeline entry
 * ({@link #kind}, {@link #text}, {@link #percent}, {@link #data}), its audit entry ({@link #action}, {@link #changes},
 * or a published event of its own, {@link #audit}) and, when someone must hear of it, its notification
 * ({@link #audience}, {@link #message}, {@link #detail}). The command path renders all three; no step assembles them.
 */
sealed interface TaskEvent extends LifecycleEvent {

	TaskEventKind kind();

	/** The words of the entry: a reason, a report, an instruction. */
	default String text() {
		return null;
	}

	default Integer percent() {
		return null;
	}

	default TimelineRows.Data data() {
		return TimelineRows.Data.NONE;
	}

	/** Evidence files the entry carries. */
	default List<Long> evidence() {
		return List.of();
	}

	/** The audit entry: by default the plain record of {@link #action} and {@link #changes}; {@code null} for none. */
	default AuditableEvent audit(Task task, String label) {
		return RecordChanged.of(action(), "task", task.id(), label, changes());
	}

	/** Who is told: units' handlers and single accounts. */
	default Audience audience(Task task) {
		return Audience.NOBODY;
	}

	/** The notification's subject key ({@code supervision.notify.*}), when {@link #audience} is not empty. */
	default String message() {
		return null;
	}

	/** The words shown under the notification's subject. */
	default String detail() {
		return text();
	}


	// ----- the issuer's side

	/** A task was written; {@code keptDraft} says why a task brought from elsewhere stayed a draft (one reason a line). */
	record Created(String keptDraft, Changes changes) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.CREATED;
		}

		public String action() {
			return "supervision.task.created";
		}

		public String text() {
			return keptDraft;
		}

		public TimelineRows.Data data() {
			return keptDraft == null ? TimelineRows.Data.NONE
					: new TimelineRows.Data(null, null, null, TaskService.KEPT_DRAFT, null, false);
		}
	}

	/** The issuer corrected the task; {@code deadline} is the new one when it moved. */
	record Edited(List<String> fields, LocalDate deadline, Changes changes) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.EDITED;
		}

		public String action() {
			return "supervision.task.edited";
		}

		public String text() {
			return String.join(", ", fields);
		}

		public TimelineRows.Data data() {
			return deadline == null ? TimelineRows.Data.NONE : TimelineRows.Data.deadline(deadline);
		}
	}

	/** 交办: the task went to its lead unit, for the first time or {@code again} (after a return or to a new lead unit). */
	record Issued(boolean again, long leadUnitId, List<Long> coUnitIds, LocalDate deadline) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.ISSUED;
		}

		public String action() {
			return "supervision.task.issued";
		}

		public String text() {
			return again ? "reissued" : null;
		}

		public TimelineRows.Data data() {
			return TimelineRows.Data.deadline(deadline);
		}

		public AuditableEvent audit(Task task, String label) {
			return new TaskIssued(task.id(), task.goalId(), label, leadUnitId, coUnitIds, deadline, task.source(), task.sourceRef());
		}

		public Audience audience(Task task) {
			return Audience.units(leadUnitId, coUnitIds);
		}

		public String message() {
			return "supervision.notify.issued";
		}

		public String detail() {
			return null;
		}
	}

	record Cancelled(String reason, TaskStatus from) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.CANCELLED;
		}

		public String action() {
			return "supervision.task.cancelled";
		}

		public String text() {
			return reason;
		}

		public Changes changes() {
			return Changes.of().field("status", from.name(), TaskStatus.CANCELLED.name()).field("reason", null, reason);
		}

		/** A draft was never anybody's work: nobody is told. */
		public Audience audience(Task task) {
			return from == TaskStatus.DRAFT ? Audience.NOBODY : Audience.units(task.leadUnitId(), task.coUnitIds());
		}

		public String message() {
			return "supervision.notify.cancelled";
		}
	}

	/** 销号 */
	record Closed(String comment, boolean onTime) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.CLOSED;
		}

		public String action() {
			return "supervision.task.closed";
		}

		public String text() {
			return comment;
		}

		public Integer percent() {
			return 100;
		}

		public AuditableEvent audit(Task task, String label) {
			return new TaskClosed(task.id(), task.goalId(), label, task.leadUnitId(), task.source(), task.sourceRef(), task.deadline(),
					onTime);
		}

		public Audience audience(Task task) {
			return Audience.units(task.leadUnitId(), List.of());
		}

		public String message() {
			return "supervision.notify.closed";
		}
	}

	record SentBack(String comment) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.SENT_BACK;
		}

		public String action() {
			return "supervision.task.sent-back";
		}

		public String text() {
			return comment;
		}

		public Changes changes() {
			return Changes.of().field("status", TaskStatus.COMPLETION_REQUESTED.name(), TaskStatus.IN_PROGRESS.name())
				.field("comment", null, comment);
		}

		public Audience audience(Task task) {
			return Audience.units(task.leadUnitId(), List.of());
		}

		public String message() {
			return "supervision.notify.sent-back";
		}
	}

	record ExtensionApproved(String note, LocalDate from, LocalDate to, long unitId, Long requestedBy) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.EXTENSION_APPROVED;
		}

		public String action() {
			return "supervision.extension.approved";
		}

		public String text() {
			return note;
		}

		public TimelineRows.Data data() {
			return TimelineRows.Data.deadline(to);
		}

		public Changes changes() {
			return Changes.of().field("deadline", String.valueOf(from), String.valueOf(to)).field("note", null, note);
		}

		public Audience audience(Task task) {
			return new Audience(Set.of(unitId), requestedBy == null ? Set.of() : Set.of(requestedBy));
		}

		public String message() {
			return "supervision.notify.extension-approved";
		}
	}

	record ExtensionRejected(String note, LocalDate requested, long unitId, Long requestedBy) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.EXTENSION_REJECTED;
		}

		public String action() {
			return "supervision.extension.rejected";
		}

		public String text() {
			return note;
		}

		public TimelineRows.Data data() {
			return TimelineRows.Data.deadline(requested);
		}

		public Changes changes() {
			return Changes.of().field("requestedDeadline", null, String.valueOf(requested)).field("note", null, note);
		}

		public Audience audience(Task task) {
			return new Audience(Set.of(unitId), requestedBy == null ? Set.of() : Set.of(requestedBy));
		}

		public String message() {
			return "supervision.notify.extension-rejected";
		}
	}

	/** The task was finished while an extension waited: nobody decides it any more, so it is withdrawn. */
	record ExtensionWithdrawn(LocalDate requested, TaskStatus finishedAs) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.EXTENSION_WITHDRAWN;
		}

		public String action() {
			return "supervision.extension.withdrawn";
		}

		public TimelineRows.Data data() {
			return new TimelineRows.Data(null, null, requested, finishedAs.name(), null, true);
		}

		public Changes changes() {
			return Changes.of().field("requestedDeadline", String.valueOf(requested), null);
		}
	}

	record Reminded(String text, long leadUnitId) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.REMINDER;
		}

		public String action() {
			return "supervision.task.reminded";
		}

		public Changes changes() {
			return Changes.of().field("reminder", null, text);
		}

		public Audience audience(Task task) {
			return new Audience(Set.of(leadUnitId), Set.of());
		}

		public String message() {
			return "supervision.notify.reminder";
		}
	}

	/** 督办单; {@code noticeId} is known once the notice is stored. */
	record NoticeIssued(Long noticeId, int year, int seq, String number, String issues, String requirements, LocalDate replyDue,
			long unitId) implements TaskEvent {

		NoticeIssued stored(long id) {
			return new NoticeIssued(id, year, seq, number, issues, requirements, replyDue, unitId);
		}

		public TaskEventKind kind() {
			return TaskEventKind.NOTICE;
		}

		public String action() {
			return "supervision.notice.issued";
		}

		public String text() {
			return issues;
		}

		public TimelineRows.Data data() {
			return new TimelineRows.Data(null, null, replyDue, number, noticeId, false);
		}

		/** The notice is a record of its own: the audit entry is about it. */
		public AuditableEvent audit(Task task, String label) {
			return RecordChanged.of(action(), "notice", noticeId, number, Changes.of().created("taskId", task.id()).created("unitId", unitId)
				.created("issues", issues).created("requirements", requirements).created("replyDue", String.valueOf(replyDue)));
		}

		public Audience audience(Task task) {
			return new Audience(Set.of(unitId), Set.of());
		}

		public String message() {
			return "supervision.notify.notice";
		}

		public String detail() {
			return number + "：" + issues;
		}
	}

	// ----- the lead and co-operating units' side

	/** 签收 */
	record Signed() implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.SIGNED;
		}

		public String action() {
			return "supervision.task.signed";
		}

		public Changes changes() {
			return Changes.of().field("status", TaskStatus.ISSUED.name(), TaskStatus.IN_PROGRESS.name());
		}
	}

	/** 退回 */
	record Returned(String reason) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.RETURNED;
		}

		public String action() {
			return "supervision.task.returned";
		}

		public String text() {
			return reason;
		}

		public Changes changes() {
			return Changes.of().field("status", TaskStatus.ISSUED.name(), TaskStatus.RETURNED.name()).field("reason", null, reason);
		}

		public Audience audience(Task task) {
			return Audience.account(task.issuedBy());
		}

		public String message() {
			return "supervision.notify.returned";
		}
	}

	record ProgressReported(String text, int before, int after, List<Long> evidence) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.PROGRESS;
		}

		public String action() {
			return "supervision.progress.reported";
		}

		public Integer percent() {
			return after;
		}

		public Changes changes() {
			return Changes.of().field("percent", before, after).field("text", null, text)
				.field("evidence", null, evidence.isEmpty() ? null : evidence);
		}
	}

	/** A co-operating unit's part of the progress. */
	record ContributionMade(String text, Integer percent, List<Long> evidence) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.CONTRIBUTION;
		}

		public String action() {
			return "supervision.progress.contributed";
		}

		public Changes changes() {
			return Changes.of().field("percent", null, percent).field("text", null, text)
				.field("evidence", null, evidence.isEmpty() ? null : evidence);
		}
	}

	record MilestoneReached(long milestoneId, String title, LocalDate dueDate) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.MILESTONE_REACHED;
		}

		public String action() {
			return "supervision.milestone.reached";
		}

		public String text() {
			return title;
		}

		public TimelineRows.Data data() {
			return TimelineRows.Data.deadline(dueDate);
		}

		public Changes changes() {
			return Changes.of().field("milestone", null, title);
		}
	}

	/** 申请销号 */
	record CompletionRequested(String text, List<Long> evidence) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.COMPLETION_REQUESTED;
		}

		public String action() {
			return "supervision.completion.requested";
		}

		public Integer percent() {
			return 100;
		}

		public Changes changes() {
			return Changes.of().field("status", TaskStatus.IN_PROGRESS.name(), TaskStatus.COMPLETION_REQUESTED.name())
				.field("text", null, text).field("evidence", null, evidence);
		}

		public Audience audience(Task task) {
			return Audience.account(task.issuedBy());
		}

		public String message() {
			return "supervision.notify.completion-requested";
		}
	}

	record ExtensionRequested(LocalDate requested, String reason) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.EXTENSION_REQUESTED;
		}

		public String action() {
			return "supervision.extension.requested";
		}

		public String text() {
			return reason;
		}

		public TimelineRows.Data data() {
			return TimelineRows.Data.deadline(requested);
		}

		public Changes changes() {
			return Changes.of().field("requestedDeadline", null, String.valueOf(requested)).field("reason", null, reason);
		}

		public Audience audience(Task task) {
			return Audience.account(task.issuedBy());
		}

		public String message() {
			return "supervision.notify.extension-requested";
		}
	}

	// ----- leaders and the system

	/** 批示 */
	record Instructed(String text) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.INSTRUCTION;
		}

		public String action() {
			return "supervision.task.instructed";
		}

		public Changes changes() {
			return Changes.of().field("instruction", null, text);
		}

		/** A draft is still the issuer's: nobody else is told. */
		public Audience audience(Task task) {
			if (task.status() == TaskStatus.DRAFT) {
				return Audience.NOBODY;
			}
			Audience units = Audience.units(task.leadUnitId(), task.coUnitIds());
			return new Audience(units.unitIds(), task.issuedBy() == null ? Set.of() : Set.of(task.issuedBy()));
		}

		public String message() {
			return "supervision.notify.instruction";
		}
	}

	/** The overdue policy changed the task's light; the follow-up's run is audited as a whole, a step's with the step. */
	record LightChanged(Light from, Light to) implements TaskEvent {

		public TaskEventKind kind() {
			return TaskEventKind.LIGHT_CHANGED;
		}

		public String action() {
			return "supervision.task.light-changed";
		}

		public TimelineRows.Data data() {
			return TimelineRows.Data.light(from, to);
		}

		public AuditableEvent audit(Task task, String label) {
			return null;
		}
	}
}
