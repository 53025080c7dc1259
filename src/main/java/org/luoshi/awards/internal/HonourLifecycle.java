package org.luoshi.awards.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TimelineEvent;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.lifecycle.TransitionTable.Verdict;
import org.springframework.security.access.AccessDeniedException;

/**
 * An honour's life in the registry: active from the day it was awarded for the campaign's period; re-reviewed
 * periodically (复核, the next review moved on); downgraded (to a lower level, with a reason) or revoked (撤销, with a
 * reason). A revoked honour changes no more, and counts against the collective in later campaigns' rules.
 */
public final class HonourLifecycle {

	public enum Status {
		ACTIVE, DOWNGRADED, REVOKED
	}

	public enum Step {
		RE_REVIEW, DOWNGRADE, REVOKE,
		/** The daily job's reminder to the office that the re-review is due (the honour stays as it is). */
		REMIND_REVIEW
	}

	public enum Side {
		/** {@code awards:manage}. */
		OFFICE,
		/** The platform's scheduled job ({@link HonourReviewReminders}). */
		SYSTEM
	}

	static final TransitionTable<Status, Step, Side> TABLE = TransitionTable.of(Status.class, Step.class, Side.class)
		.step(Step.RE_REVIEW).by(Side.OFFICE).in(Status.ACTIVE, Status.DOWNGRADED).staying()
		.step(Step.DOWNGRADE).by(Side.OFFICE).in(Status.ACTIVE, Status.DOWNGRADED).to(Status.DOWNGRADED)
		.step(Step.REVOKE).by(Side.OFFICE).in(Status.ACTIVE, Status.DOWNGRADED).to(Status.REVOKED)
		.step(Step.REMIND_REVIEW).by(Side.SYSTEM).in(Status.ACTIVE, Status.DOWNGRADED).staying()
		.build();

	private HonourLifecycle() {
	}

	static Rule<Status, Step, Side> check(Step step, Status status, Set<Side> sides) {
		Verdict verdict = TABLE.check(step, status, sides);
		if (verdict == Verdict.NOT_IN_THIS_STATUS) {
			throw new ConflictException("awards.honour.step.not-now");
		}
		if (verdict == Verdict.NOT_FOR_THESE_SIDES) {
			throw new AccessDeniedException(step + " on honour");
		}
		return TABLE.rule(step, status, sides);
	}

	static Set<Step> actions(Status status, Set<Side> sides) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		steps.addAll(TABLE.available(status, sides));
		return steps;
	}

	/** What happened to an honour: timeline entry {@code awards.honour.event.<kind>}, audit {@code awards.honour.<kind>}. */
	public sealed interface Event extends TimelineEvent {

		@Override
		default String actionPrefix() {
			return "awards.honour.";
		}

		record Granted(String title, String level, String validUntil) implements Event {

			public String kind() {
				return "granted";
			}

			public Map<String, Object> data() {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("title", title);
				data.put("level", level);
				data.put("validUntil", validUntil);
				return data;
			}
		}

		record ReReviewed(String nextReview, String text) implements Event {

			public String kind() {
				return "re-reviewed";
			}

			public Map<String, Object> data() {
				return Map.of("nextReview", nextReview);
			}
		}

		record Downgraded(String from, String to, String text) implements Event {

			public String kind() {
				return "downgraded";
			}

			public Map<String, Object> data() {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("fromLevel", from);
				data.put("toLevel", to);
				return data;
			}
		}

		/** The re-review falls due on {@code nextReview}: the office is told, once per review date. */
		record ReviewDue(String nextReview) implements Event {

			public String kind() {
				return "review-due";
			}

			public Map<String, Object> data() {
				return Map.of("nextReview", nextReview);
			}
		}

		record Revoked(String text) implements Event {

			public String kind() {
				return "revoked";
			}
		}
	}
}
