package org.luoshi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.Visibility;
import org.luoshi.search.SearchHit;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The slices of time that a search walks through on a large index, tried on a small one cut into tiny slices. */
@IntegrationTest
class RecencyWindowsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Segmenter segmenter;

	@Autowired
	OrganizationDirectory organization;

	@Test
	void findsEveryMatchOnceAcrossSlicesNewestFirstWhenRanksAreEqual() {
		SearchService index = new SearchService(jdbc, segmenter, organization, new RecencyWindows(jdbc, 2));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<String> newestFirst = new ArrayList<>();
		for (int day = 0; day < 12; day++) {
			String id = "slice-" + day;
			index.index(new SearchDocument("test-slice", id, Visibility.everyone(), "菠萝蜜收购", "菠萝蜜", "/notes/" + id, now.minus(day * 40L, ChronoUnit.DAYS)));
			newestFirst.add(id);
		}
		jdbc.sql("ANALYZE search_document").update();
		SearchService sliced = new SearchService(jdbc, segmenter, organization, new RecencyWindows(jdbc, 2));
		Actor everyone = new Actor(1L, "t", "t", null, Set.of());

		Page<SearchHit> hits = sliced.search(new SearchQuery("菠萝蜜", "test-slice", 0, 50), everyone);

		assertThat(new RecencyWindows(jdbc, 2).boundaries()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(hits.total()).isEqualTo(12);
		assertThat(hits.items()).extracting(SearchHit::id).containsExactlyElementsOf(newestFirst);
	}
}
