package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.util.List;

import org.luoshi.awards.internal.Campaign.RuleKind;

/**
 * The campaign's eligibility rules applied to a nomination's figures: one reason per rule, passed or not, with the
 * threshold and what the nomination has — what the form, the nomination's page and a refusal show.
 */
public final class Eligibility {

	/** One rule's verdict: {@code awards.rule.<kind>} with the threshold and the actual figure. */
	public record Reason(RuleKind kind, BigDecimal threshold, BigDecimal actual, boolean passed) {

		public String messageKey() {
			return "awards.rule." + kind.name() + (passed ? ".passed" : ".failed");
		}

		public Object[] arguments() {
			return new Object[] { threshold.stripTrailingZeros().toPlainString(), actual.stripTrailingZeros().toPlainString() };
		}
	}

	private Eligibility() {
	}

	/**
	 * @param revocationsInWindow for each years-window rule, how many honours of the same collective were revoked within it
	 */
	public static List<Reason> check(List<Campaign.Rule> rules, MemberFigures figures, java.util.function.IntUnaryOperator revocationsInWindow) {
		return rules.stream().map(rule -> switch (rule.kind()) {
			case MIN_MEMBERS -> reason(rule, BigDecimal.valueOf(figures.members()), BigDecimal.valueOf(figures.members()).compareTo(rule.threshold()) >= 0);
			case MIN_SHARE_UNDER_35 -> reason(rule, figures.shareUnder35(), figures.shareUnder35().compareTo(rule.threshold()) >= 0);
			case MAX_AVERAGE_AGE -> reason(rule, figures.averageAge(), figures.averageAge().compareTo(rule.threshold()) <= 0);
			case NO_REVOCATION_YEARS -> {
				int revoked = revocationsInWindow.applyAsInt(rule.threshold().intValue());
				yield reason(rule, BigDecimal.valueOf(revoked), revoked == 0);
			}
		}).toList();
	}

	public static boolean eligible(List<Reason> reasons) {
		return reasons.stream().allMatch(Reason::passed);
	}

	private static Reason reason(Campaign.Rule rule, BigDecimal actual, boolean passed) {
		return new Reason(rule.kind(), rule.threshold(), actual, passed);
	}
}
