package org.luoshi.shared.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.lifecycle.TransitionTable.Verdict;

class TransitionTableTests {

	enum Status {
		DRAFT, OPEN, DONE
	}

	enum Step {
		PUBLISH, COMMENT, FINISH
	}

	enum Side {
		AUTHOR, READER, EDITOR
	}

	static final TransitionTable<Status, Step, Side> TABLE = TransitionTable.of(Status.class, Step.class, Side.class)
		.step(Step.PUBLISH).by(Side.AUTHOR).in(Status.DRAFT).to(Status.OPEN)
		.step(Step.COMMENT).by(Side.READER).in(Status.OPEN).staying()
		.step(Step.COMMENT).by(Side.AUTHOR, Side.EDITOR).in(Status.DRAFT, Status.OPEN).staying()
		.step(Step.FINISH).by(Side.AUTHOR).in(Status.OPEN).to(Status.DONE)
		.build();

	@Test
	void allowsAStepInItsStatusForItsSide() {
		assertThat(TABLE.check(Step.PUBLISH, Status.DRAFT, Set.of(Side.AUTHOR))).isEqualTo(Verdict.ALLOWED);
		assertThat(TABLE.rule(Step.PUBLISH, Status.DRAFT, Set.of(Side.AUTHOR)).after(Status.DRAFT)).isEqualTo(Status.OPEN);
	}

	@Test
	void refusesAStepInAnotherStatusWhoeverTakesIt() {
		assertThat(TABLE.check(Step.PUBLISH, Status.OPEN, Set.of(Side.AUTHOR))).isEqualTo(Verdict.NOT_IN_THIS_STATUS);
		assertThat(TABLE.check(Step.PUBLISH, Status.OPEN, Set.of())).isEqualTo(Verdict.NOT_IN_THIS_STATUS);
	}

	@Test
	void refusesAStepAllowedInTheStatusToAnotherSide() {
		assertThat(TABLE.check(Step.PUBLISH, Status.DRAFT, Set.of(Side.READER))).isEqualTo(Verdict.NOT_FOR_THESE_SIDES);
		assertThat(TABLE.check(Step.PUBLISH, Status.DRAFT, Set.of())).isEqualTo(Verdict.NOT_FOR_THESE_SIDES);
	}

	@Test
	void readsEveryRuleOfAStepTakenByDifferentSidesInDifferentStatuses() {
		assertThat(TABLE.check(Step.COMMENT, Status.DRAFT, Set.of(Side.READER))).isEqualTo(Verdict.NOT_FOR_THESE_SIDES);
		assertThat(TABLE.check(Step.COMMENT, Status.DRAFT, Set.of(Side.EDITOR))).isEqualTo(Verdict.ALLOWED);
		assertThat(TABLE.check(Step.COMMENT, Status.OPEN, Set.of(Side.READER))).isEqualTo(Verdict.ALLOWED);
		assertThat(TABLE.rule(Step.COMMENT, Status.OPEN, Set.of(Side.READER)).after(Status.OPEN)).isEqualTo(Status.OPEN);
		assertThat(TABLE.statusesAllowing(Step.COMMENT)).containsExactly(Status.DRAFT, Status.OPEN);
	}

	@Test
	void offersTheStepsOfTheStatusForAnyOfTheSidesInDeclaredOrder() {
		assertThat(TABLE.available(Status.OPEN, Set.of(Side.AUTHOR, Side.READER))).containsExactly(Step.COMMENT, Step.FINISH);
		assertThat(TABLE.available(Status.OPEN, Set.of(Side.READER))).containsExactly(Step.COMMENT);
		assertThat(TABLE.available(Status.DONE, Set.of(Side.values()))).isEmpty();
	}

	@Test
	void refusesATableThatForgetsAStep() {
		assertThatThrownBy(() -> TransitionTable.of(Status.class, Step.class, Side.class)
			.step(Step.PUBLISH).by(Side.AUTHOR).in(Status.DRAFT).to(Status.OPEN)
			.build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("COMMENT").hasMessageContaining("FINISH");
	}

	@Test
	void refusesARuleWithoutSideOrStatus() {
		assertThatThrownBy(() -> TransitionTable.of(Status.class, Step.class, Side.class).step(Step.PUBLISH).in(Status.DRAFT).staying())
			.isInstanceOf(IllegalStateException.class);
	}
}
