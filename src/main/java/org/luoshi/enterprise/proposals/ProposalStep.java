package org.luoshi.enterprise.proposals;

/** Every step a proposal's life knows; which side takes which, in which status, is the proposal's transition table. */
public enum ProposalStep {
	/** The proposer sends a proposal returned for revision in again, revised. */
	REVISE,
	/** The proposer withdraws a proposal not yet accepted. */
	WITHDRAW,
	/** The committee accepts it (立案): it gets its number. */
	ACCEPT,
	/** The committee does not accept it (不予立案), with a reason and what becomes of it instead. */
	REJECT,
	/** The committee sends it back to the proposer to revise (退回修改). */
	RETURN_FOR_REVISION,
	/** The committee assigns it (交办) to a lead unit and co-handling units: the three months start. */
	ASSIGN,
	/** The lead unit asks, with a reason, to be relieved of it or to hand it to another unit (申请调整). */
	REQUEST_ADJUSTMENT,
	/** The committee decides that request: another lead unit, or the same. */
	DECIDE_ADJUSTMENT,
	/** A co-handling unit sends its opinion to the lead unit (会办意见). */
	CONTRIBUTE,
	/** The lead unit answers (办复), classed A, B or C. */
	ANSWER,
	/**
	 * The lead unit is reminded (催办): by the committee, in its own words; by the daily follow-up when the answer's due
	 * day nears and again once it has passed.
	 */
	REMIND,
	/**
	 * The daily follow-up takes a proposal to the committee: an answer long overdue, or an answer its proposer has not
	 * evaluated in time.
	 */
	ESCALATE,
	/** The daily follow-up reminds the proposer to evaluate the answer. */
	REMIND_PROPOSER,
	/** The daily follow-up reminds the committee of a proposal waiting for it too long: to examine, to assign, to decide a request. */
	REMIND_OFFICE,
	/** The proposer is satisfied or basically satisfied with an A or C answer: closed. */
	EVALUATE,
	/** The proposer is satisfied or basically satisfied with a B answer: it stays in follow-up until done (跟踪落实). */
	TRACK,
	/** The proposer is not satisfied: the lead unit answers again (再次办理). */
	REHANDLE,
	/** The lead unit reports a B answer's plan carried out. */
	REPORT_DONE,
	/** The committee makes a proposal it did not accept into a public-opinion report, in one step. */
	CONVERT_TO_OPINION
}
