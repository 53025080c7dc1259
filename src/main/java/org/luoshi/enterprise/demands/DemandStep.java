package org.luoshi.enterprise.demands;

/** Every step a demand's life knows; which side takes which, in which status, is the demand's transition table. */
public enum DemandStep {
	/** The desk sends a demand no route fitted to a unit. */
	DISPATCH,
	/** The unit takes the demand on (签收). */
	SIGN,
	/** The unit says the demand is not its business, with a reason (退回). */
	RETURN,
	/** The desk decides a return (仲裁): the unit keeps the demand, or another unit takes it. */
	ARBITRATE,
	/** The desk moves the demand to another unit (转办). */
	TRANSFER,
	/** The handling unit asks another unit to handle the demand with it (会办). */
	ADD_CO_UNIT,
	/** A co-handling unit gives its part. */
	CONTRIBUTE,
	/** The handling unit answers the enterprise (答复). */
	ANSWER,
	/** The enterprise (or the desk, recording its call-back) is satisfied or basically satisfied: the demand is closed. */
	RATE,
	/** The enterprise is not satisfied: the demand is handled again (重办). */
	REOPEN,
	/** The rating window passed without a rating: closed, unrated. */
	CLOSE_UNRATED,
	/** A reminder to the handling unit (催办), by the desk or, for an overdue demand, by the daily follow-up. */
	REMIND,
	/** A district leader's instruction (批示) on a demand still owed an answer: the handling unit and the desk are told. */
	INSTRUCT,
	/**
	 * An overdue demand a level up, by the daily follow-up: to the desk, then to the district's leaders; or by the desk,
	 * with its reason, straight to the leaders (提请领导督办).
	 */
	ESCALATE,
	/** The desk raises the demand into a supervised task (督办). */
	RAISE_TASK,
	/** The CPPCC's office turns the demand into a proposal (提案) for the committee to examine. */
	RAISE_PROPOSAL,
	/** The desk merges the demand into an earlier one it repeats. */
	MERGE,
	/** The enterprise (or the desk on its word) withdraws the demand. */
	WITHDRAW
}
