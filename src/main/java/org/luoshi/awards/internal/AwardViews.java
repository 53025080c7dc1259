package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The awards as the API writes them: figures only for members, contacts for the awards office only. */
public final class AwardViews {

	private AwardViews() {
	}

	public record AwardRuleView(Campaign.RuleKind kind, BigDecimal threshold) {
	}

	public record AwardCriterionView(long id, int position, String name, int weight, int maxScore) {
	}

	public record AwardRoundView(Campaign.RoundKind kind, LocalDate opensOn, LocalDate closesOn, Instant confirmedAt) {
	}

	/** An evidence item the campaign asks of every nomination; a required one must have a file before qualification. */
	public record AwardEvidenceItemView(long id, int position, String name, boolean required) {
	}

	public record AwardCampaignView(long id, String title, int year, Campaign.Level level, String organiser, long unitId, String description,
			List<AwardEvidenceItemView> evidence, int places, int periodYears, Campaign.TieRule tieRule, int noticeDays, Campaign.Stage stage,
			LocalDate noticeFrom, LocalDate noticeUntil, List<AwardRuleView> rules, List<AwardCriterionView> criteria, List<AwardRoundView> rounds,
			int version, Set<CampaignLifecycle.Step> actions) {

		/** The campaign with the steps the caller may take on it ({@code actions}, from the table). */
		public static AwardCampaignView of(Campaign c, CampaignActions actions) {
			return new AwardCampaignView(c.id(), c.title(), c.year(), c.level(), c.organiser(), c.unitId(), c.description(),
					c.evidence().stream().map(i -> new AwardEvidenceItemView(i.id(), i.position(), i.name(), i.required())).toList(), c.places(),
					c.periodYears(), c.tieRule(), c.noticeDays(), c.stage(), c.noticeFrom(), c.noticeUntil(),
					c.rules().stream().map(r -> new AwardRuleView(r.kind(), r.threshold())).toList(),
					c.criteria().stream().map(k -> new AwardCriterionView(k.id(), k.position(), k.name(), k.weight(), k.maxScore())).toList(),
					c.rounds().stream().map(r -> new AwardRoundView(r.kind(), r.opensOn(), r.closesOn(), r.confirmedAt())).toList(), c.version(),
					actions.steps());
		}
	}

	public record AwardRecusalView(String reviewerName, String reason) {
	}

	/** An evidence file of a nomination; its bytes at {@code /api/v1/awards/nominations/{id}/evidence/{fileId}}. */
	public record AwardEvidenceFileView(long id, long itemId, String name, String contentType, long size, String sha256, String uploadedByName,
			Instant uploadedAt) {

		public static AwardEvidenceFileView of(Nomination.EvidenceFile f) {
			return new AwardEvidenceFileView(f.id(), f.itemId(), f.name(), f.contentType(), f.size(), f.sha256(), f.uploadedByName(), f.uploadedAt());
		}
	}

	/** A line of a nomination's evidence checklist: the campaign's item, its files, and whether it is required and missing. */
	public record AwardEvidenceCheckView(long itemId, String name, boolean required, boolean missing, List<AwardEvidenceFileView> files) {
	}

	/** A nomination; {@code evidence} is the unit's words about its materials, {@code checklist} the files item by item. */
	public record AwardNominationView(long id, long campaignId, long nominatingUnitId, Long subjectUnitId, Long enterpriseId, String creditCode,
			String collectiveName, String summary, String evidence, int members, int under35, BigDecimal shareUnder35, BigDecimal averageAge,
			NominationLifecycle.Status status, BigDecimal total, Integer rank, String rankNote, long reviewers, List<AwardRecusalView> recusals,
			boolean automaticallyRecused, List<AwardEvidenceCheckView> checklist, Set<NominationLifecycle.Step> actions, Instant submittedAt) {

		public static AwardNominationView of(Nomination n, Campaign c, Set<NominationLifecycle.Step> actions, boolean recused) {
			List<AwardEvidenceCheckView> checklist = n.checklist(c).stream()
				.map(line -> new AwardEvidenceCheckView(line.item().id(), line.item().name(), line.item().required(), line.missing(),
						line.files().stream().map(AwardEvidenceFileView::of).toList()))
				.toList();
			return new AwardNominationView(n.id(), n.campaignId(), n.nominatingUnitId(), n.subjectUnitId(), n.enterpriseId(), n.creditCode(),
					n.collectiveName(), n.summary(), n.evidence(), n.figures().members(), n.figures().under35(), n.figures().shareUnder35(),
					n.figures().averageAge(), n.status(), n.storedTotal() != null ? n.storedTotal() : n.total(c), n.rank(), n.rankNote(), n.reviewerCount(),
					n.recusals().stream().map(r -> new AwardRecusalView(r.reviewerName(), r.reason())).toList(), recused, checklist, actions,
					n.submittedAt());
		}
	}

	public record AwardRankingPlace(int rank, long nominationId, String collectiveName, BigDecimal total, boolean proposed, String tieNote) {
	}

	public record AwardReviewView(long campaignId, Campaign.Stage stage, Campaign.TieRule tieRule, List<AwardRankingPlace> ranking) {
	}

	public record AwardObjectionView(long id, long campaignId, long nominationId, String collectiveName, String text, String contactName,
			String contactPhone, ObjectionLifecycle.Status status, Boolean upheld, String answer, Instant filedAt, Instant resolvedAt,
			Set<ObjectionLifecycle.Step> actions) {

		public static AwardObjectionView of(Objection o, Set<ObjectionLifecycle.Step> actions) {
			return new AwardObjectionView(o.id(), o.campaignId(), o.nominationId(), o.collectiveName(), o.text(), o.contactName(), o.contactPhone(),
					o.status(), o.upheld(), o.answer(), o.filedAt(), o.resolvedAt(), actions);
		}
	}

	public record AwardHonourView(long id, long campaignId, long nominationId, String collectiveName, Long unitId, Long enterpriseId,
			String creditCode, String title, Campaign.Level level, LocalDate awardedOn, LocalDate validUntil, LocalDate nextReviewOn,
			HonourLifecycle.Status status, String reason, String number, Set<HonourLifecycle.Step> actions) {

		public static AwardHonourView of(Honour h, Set<HonourLifecycle.Step> actions) {
			return new AwardHonourView(h.id(), h.campaignId(), h.nominationId(), h.collectiveName(), h.unitId(), h.enterpriseId(), h.creditCode(),
					h.title(), h.level(), h.awardedOn(), h.validUntil(), h.nextReviewOn(), h.status(), h.reason(), h.number(), actions);
		}
	}
}
