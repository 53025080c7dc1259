package org.luoshi.awards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.support.AuditNames;

/**
 * Every step a campaign can take is named in the audit trail, on its timeline and in the notification it sends, in
 * Chinese and English: its action is {@code awards.campaign.<kind>}, formed from the event, and an edit's fields carry
 * the trail's labels, which the campaign's timeline shows too. The trail-wide check ({@code AuditNamesIntegrationTests})
 * sees only the steps that were taken.
 */
class CampaignAuditNamesTests {

	/** One event of each kind; the edit with every field it may name. */
	static List<CampaignEvent> everyKind() {
		Map<String, Object> everyField = new java.util.LinkedHashMap<>();
		for (String field : List.of("title", "year", "level", "organiser", "unitId", "description", "evidence", "places", "periodYears", "tieRule",
				"noticeDays", "rules", "criteria", "rounds")) {
			everyField.put(field, List.of("a", "b"));
		}
		return List.of(new CampaignEvent.Created("区青年文明号", "DISTRICT", 1),
				new CampaignEvent.Edited(everyField),
				new CampaignEvent.NominationsClosed(2),
				new CampaignEvent.NominationsReopened("延期一天"),
				new CampaignEvent.ScoringOpened(2, List.of(1L)),
				new CampaignEvent.RankingConfirmed(List.of()),
				new CampaignEvent.NoticeStarted("2026-05-08", "2026-05-15", 5),
				new CampaignEvent.Finalised(1, LocalDate.of(2026, 5, 18), List.of(1L)));
	}

	@Test
	void theListHoldsEveryKindOfEvent() {
		assertThat(everyKind().stream().map(Object::getClass).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(AuditNames.leaves(CampaignEvent.class));
	}

	@Test
	void namesEveryStepOfACampaignAndEveryFieldAnEditNamesInBothLanguages() {
		List<String> actions = everyKind().stream().map(CampaignEvent::action).distinct().toList();
		assertThat(actions).contains("awards.campaign.nominations-reopened", "awards.campaign.ranking-confirmed");
		assertThat(AuditNames.unnamed(actions, List.of(AwardService.CAMPAIGN))).isEmpty();
		assertThat(AuditNames.unnamedFields(everyKind().stream().flatMap(event -> event.changes().toMap().keySet().stream()).toList()))
			.as("fields without a name in the audit bundles").isEmpty();
	}

	@Test
	void everyEventHasItsTimelineMessageAndEveryStepItsButtonInBothLanguages() throws IOException {
		List<String> keys = new ArrayList<>();
		everyKind().forEach(event -> keys.add("awards.campaign.event." + event.kind()));
		for (CampaignLifecycle.Step step : CampaignLifecycle.Step.values()) {
			if (step != CampaignLifecycle.Step.EDIT) { // the page's 修改 link, awards.campaign.edit.link
				keys.add("awards.campaign.step." + step.name());
			}
		}
		List.of("nominations-closed", "nominations-reopened", "scoring-opened", "notice-started", "finalised")
			.forEach(kind -> keys.add("awards.notify." + kind));
		for (String bundle : List.of("awards.properties", "awards_en.properties")) {
			Properties messages = read(bundle);
			assertThat(keys).as(bundle).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Properties read(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
