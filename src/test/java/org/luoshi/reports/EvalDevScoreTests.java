package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The reader's scores on {@code ../shared/eval-dev}: real documents written by others, with hand-made gold, scored
 * by the rules of that folder's README ({@link GoldScorer}). The folder lives outside the repository; CI has it,
 * so its absence fails the test. The floors are the scores reached so far: a change to a rule that lowers one
 * fails here (the scores are printed and published in docs/benchmarks.md).
 */
class EvalDevScoreTests {

	static final Path EVAL_DEV = Path.of("../shared/eval-dev");

	@Test
	void scoresTheDevelopmentDocumentsAtLeastAsWellAsBefore() {
		assertThat(EVAL_DEV.resolve("gold.json")).as("eval-dev gold (outside the repository, in ../shared/eval-dev)")
			.satisfies(path -> assertThat(Files.isRegularFile(path)).isTrue());
		StringBuilder report = new StringBuilder();
		GoldScorer.Score score = GoldScorer.scoreFolder(EVAL_DEV, ReportFixtures.reader(), report);
		System.out.print(report);
		assertThat(score.tasks).as(report.toString()).isGreaterThan(0);
		assertThat(score.duplicates).as(report.toString()).isZero();
		assertThat(score.falseTasks).as(report.toString()).isZero();
		assertThat(score.recall()).as(report.toString()).isGreaterThanOrEqualTo(1.0);
		assertThat(score.targetsScore()).as(report.toString()).isGreaterThanOrEqualTo(1.0);
		assertThat(score.unitsScore()).as(report.toString()).isGreaterThanOrEqualTo(1.0);
		assertThat(score.peopleRight).as(report.toString()).isEqualTo(score.people);
	}
}
