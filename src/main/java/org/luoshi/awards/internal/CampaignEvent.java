package org.luoshi.awards.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What happened to a campaign: created, a round confirmed (the stage moved on and the round is locked), the notice
 * started, the results final. Timeline {@code awards.campaign.event.<kind>}, audit {@code awards.campaign.<kind>}.
 */
public sealed interface CampaignEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "awards.campaign.";
	}

	record Created(String title, String level, int places) implements CampaignEvent {

		public String kind() {
			return "created";
		}

		public Map<String, Object> data() {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("title", title);
			data.put("level", level);
			data.put("places", places);
			return data;
		}
	}

	record RoundConfirmed(String round, String stage) implements CampaignEvent {

		public String kind() {
			return "round-confirmed";
		}

		public Map<String, Object> data() {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("round", round);
			data.put("stage", stage);
			return data;
		}
	}

	record NoticeStarted(String from, String until, int workingDays) implements CampaignEvent {

		public String kind() {
			return "notice-started";
		}

		public Map<String, Object> data() {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("noticeFrom", from);
			data.put("noticeUntil", until);
			data.put("workingDays", workingDays);
			return data;
		}
	}

	record Finalised(int honours) implements CampaignEvent {

		public String kind() {
			return "finalised";
		}

		public Map<String, Object> data() {
			return Map.of("honours", honours);
		}
	}
}
