package org.luoshi.legalservice.experts;

/** Every step a question's life knows; which side takes which, in which status, is the question's transition table. */
public enum QuestionStep {
	/** The justice bureau gives the question to an expert it names (a question waiting, or another expert instead). */
	ASSIGN,
	/** The expert saves the opinion's draft. */
	DRAFT,
	/** The expert submits the opinion for review (提交审核). */
	SUBMIT,
	/** The bureau returns the opinion with its comments (退回修改). */
	RETURN,
	/** The bureau approves the opinion (审核通过). */
	APPROVE,
	/** The expert signs the approved opinion off (签发): it can be printed. */
	SIGN,
	/** A note on how a major dispute stands, by the expert or the bureau (跟踪记录). */
	NOTE_PROGRESS,
	/** The outcome of a major dispute: settled, mediated, arbitrated, litigated or withdrawn; the question is closed. */
	RECORD_OUTCOME,
	/** The daily follow-up's reminder on a major dispute left without an update. */
	REMIND,
	/** The enterprise, or the bureau on its word, withdraws the question. */
	WITHDRAW
}
