package org.luoshi.shared.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which step a record's lifecycle allows in which status, for which side, and where the step leads: the one place a
 * module writes its lifecycle. Steps on records, the actions a page offers and the statuses a query counts are all
 * read from it (see {@code docs/architecture/lifecycle.md}).
 *
 * <pre>{@code
 * TransitionTable<TaskStatus, TaskStep, TaskSide> table = TransitionTable.of(TaskStatus.class, TaskStep.class, TaskSide.class)
 *     .step(SIGN).by(LEAD_UNIT).in(ISSUED).to(IN_PROGRESS)
 *     .step(REMIND).by(ISSUER).in(ISSUED, IN_PROGRESS).staying()
 *     .build();
 * }</pre>
 *
 * A step may have several rules (e.g. taken by one side in some statuses, by another side in others); every step of
 * the enum needs at least one, so that adding a step without deciding when it is allowed does not build.
 *
 * @param <S> the statuses
 * @param <T> the steps
 * @param <D> the sides an actor may take on a record (issuer, lead unit …)
 */
public final class TransitionTable<S extends Enum<S>, T extends Enum<T>, D extends Enum<D>> {

	/** One rule: {@code step} may be taken by any of {@code sides} in any of {@code from}; it leads to {@code to}. */
	public record Rule<S extends Enum<S>, T extends Enum<T>, D extends Enum<D>>(T step, Set<D> sides, Set<S> from, S to) {

		/** The status after the step: {@code to}, or {@code current} for a step that keeps the status. */
		public S after(S current) {
			return to == null ? current : to;
		}
	}

	/** What the table says of a step: allowed, not in this status (409), or not for the actor's sides (403). */
	public enum Verdict {
		ALLOWED, NOT_IN_THIS_STATUS, NOT_FOR_THESE_SIDES
	}

	private final Class<S> statuses;
	private final Class<T> steps;
	private final List<Rule<S, T, D>> rules;

	private TransitionTable(Class<S> statuses, Class<T> steps, List<Rule<S, T, D>> rules) {
		this.statuses = statuses;
		this.steps = steps;
		this.rules = List.copyOf(rules);
	}

	public static <S extends Enum<S>, T extends Enum<T>, D extends Enum<D>> Builder<S, T, D> of(Class<S> statuses, Class<T> steps,
			Class<D> sides) {
		return new Builder<>(statuses, steps, sides);
	}

	public Verdict check(T step, S status, Set<D> sides) {
		boolean inStatus = false;
		for (Rule<S, T, D> rule : rules) {
			if (rule.step() == step && rule.from().contains(status)) {
				inStatus = true;
				if (!Collections.disjoint(rule.sides(), sides)) {
					return Verdict.ALLOWED;
				}
			}
		}
		return inStatus ? Verdict.NOT_FOR_THESE_SIDES : Verdict.NOT_IN_THIS_STATUS;
	}

	/** The rule that lets one of {@code sides} take {@code step} in {@code status}. */
	public Rule<S, T, D> rule(T step, S status, Set<D> sides) {
		return rules.stream()
			.filter(rule -> rule.step() == step && rule.from().contains(status) && !Collections.disjoint(rule.sides(), sides))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(step + " is not allowed in " + status + " for " + sides));
	}

	/** The steps any of {@code sides} may take in {@code status}, in the order the steps are declared. */
	public Set<T> available(S status, Set<D> sides) {
		Set<T> available = EnumSet.noneOf(steps);
		for (Rule<S, T, D> rule : rules) {
			if (rule.from().contains(status) && !Collections.disjoint(rule.sides(), sides)) {
				available.add(rule.step());
			}
		}
		return available;
	}

	/** The statuses in which some side may take {@code step}: e.g. the statuses a query looks for. */
	public Set<S> statusesAllowing(T step) {
		Set<S> allowing = EnumSet.noneOf(statuses);
		rules.stream().filter(rule -> rule.step() == step).forEach(rule -> allowing.addAll(rule.from()));
		return allowing;
	}

	/** Every rule in the order written, e.g. to print the table. */
	public List<Rule<S, T, D>> rules() {
		return rules;
	}

	public static final class Builder<S extends Enum<S>, T extends Enum<T>, D extends Enum<D>> {

		private final Class<S> statuses;
		private final Class<T> steps;
		private final Class<D> sides;
		private final List<Rule<S, T, D>> rules = new ArrayList<>();

		private Builder(Class<S> statuses, Class<T> steps, Class<D> sides) {
			this.statuses = statuses;
			this.steps = steps;
			this.sides = sides;
		}

		public StepRule step(T step) {
			return new StepRule(step);
		}

		/** The table; refused when some step has no rule, so that no step is forgotten. */
		public TransitionTable<S, T, D> build() {
			Set<T> missing = EnumSet.allOf(steps);
			rules.forEach(rule -> missing.remove(rule.step()));
			if (!missing.isEmpty()) {
				throw new IllegalStateException("No rule says when these steps are allowed: " + missing);
			}
			return new TransitionTable<>(statuses, steps, rules);
		}

		/** A rule being written: {@code step(…).by(…).in(…).to(…)} or {@code .staying()}. */
		public final class StepRule {

			private final T step;
			private Set<D> by;
			private Set<S> in;

			private StepRule(T step) {
				this.step = step;
			}

			@SafeVarargs
			public final StepRule by(D... sides) {
				this.by = set(Builder.this.sides, sides);
				return this;
			}

			@SafeVarargs
			public final StepRule in(S... from) {
				this.in = set(statuses, from);
				return this;
			}

			/** The step leads to {@code status}. */
			public Builder<S, T, D> to(S status) {
				return add(status);
			}

			/** The step keeps the record in its status. */
			public Builder<S, T, D> staying() {
				return add(null);
			}

			private Builder<S, T, D> add(S to) {
				if (by == null || by.isEmpty() || in == null || in.isEmpty()) {
					throw new IllegalStateException("The rule for " + step + " needs at least one side (by) and one status (in)");
				}
				rules.add(new Rule<>(step, by, in, to));
				return Builder.this;
			}
		}

		@SafeVarargs
		private static <E extends Enum<E>> Set<E> set(Class<E> type, E... values) {
			Set<E> set = EnumSet.noneOf(type);
			Collections.addAll(set, values);
			return Collections.unmodifiableSet(set);
		}
	}
}
