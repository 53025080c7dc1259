package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The reader's scores on the written-blind corpus ({@code src/test/resources/reports/blind}): documents written in
 * our own words in the styles of issue 9, labelled and scored before any rule was changed for them (their first
 * scores are in docs/benchmarks.md). Same gold format and rules as eval-dev ({@link GoldScorer}).
 */
class BlindCorpusScoreTests {

	@Test
	void scoresTheBlindDocumentsAtLeastAsWellAsBefore() throws URISyntaxException {
		Path folder = Path.of(BlindCorpusScoreTests.class.getResource("/reports/blind").toURI());
		StringBuilder report = new StringBuilder();
		GoldScorer.Score score = GoldScorer.scoreFolder(folder, ReportFixtures.reader(), report);
		System.out.print(report);
		assertThat(score.duplicates).as(report.toString()).isZero();
		assertThat(score.falseTasks).as(report.toString()).isZero();
		assertThat(score.recall()).as(report.toString()).isGreaterThanOrEqualTo(1.0);
		// Units are compared as the documents write them (46/46 since the reader keeps them so; 38/46 before).
		assertThat(score.unitsScore()).as(report.toString()).isGreaterThanOrEqualTo(1.0);
		assertThat(score.targetsScore()).as(report.toString()).isGreaterThanOrEqualTo(1.0);
	}
}
