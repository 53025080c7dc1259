package org.luoshi.awards.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What happened to a campaign, in the past tense: created, edited, nominations closed (or opened again), scoring
 * opened, the ranking confirmed, the notice started, the results final. One event is at once the campaign's timeline
 * entry ({@code awards.campaign.event.<kind>}), its audit entry ({@code awards.campaign.<kind>}) and, where someone must
 * hear of it, the notification ({@code awards.notify.<kind>}): the nominating units when nominations close or open again,
 * the notice starts or the results are final; the reviewers when scoring opens.
 */
public sealed interface CampaignEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "awards.campaign.";
	}

	/** Who must hear of it; nobody by default. */
	default Audience audience(CampaignProcess campaign) {
		return Audience.NOBODY;
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
	 * Edited while nominations are open: the timeline names the fields that changed (by their names in the API, which the
	 * page shows with the audit trail's labels, {@code audit.field.<name>}), the audit keeps each before and after.
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

	/** What differs between a campaign and its new settings, field by field ({@code [before, after]}). */
	static Map<String, Object> changes(Campaign before, AwardRows.NewCampaign after) {
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

	/** 截止推荐: {@code nominations} stand (not withdrawn) and go on to the qualification check. */
	record NominationsClosed(int nominations) implements CampaignEvent {

		public String kind() {
			return "nominations-closed";
		}

		public Map<String, Object> data() {
			return Map.of("nominations", nominations);
		}

		public Audience audience(CampaignProcess campaign) {
			return new Audience(campaign.nominatingUnits(), Set.of());
		}
	}

	/** The step back: nominations open again (nothing had been checked), with the reason. */
	record NominationsReopened(String text) implements CampaignEvent {

		public String kind() {
			return "nominations-reopened";
		}

		public Audience audience(CampaignProcess campaign) {
			return new Audience(campaign.nominatingUnits(), Set.of());
		}
	}

	/** The qualification check confirmed: {@code nominations} qualified go on to scoring; the reviewers are told. */
	record ScoringOpened(int nominations, Collection<Long> reviewers) implements CampaignEvent {

		public String kind() {
			return "scoring-opened";
		}

		public Map<String, Object> data() {
			return Map.of("nominations", nominations);
		}

		public Audience audience(CampaignProcess campaign) {
			return new Audience(Set.of(), new LinkedHashSet<>(reviewers));
		}
	}

	/**
	 * The ranking confirmed and the scores locked: {@code places} in order, the first ones proposed — each place becomes
	 * its nomination's own step (proposed or passed over), which tells its unit.
	 */
	record RankingConfirmed(List<Ranking.Place> places) implements CampaignEvent {

		public String kind() {
			return "ranking-confirmed";
		}

		public Map<String, Object> data() {
			return Map.of("proposed", places.stream().filter(Ranking.Place::proposed).count());
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

		public Audience audience(CampaignProcess campaign) {
			return new Audience(campaign.nominatingUnits(), Set.of());
		}
	}

	/**
	 * The results published on {@code publishedOn}: the {@code proposed} nominations (ids) are awarded from that day and
	 * their honours enter the registry.
	 */
	record Finalised(int honours, LocalDate publishedOn, List<Long> proposed) implements CampaignEvent {

		public String kind() {
			return "finalised";
		}

		public Map<String, Object> data() {
			return Map.of("honours", honours);
		}

		public Audience audience(CampaignProcess campaign) {
			return new Audience(campaign.nominatingUnits(), Set.of());
		}
	}
}
