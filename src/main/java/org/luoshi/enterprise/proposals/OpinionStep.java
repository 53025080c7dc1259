package org.luoshi.enterprise.proposals;

/** Every step of a public-opinion report; who takes which, in which status, is its transition table. */
public enum OpinionStep {
	/** The office (or, before it is examined, its reporter) edits its title and text. */
	EDIT,
	/** The office adopts it (采用). */
	ADOPT,
	/** The office does not adopt it, with a reason. */
	DECLINE,
	/** The office forwards it (报送) to leaders or units. */
	FORWARD,
	/** The office records a leader's instruction (批示) on a report forwarded. */
	RECORD_INSTRUCTION,
	/**
	 * The daily follow-up reminds the office of a report it has not examined, or not forwarded once adopted, within
	 * its limit. Never offered to people.
	 */
	REMIND_OFFICE
}
