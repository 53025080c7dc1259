package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A campaign (评选活动) as loaded: its level and organiser, the evidence each nomination brings (named items, required or
 * not), the eligibility rules as data, the weighted criteria, the rounds with their dates, the declared tie rule and the
 * stage it has reached. The stage moves forward only, each move
 * by the awards office and on the campaign's record: nomination → qualification → scoring → ranked (locked) → notice
 * (公示, a number of working days) → final (every objection resolved).
 */
public record Campaign(long id, String title, int year, Level level, String organiser, long unitId, String description,
		List<EvidenceItem> evidence, int places, int periodYears, TieRule tieRule, int noticeDays, Stage stage, LocalDate noticeFrom,
		LocalDate noticeUntil, Instant finalisedAt, List<Rule> rules, List<Criterion> criteria, List<Round> rounds, int version) {

	public enum Level {
		DISTRICT, CITY, PROVINCE, NATIONAL
	}

	public enum Stage {
		NOMINATION, QUALIFICATION, SCORING, RANKED, NOTICE, FINAL;

		public Stage next() {
			return values()[Math.min(ordinal() + 1, values().length - 1)];
		}
	}

	/**
	 * How two nominations with the same total are ordered, declared with the campaign and written beside the ranking:
	 * the higher score on the heaviest criterion, the younger collective (lower average age), or the earlier nomination.
	 * Whatever remains tied after the declared rule falls to the earlier nomination.
	 */
	public enum TieRule {
		TOP_CRITERION, YOUNGER, EARLIER
	}

	public enum RuleKind {
		/** At least N members. */
		MIN_MEMBERS,
		/** At least N % of the members under 35. */
		MIN_SHARE_UNDER_35,
		/** Average age at most N. */
		MAX_AVERAGE_AGE,
		/** No honour of the collective revoked in the last N years. */
		NO_REVOCATION_YEARS
	}

	public enum RoundKind {
		NOMINATION, QUALIFICATION, SCORING, NOTICE
	}

	public record Rule(RuleKind kind, BigDecimal threshold) {
	}

	public record Criterion(long id, int position, String name, int weight, int maxScore) {
	}

	/**
	 * A piece of evidence every nomination brings (推荐表, 事迹材料 …): a required one needs at least one file before the
	 * office may find the nomination qualified.
	 */
	public record EvidenceItem(long id, int position, String name, boolean required) {
	}

	public record Round(RoundKind kind, LocalDate opensOn, LocalDate closesOn, Instant confirmedAt, String confirmedBy) {

		public boolean confirmed() {
			return confirmedAt != null;
		}
	}

	public Optional<Criterion> criterion(long criterionId) {
		return criteria.stream().filter(c -> c.id() == criterionId).findFirst();
	}

	public Optional<EvidenceItem> evidenceItem(long itemId) {
		return evidence.stream().filter(item -> item.id() == itemId).findFirst();
	}

	public Optional<Round> round(RoundKind kind) {
		return rounds.stream().filter(r -> r.kind() == kind).findFirst();
	}

	/** The criterion that weighs most (the first of equals): the tie rule {@link TieRule#TOP_CRITERION} looks at it. */
	public Criterion topCriterion() {
		return criteria.stream().reduce((a, b) -> b.weight() > a.weight() ? b : a).orElseThrow();
	}

	/** Whether the public notice runs on the day. */
	public boolean noticeOpenOn(LocalDate day) {
		return stage == Stage.NOTICE && noticeFrom != null && !day.isBefore(noticeFrom) && !day.isAfter(noticeUntil);
	}

	public boolean noticeOverOn(LocalDate day) {
		return noticeUntil != null && day.isAfter(noticeUntil);
	}
}
