package org.luoshi.awards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A district campaign as the API takes it: one place, one criterion, the average-age rule, nominations open between two days. */
final class CampaignJson {

	private CampaignJson() {
	}

	static Map<String, Object> campaign(String title, LocalDate opensOn, LocalDate closesOn) {
		Map<String, Object> campaign = new LinkedHashMap<>();
		campaign.put("title", title);
		campaign.put("year", opensOn.getYear());
		campaign.put("level", "DISTRICT");
		campaign.put("organiser", "团区委");
		campaign.put("places", 1);
		campaign.put("periodYears", 2);
		campaign.put("tieRule", "EARLIER");
		campaign.put("noticeDays", 5);
		campaign.put("rules", Map.of("MAX_AVERAGE_AGE", 35));
		campaign.put("criteria", List.of(Map.of("name", "成效", "weight", 100, "maxScore", 10)));
		campaign.put("rounds", List.of(Map.of("kind", "NOMINATION", "opensOn", opensOn.toString(), "closesOn", closesOn.toString())));
		return campaign;
	}
}
