package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.luoshi.awards.internal.NominationLifecycle.Status;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A collective nominated for a campaign, loaded whole (its scores and declared recusals) and locked for a step.
 *
 * <p>Lifecycle: submitted by a unit (eligibility checked on the way in: an ineligible collective is refused with its
 * reasons and never stored) → withdrawn by the unit, or checked by the awards office (qualified / disqualified) →
 * scored by the reviewers, each criterion within its range, each reviewer once, none of their own unit → proposed or
 * passed over when the office confirms the ranking → on the public notice → awarded when the notice is over and every
 * objection resolved, or dropped when an objection is upheld. While it is submitted and nominations are open, the unit
 * attaches evidence files to the campaign's items and removes them; the office finds it qualified only once every
 * required item has a file. The steps validate the input whole and return the events that happened;
 * {@link NominationLifecycle#TABLE} decides which step is allowed.
 */
public final class Nomination {

	public record Score(long criterionId, long reviewerId, String reviewerName, BigDecimal score) {
	}

	public record Recusal(long reviewerId, String reviewerName, String reason) {
	}

	/** An evidence file as kept: the item it is for, its name, the type it is served as, its size and SHA-256, who and when. */
	public record EvidenceFile(long id, long itemId, String name, String contentType, long size, String sha256, String uploadedByName,
			Instant uploadedAt) {
	}

	/** One line of the evidence checklist: a campaign's item, the files attached to it, and whether a required one lacks any. */
	public record EvidenceCheck(Campaign.EvidenceItem item, List<EvidenceFile> files) {

		public boolean missing() {
			return item.required() && files.isEmpty();
		}
	}

	/** A file the step attached to an item, checked, not stored yet, with who attached it. */
	record Attached(long itemId, EvidenceFiles.Checked file, Long uploadedBy, String uploadedByName) {
	}

	/** What a step needs of its context: the actor, the status it leads to, the time. */
	record Step(Actor actor, Status to, Instant now) {
	}

	private final long id;
	private final long campaignId;
	private final long nominatingUnitId;
	private final Long subjectUnitId;
	private final Long enterpriseId;
	private final String creditCode;
	private final String collectiveName;
	private final String summary;
	private final String evidence;
	private final MemberFigures figures;
	private final String eligibility;
	private final Instant submittedAt;
	private final String submittedByName;
	private Status status;
	private BigDecimal total;
	private Integer rank;
	private String rankNote;
	private final List<Score> scores;
	private final List<Recusal> recusals;
	private final List<Score> newScores = new ArrayList<>();
	private final List<Recusal> newRecusals = new ArrayList<>();
	private final List<EvidenceFile> files;
	private final List<Attached> newFiles = new ArrayList<>();
	private final List<Long> removedFiles = new ArrayList<>();
	private final int version;

	Nomination(long id, long campaignId, long nominatingUnitId, Long subjectUnitId, Long enterpriseId, String creditCode, String collectiveName,
			String summary, String evidence, MemberFigures figures, String eligibility, Instant submittedAt, String submittedByName, Status status,
			BigDecimal total, Integer rank, String rankNote, List<Score> scores, List<Recusal> recusals, List<EvidenceFile> files, int version) {
		this.id = id;
		this.campaignId = campaignId;
		this.nominatingUnitId = nominatingUnitId;
		this.subjectUnitId = subjectUnitId;
		this.enterpriseId = enterpriseId;
		this.creditCode = creditCode;
		this.collectiveName = collectiveName;
		this.summary = summary;
		this.evidence = evidence;
		this.figures = figures;
		this.eligibility = eligibility;
		this.submittedAt = submittedAt;
		this.submittedByName = submittedByName;
		this.status = status;
		this.total = total;
		this.rank = rank;
		this.rankNote = rankNote;
		this.scores = new ArrayList<>(scores);
		this.recusals = new ArrayList<>(recusals);
		this.files = new ArrayList<>(files);
		this.version = version;
	}

	// ----- steps

	List<NominationEvent> withdraw(Step step, String reason) {
		status = step.to();
		return List.of(new NominationEvent.Withdrawn(optional(reason)));
	}

	/** Refused, nothing changed, while a required item has no file: one reason per missing item, by its name. */
	List<NominationEvent> qualify(Step step, Campaign campaign) {
		List<Violation> missing = missingEvidence(campaign).stream()
			.map(item -> Violation.of("evidence", "awards.evidence.missing", item.name()))
			.toList();
		ValidationException.throwIfAny(missing);
		status = step.to();
		return List.of(new NominationEvent.Qualified());
	}

	List<NominationEvent> disqualify(Step step, String reason) {
		status = step.to();
		return List.of(new NominationEvent.Disqualified(required(reason, "reason")));
	}

	/**
	 * A file for one of the campaign's items, checked by its content, size and the nomination's count of files; refused
	 * whole with the reasons, nothing kept.
	 */
	List<NominationEvent> attachEvidence(Step step, Campaign campaign, Long itemId, String fileName, byte[] content) {
		List<Violation> violations = new ArrayList<>();
		Campaign.EvidenceItem item = itemId == null ? null : campaign.evidenceItem(itemId).orElse(null);
		if (item == null) {
			violations.add(Violation.of("item", "awards.evidence.item.unknown"));
		}
		if (files.size() >= EvidenceFiles.MAX_FILES) {
			violations.add(Violation.of("file", "awards.evidence.count", EvidenceFiles.MAX_FILES));
		}
		EvidenceFiles.Checked checked = EvidenceFiles.check(fileName, content, "file", violations);
		ValidationException.throwIfAny(violations);
		files.add(new EvidenceFile(0, item.id(), checked.name(), checked.contentType(), checked.content().length, checked.sha256(),
				step.actor().displayName(), step.now()));
		newFiles.add(new Attached(item.id(), checked, step.actor().accountId(), step.actor().displayName()));
		return List.of(new NominationEvent.EvidenceAttached(item.name(), checked.name(), checked.content().length, checked.sha256()));
	}

	/** Removes one of the nomination's files; a file of another nomination is not found here. */
	List<NominationEvent> removeEvidence(Step step, Campaign campaign, Long fileId) {
		EvidenceFile file = fileId == null ? null : files.stream().filter(f -> f.id() == fileId).findFirst().orElse(null);
		if (file == null) {
			throw new NotFoundException("evidence", fileId);
		}
		files.remove(file);
		removedFiles.add(file.id());
		String item = campaign.evidenceItem(file.itemId()).map(Campaign.EvidenceItem::name).orElse(String.valueOf(file.itemId()));
		return List.of(new NominationEvent.EvidenceRemoved(item, file.name(), file.sha256()));
	}

	List<NominationEvent> declareRecusal(Step step, String reason) {
		String text = required(reason, "reason");
		if (scoredBy(step.actor().accountId())) {
			throw new ValidationException(Violation.of("reason", "awards.recusal.already-scored"));
		}
		Recusal recusal = new Recusal(step.actor().accountId(), step.actor().displayName(), text);
		recusals.add(recusal);
		newRecusals.add(recusal);
		return List.of(new NominationEvent.RecusalDeclared(step.actor().displayName(), text));
	}

	/**
	 * A reviewer's scores for every criterion at once, each within 0 and the criterion's maximum; a reviewer of the
	 * collective's own unit ({@code ownUnit}) or one who declared a recusal is refused, nothing changed.
	 */
	List<NominationEvent> score(Step step, Campaign campaign, Map<Long, BigDecimal> given, boolean ownUnit) {
		long reviewer = step.actor().accountId();
		if (ownUnit) {
			throw new ValidationException(Violation.of("scores", "awards.score.own-unit", collectiveName));
		}
		if (recusedBy(reviewer)) {
			throw new ValidationException(Violation.of("scores", "awards.score.recused"));
		}
		if (scoredBy(reviewer)) {
			throw new ValidationException(Violation.of("scores", "awards.score.already"));
		}
		List<Violation> violations = new ArrayList<>();
		Map<Long, BigDecimal> chosen = given == null ? Map.of() : given;
		Map<Long, BigDecimal> valid = new LinkedHashMap<>();
		for (Campaign.Criterion criterion : campaign.criteria()) {
			BigDecimal value = chosen.get(criterion.id());
			String field = "score-" + criterion.id();
			if (value == null) {
				violations.add(Violation.of(field, "awards.score.required", criterion.name()));
			}
			else if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0) {
				violations.add(Violation.of(field, "awards.score.range", criterion.name(), value.stripTrailingZeros().toPlainString(), criterion.maxScore()));
			}
			else {
				valid.put(criterion.id(), value.setScale(2, RoundingMode.HALF_UP));
			}
		}
		if (chosen.keySet().stream().anyMatch(key -> campaign.criterion(key).isEmpty())) {
			violations.add(Violation.of("scores", "awards.score.unknown-criterion"));
		}
		ValidationException.throwIfAny(violations);
		valid.forEach((criterion, value) -> {
			Score score = new Score(criterion, reviewer, step.actor().displayName(), value);
			scores.add(score);
			newScores.add(score);
		});
		String words = campaign.criteria().stream()
			.map(c -> c.name() + " " + valid.get(c.id()).stripTrailingZeros().toPlainString() + "/" + c.maxScore())
			.collect(Collectors.joining("；"));
		return List.of(new NominationEvent.Scored(step.actor().displayName(), words));
	}

	List<NominationEvent> rank(Step step, int place, BigDecimal totalScore, String note) {
		status = step.to();
		rank = place;
		total = totalScore;
		rankNote = note;
		return List.of(status == Status.PROPOSED ? new NominationEvent.Proposed(place, totalScore, note)
				: new NominationEvent.PassedOver(place, totalScore, note));
	}

	List<NominationEvent> drop(Step step, long objectionId, String reason) {
		status = step.to();
		return List.of(new NominationEvent.Dropped(objectionId, required(reason, "reason")));
	}

	List<NominationEvent> award(Step step, String number) {
		status = step.to();
		return List.of(new NominationEvent.Awarded(number));
	}

	// ----- reading

	/**
	 * The collective's total: for each criterion, the mean of the reviewers' scores as a share of its maximum, times its
	 * weight; the weights add up to 100, so the total is out of 100. {@code null} while no one has scored.
	 */
	public BigDecimal total(Campaign campaign) {
		if (scores.isEmpty()) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Campaign.Criterion criterion : campaign.criteria()) {
			BigDecimal mean = criterionMean(criterion.id());
			if (mean != null) {
				sum = sum.add(mean.multiply(BigDecimal.valueOf(criterion.weight())).divide(BigDecimal.valueOf(criterion.maxScore()), 6, RoundingMode.HALF_UP));
			}
		}
		return sum.setScale(2, RoundingMode.HALF_UP);
	}

	/** The mean of the reviewers' scores on one criterion, or {@code null}. */
	public BigDecimal criterionMean(long criterionId) {
		List<BigDecimal> values = scores.stream().filter(s -> s.criterionId() == criterionId).map(Score::score).toList();
		if (values.isEmpty()) {
			return null;
		}
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
	}

	/** The campaign's evidence items in order, each with the files attached to it. */
	public List<EvidenceCheck> checklist(Campaign campaign) {
		return campaign.evidence().stream()
			.map(item -> new EvidenceCheck(item, files.stream().filter(f -> f.itemId() == item.id()).toList()))
			.toList();
	}

	/** The required items without a file yet: while there is one, the nomination does not qualify. */
	public List<Campaign.EvidenceItem> missingEvidence(Campaign campaign) {
		return checklist(campaign).stream().filter(EvidenceCheck::missing).map(EvidenceCheck::item).toList();
	}

	public List<EvidenceFile> files() {
		return List.copyOf(files);
	}

	public long reviewerCount() {
		return scores.stream().map(Score::reviewerId).distinct().count();
	}

	public boolean scoredBy(Long reviewerId) {
		return reviewerId != null && scores.stream().anyMatch(s -> s.reviewerId() == reviewerId);
	}

	public boolean recusedBy(Long reviewerId) {
		return reviewerId != null && recusals.stream().anyMatch(r -> r.reviewerId() == reviewerId);
	}

	private static String required(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new ValidationException(Violation.of(field, "awards.reason.required"));
		}
		if (text.strip().length() > 2000) {
			throw new ValidationException(Violation.of(field, "awards.text.too-long", 2000));
		}
		return text.strip();
	}

	private static String optional(String text) {
		return text == null || text.isBlank() ? null : required(text, "reason");
	}

	public long id() {
		return id;
	}

	public long campaignId() {
		return campaignId;
	}

	public long nominatingUnitId() {
		return nominatingUnitId;
	}

	public Long subjectUnitId() {
		return subjectUnitId;
	}

	public Long enterpriseId() {
		return enterpriseId;
	}

	public String creditCode() {
		return creditCode;
	}

	public String collectiveName() {
		return collectiveName;
	}

	public String summary() {
		return summary;
	}

	public String evidence() {
		return evidence;
	}

	public MemberFigures figures() {
		return figures;
	}

	/** The eligibility check's reasons as checked on submission, each rule with its threshold and the figure. */
	@SuppressWarnings("unchecked")
	public List<Eligibility.Reason> reasons() {
		List<Map<String, Object>> stored = AwardRows.read(eligibility, List.class);
		return stored.stream().map(r -> new Eligibility.Reason(Campaign.RuleKind.valueOf(String.valueOf(r.get("kind"))),
				new BigDecimal(String.valueOf(r.get("threshold"))), new BigDecimal(String.valueOf(r.get("actual"))),
				Boolean.parseBoolean(String.valueOf(r.get("passed"))))).toList();
	}

	/** The eligibility check's reasons as stored (JSON). */
	public String eligibility() {
		return eligibility;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public String submittedByName() {
		return submittedByName;
	}

	public Status status() {
		return status;
	}

	public BigDecimal storedTotal() {
		return total;
	}

	public Integer rank() {
		return rank;
	}

	public String rankNote() {
		return rankNote;
	}

	public List<Score> scores() {
		return List.copyOf(scores);
	}

	public List<Recusal> recusals() {
		return List.copyOf(recusals);
	}

	List<Score> newScores() {
		return newScores;
	}

	List<Recusal> newRecusals() {
		return newRecusals;
	}

	/** Files attached by the step, to be stored. */
	List<Attached> newFiles() {
		return newFiles;
	}

	List<Long> removedFiles() {
		return removedFiles;
	}

	public int version() {
		return version;
	}
}
