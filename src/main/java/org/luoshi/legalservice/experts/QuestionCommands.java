package org.luoshi.legalservice.experts;

import java.util.List;

/** What callers send to ask a question and to take a step on one. */
public final class QuestionCommands {

	private QuestionCommands() {
	}

	/** The other party to the matter, by name and, where known, its credit code (or a person's ID number). */
	public record OtherParty(String name, String identifier) {
	}

	/**
	 * A question for the expert group. An enterprise's own account asks for its enterprise, whatever
	 * {@code enterpriseId} says; the justice bureau names the enterprise it asks for.
	 *
	 * @param specialty the specialty wanted (劳动用工, 合同纠纷 …), or none
	 * @param major whether it is a major dispute (重大纠纷), followed to its outcome
	 */
	public record AskQuestion(Long enterpriseId, String subject, String text, String specialty, List<OtherParty> parties, Boolean major) {
	}

	/**
	 * A step and what it takes: {@code expertId} (ASSIGN), {@code text} (the opinion for DRAFT and SUBMIT, the comments
	 * for RETURN and APPROVE, the note for NOTE_PROGRESS and RECORD_OUTCOME, the reason for WITHDRAW), {@code outcome}
	 * and {@code outcomeOn} (RECORD_OUTCOME).
	 */
	public record TakeStep(QuestionStep step, Long expertId, String text, DisputeOutcome outcome, String outcomeOn) {

		public static TakeStep of(QuestionStep step, String text) {
			return new TakeStep(step, null, text, null, null);
		}
	}
}
