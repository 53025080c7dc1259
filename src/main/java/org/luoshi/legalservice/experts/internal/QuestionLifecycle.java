package org.luoshi.legalservice.experts.internal;

import static org.luoshi.legalservice.experts.QuestionStatus.APPROVED;
import static org.luoshi.legalservice.experts.QuestionStatus.ASSIGNED;
import static org.luoshi.legalservice.experts.QuestionStatus.CLOSED;
import static org.luoshi.legalservice.experts.QuestionStatus.RETURNED;
import static org.luoshi.legalservice.experts.QuestionStatus.SIGNED;
import static org.luoshi.legalservice.experts.QuestionStatus.SUBMITTED;
import static org.luoshi.legalservice.experts.QuestionStatus.WAITING;
import static org.luoshi.legalservice.experts.QuestionStatus.WITHDRAWN;
import static org.luoshi.legalservice.experts.internal.QuestionSide.BUREAU;
import static org.luoshi.legalservice.experts.internal.QuestionSide.ENTERPRISE;
import static org.luoshi.legalservice.experts.internal.QuestionSide.EXPERT;
import static org.luoshi.legalservice.experts.internal.QuestionSide.SYSTEM;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.luoshi.legalservice.experts.QuestionActions;
import org.luoshi.legalservice.experts.QuestionStatus;
import org.luoshi.legalservice.experts.QuestionStep;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.springframework.security.access.AccessDeniedException;

/**
 * A question's life, written once: the transition table, the one condition on data (only a major dispute is followed
 * after its opinion is signed) and the message of each refusal. The command path checks here, the page and the API
 * offer what {@link #actions} says.
 */
final class QuestionLifecycle {

	/** An expert has the opinion to write (again). */
	private static final QuestionStatus[] DRAFTING = { ASSIGNED, RETURNED };

	static final TransitionTable<QuestionStatus, QuestionStep, QuestionSide> TABLE = TransitionTable
		.of(QuestionStatus.class, QuestionStep.class, QuestionSide.class)
		// The bureau gives a waiting question to an expert, or takes it from one and gives it to another, until submitted.
		.step(QuestionStep.ASSIGN).by(BUREAU).in(WAITING, ASSIGNED, RETURNED).to(ASSIGNED)
		.step(QuestionStep.DRAFT).by(EXPERT).in(DRAFTING).staying()
		.step(QuestionStep.SUBMIT).by(EXPERT).in(DRAFTING).to(SUBMITTED)
		.step(QuestionStep.RETURN).by(BUREAU).in(SUBMITTED).to(RETURNED)
		.step(QuestionStep.APPROVE).by(BUREAU).in(SUBMITTED).to(APPROVED)
		.step(QuestionStep.SIGN).by(EXPERT).in(APPROVED).to(SIGNED)
		// A major dispute is followed after the opinion until its outcome; an ordinary question ends signed.
		.step(QuestionStep.NOTE_PROGRESS).by(EXPERT, BUREAU).in(SIGNED).staying()
		.step(QuestionStep.RECORD_OUTCOME).by(EXPERT, BUREAU).in(SIGNED).to(CLOSED)
		.step(QuestionStep.REMIND).by(SYSTEM).in(SIGNED).staying()
		.step(QuestionStep.WITHDRAW).by(ENTERPRISE, BUREAU).in(WAITING, ASSIGNED, RETURNED).to(WITHDRAWN)
		.build();

	private static final Predicate<Question> MAJOR = Question::major;

	/** What allows a step besides the status and the side. */
	private static final Map<QuestionStep, Predicate<Question>> CONDITIONS = Map.of(
			QuestionStep.NOTE_PROGRESS, MAJOR,
			QuestionStep.RECORD_OUTCOME, MAJOR,
			QuestionStep.REMIND, MAJOR);

	private static final Map<QuestionStep, String> REFUSALS = Map.of(
			QuestionStep.ASSIGN, "legal.experts.refused.assign",
			QuestionStep.DRAFT, "legal.experts.refused.draft",
			QuestionStep.SUBMIT, "legal.experts.refused.draft",
			QuestionStep.RETURN, "legal.experts.refused.review",
			QuestionStep.APPROVE, "legal.experts.refused.review",
			QuestionStep.SIGN, "legal.experts.refused.sign",
			QuestionStep.NOTE_PROGRESS, "legal.experts.refused.follow",
			QuestionStep.RECORD_OUTCOME, "legal.experts.refused.follow",
			QuestionStep.REMIND, "legal.experts.refused.follow",
			QuestionStep.WITHDRAW, "legal.experts.refused.withdraw");

	private QuestionLifecycle() {
	}

	/** The rule the actor takes the step by: 409 when the status or data forbids it, 403 when it is another side's. */
	static Rule<QuestionStatus, QuestionStep, QuestionSide> check(QuestionStep step, Question question, Set<QuestionSide> sides) {
		switch (TABLE.check(step, question.status(), sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException(question.status() == CLOSED || question.status() == WITHDRAWN
					? "legal.experts.finished" : REFUSALS.get(step));
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
		Predicate<Question> condition = CONDITIONS.get(step);
		if (condition != null && !condition.test(question)) {
			throw new ConflictException(REFUSALS.get(step));
		}
		return TABLE.rule(step, question.status(), sides);
	}

	/** What the actor may do now; the follow-up's reminder is not offered to people. */
	static QuestionActions actions(Question question, Set<QuestionSide> sides) {
		Set<QuestionStep> available = TABLE.available(question.status(), sides);
		available.removeIf(step -> CONDITIONS.containsKey(step) && !CONDITIONS.get(step).test(question));
		available.remove(QuestionStep.REMIND);
		return new QuestionActions(available);
	}
}
