package org.luoshi.legalservice.lectures.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Lectures and topics in the search index. A lecture is public (its page needs no login), so everyone finds it and it
 * opens on its public page; its body is the point, park, expert and topics, never a registrant. A topic is found by the
 * legal services' staff ({@code legal:handle}, whatever their scope) and opens on the menu.
 */
@Component
class LectureSearchRecords {

	static final String LECTURE = "lecture";
	static final String TOPIC = "lecture-topic";

	private final SearchIndex searchIndex;

	LectureSearchRecords(SearchIndex searchIndex) {
		this.searchIndex = searchIndex;
	}

	void index(Lecture lecture, List<String> topicTitles) {
		String body = Stream.concat(Stream.of(lecture.description(), lecture.pointName(), lecture.park(), lecture.venue(), lecture.expertName()),
				topicTitles.stream())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		searchIndex.index(new SearchDocument(LECTURE, String.valueOf(lecture.id()), Visibility.everyone(), lecture.title(), body,
				"/public/legal/lectures/" + lecture.id()));
	}

	void index(TopicMenu.Topic topic) {
		String body = Stream.of(topic.description(), String.join(" ", topic.keywords()), topic.proposedByName())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		searchIndex.index(new SearchDocument(TOPIC, String.valueOf(topic.id()), new Visibility(Permissions.LEGAL_HANDLE, null), topic.title(), body,
				"/legal/topics#topic-" + topic.id()));
	}
}
