package org.luoshi.enterprise.visits.internal;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Visits in the search index, each found by those who may open it ({@link VisitAccess#forSearch}: the organizing
 * unit). The title is the day, the kind and who led it; the text the purpose, what was found, the enterprises' names
 * and what was found at each, the organizing unit and who went — in Chinese, the district's language, whatever the
 * writer's. Written in the visit's transaction. The rule rests on the organizing unit alone, which only a step of the
 * visit changes, so nothing needs stating anew when units change.
 */
@Component
class VisitSearchRecords {

	static final String TYPE = "visit";

	private final SearchIndex searchIndex;
	private final MessageSource messages;

	VisitSearchRecords(SearchIndex searchIndex, MessageSource messages) {
		this.searchIndex = searchIndex;
		this.messages = messages;
	}

	void index(Visit visit, String unitName) {
		String kind = messages.getMessage("visits.kind." + visit.kind().name(), null, visit.kind().name(), Locale.SIMPLIFIED_CHINESE);
		String title = visit.day() + " " + kind + " · " + visit.leaderName();
		String body = Stream.concat(
				Stream.of(visit.purpose(), visit.findings(), visit.leaderTitle(), unitName, String.join(" ", visit.participants())),
				visit.enterprises().stream().flatMap(covered -> Stream.of(covered.name(), covered.findings())))
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		searchIndex.index(new SearchDocument(TYPE, String.valueOf(visit.id()), VisitAccess.forSearch(visit), title, body,
				"/visits/" + visit.id(), visit.updatedAt()));
	}
}
