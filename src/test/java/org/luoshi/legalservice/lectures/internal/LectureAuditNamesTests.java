package org.luoshi.legalservice.lectures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.support.AuditNames;

/**
 * Every step of a lecture and of the menu is named in the audit trail, in Chinese and English, with every field it
 * writes: a lecture's actions are {@code legal.lecture.<kind>}, formed from its events; the menu's are the few
 * {@link TopicMenu} writes.
 */
class LectureAuditNamesTests {

	static List<LectureEvent> everyKind() {
		List<LectureEvent> events = new ArrayList<>(List.of(
				new LectureEvent.Scheduled("讲座", "站点", Instant.EPOCH, "林志明", 10, 2, List.of("劳动合同"), true),
				new LectureEvent.RegistrationOpened(),
				new LectureEvent.Registered(1, "张三", "企业", 1L, 1L, false),
				new LectureEvent.Registered(1, "张三", "企业", 1L, 1L, true),
				new LectureEvent.RegistrationCancelled(1, "张三", "企业"),
				new LectureEvent.Promoted(1, "张三", "企业", 1L),
				new LectureEvent.CheckedIn(1, "张三", "企业"),
				new LectureEvent.Held(3),
				new LectureEvent.FeedbackGiven(1, "企业", 5, "很好"),
				new LectureEvent.Cancelled("天气")));
		return events;
	}

	@Test
	void theListHoldsEveryKindOfEvent() {
		assertThat(everyKind().stream().map(Object::getClass).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(AuditNames.leaves(LectureEvent.class));
	}

	@Test
	void namesEveryStepOfALectureAndTheMenuInBothLanguages() {
		List<String> actions = new ArrayList<>(everyKind().stream().map(LectureEvent::action).distinct().toList());
		actions.addAll(List.of("legal.lecture-topic.proposed", "legal.lecture-topic.voted", "legal.lecture-topic.vote-withdrawn",
				"legal.lecture-topic.scheduled", "legal.lecture-topic.held", "legal.lecture-topic.unscheduled"));
		assertThat(AuditNames.unnamed(actions, List.of(LectureService.TARGET, TopicMenu.TARGET))).isEmpty();
		List<String> fields = new ArrayList<>(everyKind().stream().flatMap(event -> event.changes().toMap().keySet().stream()).toList());
		fields.addAll(List.of("title", "description", "keywords", "proposer", "votes", "enterprise", "status", "lecture"));
		assertThat(AuditNames.unnamedFields(fields)).as("fields without a name in the audit bundles").isEmpty();
	}

	@Test
	void everyEventHasItsTimelineMessage() {
		List<String> keys = everyKind().stream().map(event -> "legal.lecture.event." + event.kind()).distinct().toList();
		assertThat(AuditNames.unnamed(List.of(), List.of())).isEmpty();
		java.util.Properties zh = new java.util.Properties();
		java.util.Properties en = new java.util.Properties();
		try (var z = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/messages/legal-lectures.properties"));
				var e = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/messages/legal-lectures_en.properties"))) {
			zh.load(z);
			en.load(e);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		assertThat(keys).allSatisfy(key -> {
			assertThat(zh.getProperty(key)).as(key).isNotNull();
			assertThat(en.getProperty(key)).as(key).isNotNull();
		});
	}
}
