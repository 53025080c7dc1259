package org.luoshi.reports;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;

/**
 * Stored drafts of reports: a report is read into a {@link DeploymentDraft}, kept as a draft that the reviewer
 * corrects task by task, and confirmed once, after which it is read-only and {@link ReportConfirmed} is published.
 *
 * <p>Every method needs {@link org.luoshi.shared.Permissions#REPORTS_MANAGE} and the report within the actor's
 * data scope (a report outside it is {@link org.luoshi.shared.NotFoundException}). Edits carry the version read
 * ({@link org.luoshi.shared.ConflictException} when stale) and address a task by its position in the list.
 */
public interface ReportDrafts {

	/** Reads the input and stores its draft; bad input is a {@link ReportRejectedException} and stores nothing. */
	Report create(ReportInput input, Actor actor);

	Report get(long id, Actor actor);

	/**
	 * The reports of the actor's data scope that are not discarded, newest first ({@code sort}: createdAt, title,
	 * documentDate).
	 */
	Page<ReportSummary> list(PageQuery page, Actor actor);

	Report editTask(long id, int version, int task, TaskEdit edit, Actor actor);

	Report deleteTask(long id, int version, int task, Actor actor);

	/**
	 * Adds a task the reader missed, typed or selected in the source: it takes its place in the order of the text (at
	 * the end when the text is not in the source), without a group.
	 */
	Report addTask(long id, int version, TaskEdit task, Actor actor);

	Report rename(long id, int version, String title, Actor actor);

	/** Sets the draft aside: it is no longer listed or editable, and nothing goes to supervision. */
	Report discard(long id, int version, Actor actor);

	/** What confirming the draft now would create and issue, decided exactly as {@link #confirm} decides it. */
	HandOffPlan preview(long id, Actor actor);

	/** Joins the task with the one after it (texts, units, places and targets together). */
	Report mergeWithNext(long id, int version, int task, Actor actor);

	/** Cuts the task in two where {@code secondPart} begins; both keep the group, units and deadline. */
	Report splitTask(long id, int version, int task, String secondPart, Actor actor);

	/**
	 * Confirms the draft and hands it to supervision with its {@link HandOffPlan}; a draft without tasks is refused.
	 * {@code version} may be {@code null} (the API confirms what it last stored).
	 */
	Report confirm(long id, Integer version, Actor actor);

	/**
	 * A reviewer's correction of one task: the text, the lead and co-operating units (names of the organization's
	 * units or of those the reader found), and the deadline as typed ({@code YYYY-MM-DD} or blank).
	 */
	record TaskEdit(String text, List<String> leadUnits, List<String> coUnits, String deadline) {

		public TaskEdit {
			leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
			coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
		}
	}

	/** A row of the list of drafts. */
	record ReportSummary(long id, String title, LocalDate documentDate, ReportStatus status, int tasks,
			java.time.Instant createdAt) {
	}
}
