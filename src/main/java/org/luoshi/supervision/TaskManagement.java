package org.luoshi.supervision;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.DecideExtension;
import org.luoshi.supervision.TaskCommands.IssueNotice;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskCommands.UpdateTask;

/**
 * Every step of a task's life (see {@link TaskStatus}). Each method validates its input whole (every problem at once,
 * nothing written when there is one), checks who may do it, runs in one transaction, writes the step on the task's
 * timeline and in the audit trail, recomputes the task's light and tells the units concerned.
 *
 * <p>Who may do what: the issuer ({@code supervision:manage} with the task's issuing unit in scope) creates, edits,
 * issues, reviews, decides extensions, reminds and sends notices; the lead unit ({@code supervision:handle} with the
 * lead unit in scope) signs, returns, reports progress, asks for completion or an extension; a co-operating unit
 * contributes progress; a leader ({@code supervision:instruct}) writes instructions on any task they see. A task the
 * actor may not see is {@link org.luoshi.shared.NotFoundException}; one they see but may not act on is
 * {@link org.springframework.security.access.AccessDeniedException}; a step the task's status does not allow is
 * {@link org.luoshi.shared.ConflictException}.
 */
public interface TaskManagement {

	TaskDetails createTask(CreateTask command, Actor actor);

	TaskDetails updateTask(UpdateTask command, Actor actor);

	/** Sends a draft, or a returned task once corrected, to its lead unit. */
	TaskDetails issue(long taskId, int version, Actor actor);

	TaskDetails cancel(long taskId, int version, String reason, Actor actor);

	TaskDetails sign(long taskId, Actor actor);

	TaskDetails returnTask(long taskId, String reason, Actor actor);

	TaskDetails reportProgress(ReportProgress command, Actor actor);

	TaskDetails reachMilestone(long taskId, long milestoneId, Actor actor);

	TaskDetails requestCompletion(RequestCompletion command, Actor actor);

	TaskDetails review(Review command, Actor actor);

	TaskDetails requestExtension(RequestExtension command, Actor actor);

	TaskDetails decideExtension(DecideExtension command, Actor actor);

	TaskDetails instruct(long taskId, String text, Actor actor);

	/** A reminder (催办) to the lead unit, with the issuer's words. */
	TaskDetails remind(long taskId, String text, Actor actor);

	/** A numbered supervision notice (督办单) to the lead unit. */
	SupervisionNotice issueNotice(IssueNotice command, Actor actor);

	/** Stores an evidence file for a later progress report or completion request of the same actor. */
	EvidenceFile uploadEvidence(String name, String contentType, byte[] content, Actor actor);

	/** The evidence files the actor uploaded that no report uses yet. */
	List<EvidenceFile> unattachedEvidence(Actor actor);
}
