package org.luoshi.legalservice.experts;

import java.util.List;

import org.luoshi.shared.Actor;

/**
 * The expert group's questions and opinions: ask (assigned by rotation at once), read, list, take a step, print the
 * signed opinion. A question the actor may not see is not found; a step the status does not allow is a conflict, one
 * allowed but not for the actor's side is refused.
 */
public interface ExpertQuestions {

	QuestionDetails ask(QuestionCommands.AskQuestion command, Actor actor);

	QuestionDetails details(long questionId, Actor actor);

	/** The questions the actor sees, newest first: {@code status} and {@code q} (number, subject or enterprise) optional. */
	List<QuestionSummary> list(QuestionStatus status, String q, Actor actor);

	QuestionDetails take(long questionId, QuestionCommands.TakeStep command, Actor actor);

	/** The signed opinion as a PDF (法律意见书); refused with a conflict before it is signed. */
	byte[] opinionPdf(long questionId, Actor actor);
}
