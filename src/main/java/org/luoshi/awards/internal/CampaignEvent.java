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

	/**
	 * Edited while nominations are open: the timeline names the fields that changed, the audit keeps each before and
	 * after.
	 */
	record Edited(Map<String, Object> changed) implements CampaignEvent {

		public String kind() {
			return "edited";
		}

		public String text() {
			return String.join(", ", changed.keySet());
		}

		@Override
		public org.luoshi.shared.Changes changes() {
			org.luoshi.shared.Changes changes = org.luoshi.shared.Changes.of();
			changed.forEach((field, pair) -> {
				java.util.List<?> both = (java.util.List<?>) pair;
				changes.field(field, String.valueOf(both.get(0)), String.valueOf(both.get(1)));
			});
			return changes;
		}
	}

	/** What differs between two versions of a campaign, field by field ({@code [before, after]}). */
	static Map<String, Object> changes(Campaign before, Campaign after) {
		Map<String, Object> changed = new LinkedHashMap<>();
		put(changed, "title", before.title(), after.title());
		put(changed, "year", before.year(), after.year());
		put(changed, "level", before.level().name(), after.level().name());
		put(changed, "organiser", before.organiser(), after.organiser());
		put(changed, "unitId", before.unitId(), after.unitId());
		put(changed, "description", before.description(), after.description());
		// A required item is marked with an asterisk, as forms mark required fields.
		put(changed, "evidence", before.evidence().stream().map(i -> i.name() + (i.required() ? " *" : "")).toList(),
				after.evidence().stream().map(i -> i.name() + (i.required() ? " *" : "")).toList());
		put(changed, "places", before.places(), after.places());
		put(changed, "periodYears", before.periodYears(), after.periodYears());
		put(changed, "tieRule", before.tieRule().name(), after.tieRule().name());
		put(changed, "noticeDays", before.noticeDays(), after.noticeDays());
		put(changed, "rules", before.rules().stream().map(r -> r.kind() + " " + r.threshold().stripTrailingZeros().toPlainString()).toList(),
				after.rules().stream().map(r -> r.kind() + " " + r.threshold().stripTrailingZeros().toPlainString()).toList());
		put(changed, "criteria", before.criteria().stream().map(c -> c.name() + " " + c.weight() + "/" + c.maxScore()).toList(),
				after.criteria().stream().map(c -> c.name() + " " + c.weight() + "/" + c.maxScore()).toList());
		put(changed, "rounds", before.rounds().stream().map(r -> r.kind() + " " + r.opensOn() + "…" + r.closesOn()).toList(),
				after.rounds().stream().map(r -> r.kind() + " " + r.opensOn() + "…" + r.closesOn()).toList());
		return changed;
	}

	private static void put(Map<String, Object> changed, String field, Object before, Object after) {
		if (!java.util.Objects.equals(before, after)) {
			changed.put(field, java.util.Arrays.asList(before, after));
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
