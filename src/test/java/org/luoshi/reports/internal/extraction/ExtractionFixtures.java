package org.luoshi.reports.internal.extraction;

import java.util.List;

/** What the stage tests share: one lexicon of the bundled names (building it loads HanLP's dictionaries). */
final class ExtractionFixtures {

	static final Lexicon LEXICON = Lexicon.of(List.of(BundledNames.instance()));
	static final Dates.Years YEAR_2024 = Dates.Years.of(2024, 2024);

	private ExtractionFixtures() {
	}
}
