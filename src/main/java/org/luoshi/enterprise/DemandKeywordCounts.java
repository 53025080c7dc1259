package org.luoshi.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * How many enterprise demands speak of something, for other modules that weigh what enterprises ask for (the lecture menu ranks its
 * topics by it). Counts only: no demand, enterprise or text leaves the module, so it answers whoever asks. Declared
 * here, on the registry, because a nested module's types are not for modules outside {@code enterprise}; the demands
 * module ({@code enterprise.demands}) implements it.
 */
public interface DemandKeywordCounts {

	/**
	 * For each set of keywords, in order, how many demands filed under the category {@code categoryCode} (or a category
	 * below it) and raised on or after {@code since} hold any of the set's keywords in their title or text (case does not
	 * matter; blank keywords are ignored, a set without any counts 0). An unknown category counts 0 for every set.
	 */
	List<Long> count(String categoryCode, List<List<String>> keywordSets, LocalDate since);
}
