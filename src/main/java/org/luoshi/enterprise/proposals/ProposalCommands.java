package org.luoshi.enterprise.proposals;

import java.util.List;

/** What people ask of the proposal desk, as typed: checked whole by the service, which says every problem at once. */
public final class ProposalCommands {

	private ProposalCommands() {
	}

	/**
	 * A new proposal. {@code proposerName}: the group or sector submitting it (联名, 界别), when not the member alone;
	 * {@code coSigners}: login names of the members who sign it too; {@code enterpriseIds}: the enterprises it concerns.
	 */
	public record SubmitProposal(String title, String reasons, String suggestions, String proposerName, List<String> coSigners,
			List<Long> enterpriseIds) {

		public SubmitProposal {
			coSigners = coSigners == null ? List.of() : List.copyOf(coSigners);
			enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds);
		}
	}

	/**
	 * One step on a proposal and what it takes. {@code unitId}: the lead unit (ASSIGN, DECIDE_ADJUSTMENT when the request
	 * stands, REQUEST_ADJUSTMENT for the unit suggested); {@code coUnitIds}: the co-handling units (ASSIGN,
	 * DECIDE_ADJUSTMENT); {@code approved}: whether an adjustment is granted; {@code category}: the answer's class;
	 * {@code evaluation}: the proposer's; {@code disposition}: what becomes of a proposal not accepted; {@code title},
	 * {@code reasons}, {@code suggestions}: a revision; {@code text}: the reason, answer, opinion, reminder or note.
	 */
	public record TakeStep(ProposalStep step, Long unitId, List<Long> coUnitIds, Boolean approved, AnswerCategory category,
			Evaluation evaluation, Disposition disposition, String title, String reasons, String suggestions, String text) {

		public TakeStep {
			coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
		}

		public static TakeStep of(ProposalStep step, String text) {
			return new TakeStep(step, null, List.of(), null, null, null, null, null, null, null, text);
		}
	}
}
