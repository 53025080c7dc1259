package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the awards' pages and API send to the services. */
public final class AwardCommands {

	private AwardCommands() {
	}

	public record NewCriterion(String name, Integer weight, Integer maxScore) {
	}

	public record NewRound(Campaign.RoundKind kind, LocalDate opensOn, LocalDate closesOn) {
	}

	/** A piece of evidence each nomination brings: its name, and whether the nomination qualifies only with a file of it. */
	public record NewEvidenceItem(String name, Boolean required) {
	}

	public record CreateCampaign(String title, Integer year, Campaign.Level level, String organiser, Long unitId, String description,
			List<NewEvidenceItem> evidence, Integer places, Integer periodYears, Campaign.TieRule tieRule, Integer noticeDays,
			Map<Campaign.RuleKind, BigDecimal> rules, List<NewCriterion> criteria, List<NewRound> rounds) {
	}

	/**
	 * A campaign's step's input: the words (the reason for opening nominations again) and the day it takes effect (the
	 * notice's first day, the day the results were published; today when empty).
	 */
	public record AwardCampaignStepInput(String text, LocalDate on) {

		public static AwardCampaignStepInput none() {
			return new AwardCampaignStepInput(null, null);
		}
	}

	/**
	 * A nomination: the nominating unit ({@code null}: the root of the actor's scope), and either a unit of its subtree or
	 * an enterprise's credit code; the collective's name (a unit's by default); the members' birth dates, one per line;
	 * {@code evidence}, words about the materials (the files themselves go with {@link EvidenceUpload}).
	 */
	public record Nominate(Long campaignId, Long nominatingUnitId, Long subjectUnitId, String creditCode, String collectiveName, String summary,
			String evidence, String birthDates) {
	}

	/** A file uploaded as evidence for one of the campaign's items: its name as sent and its bytes. */
	public record EvidenceUpload(Long itemId, String fileName, byte[] content) {
	}

	/** A step's input: the words (a reason, an answer), a reviewer's scores by criterion, an objection, a level. */
	public record AwardStepInput(String text, Map<Long, BigDecimal> scores, Long objectionId, Boolean upheld, Campaign.Level level) {

		public static AwardStepInput none() {
			return new AwardStepInput(null, Map.of(), null, null, null);
		}

		public static AwardStepInput text(String text) {
			return new AwardStepInput(text, Map.of(), null, null, null);
		}
	}

	public record FileObjection(Long nominationId, String text, String contactName, String contactPhone) {
	}
}
