package org.luoshi.enterprise.proposals;

import java.util.List;

/** What people ask of the public-opinion reports, as typed. */
public final class OpinionCommands {

	private OpinionCommands() {
	}

	/** A new report by a member (or the office), about {@code enterpriseIds}. */
	public record SubmitOpinion(String title, String content, List<Long> enterpriseIds) {

		public SubmitOpinion {
			enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds);
		}
	}

	/**
	 * One step: {@code title} and {@code content} for EDIT; {@code recipients} (leaders, as named) and {@code unitIds} for
	 * FORWARD; {@code text} the reason of a decline, the instruction recorded, or a note.
	 */
	public record TakeOpinionStep(OpinionStep step, String title, String content, String recipients, List<Long> unitIds, String text) {

		public TakeOpinionStep {
			unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
		}

		public static TakeOpinionStep of(OpinionStep step, String text) {
			return new TakeOpinionStep(step, null, null, null, List.of(), text);
		}
	}
}
