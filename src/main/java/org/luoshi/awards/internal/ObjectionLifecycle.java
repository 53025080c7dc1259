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
 * An objection's life (异议): filed by anyone on the public notice page while the notice runs, with a contact; the
 * awards office investigates it and answers it on the record, upheld or not. A resolved objection does not change.
 * The campaign is final only when every objection is resolved.
 */
public final class ObjectionLifecycle {

	public enum Status {
		OPEN, INVESTIGATING, RESOLVED
	}

	public enum Step {
		INVESTIGATE, ANSWER
	}

	public enum Side {
		/** {@code awards:manage}. */
		OFFICE
	}

	static final TransitionTable<Status, Step, Side> TABLE = TransitionTable.of(Status.class, Step.class, Side.class)
		.step(Step.INVESTIGATE).by(Side.OFFICE).in(Status.OPEN).to(Status.INVESTIGATING)
		.step(Step.ANSWER).by(Side.OFFICE).in(Status.OPEN, Status.INVESTIGATING).to(Status.RESOLVED)
		.build();

	private ObjectionLifecycle() {
	}

	static Rule<Status, Step, Side> check(Step step, Status status, Set<Side> sides) {
		Verdict verdict = TABLE.check(step, status, sides);
		if (verdict == Verdict.NOT_IN_THIS_STATUS) {
			throw new ConflictException("awards.objection.step.not-now");
		}
		if (verdict == Verdict.NOT_FOR_THESE_SIDES) {
			throw new AccessDeniedException(step + " on objection");
		}
		return TABLE.rule(step, status, sides);
	}

	static Set<Step> actions(Status status, Set<Side> sides) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		steps.addAll(TABLE.available(status, sides));
		return steps;
	}

	/**
	 * What happened to an objection: its timeline entry ({@code awards.objection.event.<kind>}) and audit entry
	 * ({@code awards.objection.<kind>}); never the objector's phone.
	 */
	public sealed interface Event extends TimelineEvent {

		@Override
		default String actionPrefix() {
			return "awards.objection.";
		}

		record Filed(String collective, String contactName, String text) implements Event {

			public String kind() {
				return "filed";
			}

			public Map<String, Object> data() {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("collective", collective);
				data.put("contact", contactName);
				return data;
			}
		}

		record InvestigationStarted(String text) implements Event {

			public String kind() {
				return "investigation-started";
			}
		}

		record Answered(boolean upheld, String text) implements Event {

			public String kind() {
				return upheld ? "upheld" : "not-upheld";
			}
		}
	}
}
