package org.luoshi.enterprise.demands.internal;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.enterprise.internal.Towns;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Demands in the search index, each found by those who may open it ({@link DemandAccess#forSearch}): its number and
 * title as the title; the enterprise, category, text and answer as the body. Never the contact's phone.
 */
@Component
class DemandSearchRecords {

	static final String TYPE = "demand";

	private final SearchIndex searchIndex;

	DemandSearchRecords(SearchIndex searchIndex) {
		this.searchIndex = searchIndex;
	}

	void index(Demand demand, Towns.Snapshot towns, String enterpriseName, String categoryPath) {
		String body = Stream.of(enterpriseName, categoryPath, demand.content(), demand.answer())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		searchIndex.index(new SearchDocument(TYPE, String.valueOf(demand.id()), DemandAccess.forSearch(towns, demand),
				demand.number() + " " + demand.title(), body, "/demands/" + demand.id()));
	}
}
