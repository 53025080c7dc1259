package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.awards.internal.AwardCommands.CreateCampaign;
import org.luoshi.awards.internal.AwardCommands.EvidenceUpload;
import org.luoshi.awards.internal.AwardCommands.FileObjection;
import org.luoshi.awards.internal.AwardCommands.Nominate;
import org.luoshi.awards.internal.AwardCommands.NewCriterion;
import org.luoshi.awards.internal.AwardCommands.NewEvidenceItem;
import org.luoshi.awards.internal.AwardCommands.NewRound;
import org.luoshi.awards.internal.AwardCommands.AwardCampaignStepInput;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.awards.internal.AwardRows.Timeline;
import org.luoshi.awards.internal.Campaign.Stage;
import org.luoshi.awards.internal.NominationLifecycle.Status;
import org.luoshi.awards.internal.NominationLifecycle.Step;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TimelineEvent;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awards' command paths, all in one transaction each: campaigns created, then edited and moved stage by stage along
 * {@link #takeCampaign} — lock the campaign with its nominations, work out the actor's side, check
 * {@link CampaignLifecycle#TABLE} and its conditions, let the {@link CampaignProcess} take the step, write it back, take
 * the nominations' steps it decided, render each event as timeline entry, audit entry and notification; nominations
 * submitted (checked whole, eligibility included) and then stepped along {@link #take} — lock the nomination, work out
 * the actor's sides, check {@link NominationLifecycle#TABLE} and the campaign's stage, let the {@link Nomination} take
 * the step, write it back, render each event likewise, re-index it; objections filed on the public page and answered
 * along {@link #takeObjection}; honours re-reviewed, downgraded, revoked along {@link #takeHonour}.
 */
@Service
@Transactional
public class AwardService {

	static final String CAMPAIGN = "award-campaign";
	static final String NOMINATION = "award-nomination";
	static final String OBJECTION = "award-objection";
	static final String HONOUR = "award-honour";
	/** Enough for any campaign's list of materials, few enough for a checklist one reads at a glance. */
	static final int MAX_EVIDENCE_ITEMS = 20;
	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final AwardRows rows;
	private final AwardAccess access;
	private final AwardSearchRecords search;
	private final OrganizationDirectory organization;
	private final EnterpriseDirectory enterprises;
	private final WorkingDays workingDays;
	private final ApplicationEventPublisher events;
	private final Times times;

	AwardService(AwardRows rows, AwardAccess access, AwardSearchRecords search, OrganizationDirectory organization, EnterpriseDirectory enterprises,
			WorkingDays workingDays, ApplicationEventPublisher events, Times times) {
		this.rows = rows;
		this.access = access;
		this.search = search;
		this.organization = organization;
		this.enterprises = enterprises;
		this.workingDays = workingDays;
		this.events = events;
		this.times = times;
	}

	// ----- campaigns

	public Campaign createCampaign(CreateCampaign c, Actor actor) {
		requireOffice(actor);
		AwardRows.NewCampaign valid = validate(c, actor, null);
		long id = rows.insert(valid);
		Campaign campaign = rows.campaign(id).orElseThrow();
		record(Timeline.CAMPAIGN, CAMPAIGN, id, campaign.title(), new CampaignEvent.Created(valid.title(), c.level().name(), c.places()), actor,
				Audience.NOBODY, null);
		search.index(campaign);
		return campaign;
	}

	/**
	 * Edits a campaign while nominations are open (the table's EDIT), checked whole by the same rules as
	 * {@link #createCampaign}; the eligibility rules stay as they are once a collective has been nominated under them.
	 * {@code version} (when given) must be the one the editor read, else 409 and nothing changed.
	 */
	public Campaign updateCampaign(long campaignId, CreateCampaign c, Integer version, Actor actor) {
		return takeCampaign(campaignId, CampaignLifecycle.Step.EDIT, actor, (campaign, step) -> {
			if (version != null && version != campaign.version()) {
				throw new ConflictException("awards.campaign.changed-meanwhile");
			}
			return campaign.edit(step, validate(c, actor, campaign.campaign()));
		});
	}

	/**
	 * The one check of a campaign, for the API and the page alike: every problem at once, each under the field it
	 * concerns ({@code criteria[i]}, {@code rounds[i]}, {@code rules[KIND]}, or the list as a whole).
	 */
	private AwardRows.NewCampaign validate(CreateCampaign c, Actor actor, Campaign existing) {
		List<Violation> violations = new ArrayList<>();
		String title = text(c.title(), "title", 100, true, violations);
		String organiser = text(c.organiser(), "organiser", 100, true, violations);
		String description = text(c.description(), "description", 2000, false, violations);
		List<Campaign.EvidenceItem> evidence = evidenceItems(c.evidence(), existing, violations);
		if (c.year() == null || c.year() < 2000 || c.year() > 2100) {
			violations.add(Violation.of("year", "awards.campaign.year.invalid"));
		}
		if (c.level() == null) {
			violations.add(Violation.of("level", "awards.campaign.level.required"));
		}
		if (c.tieRule() == null) {
			violations.add(Violation.of("tieRule", "awards.campaign.tie-rule.required"));
		}
		range(c.places(), "places", 1, 1000, violations);
		range(c.periodYears(), "periodYears", 1, 10, violations);
		range(c.noticeDays(), "noticeDays", 1, 30, violations);
		long unitId = c.unitId() != null ? c.unitId()
				: existing != null ? existing.unitId() : actor.seesWholeDistrict() ? rootUnit() : actor.scopeUnitId();
		if (organization.findUnit(unitId).isEmpty()) {
			violations.add(Violation.of("unitId", "awards.unit.unknown"));
		}
		List<Campaign.Rule> rules = new ArrayList<>();
		Map<Campaign.RuleKind, BigDecimal> typedRules = new java.util.TreeMap<>(c.rules() == null ? Map.of() : c.rules());
		typedRules.forEach((kind, threshold) -> {
			if (kind == null) {
				return;
			}
			if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(1000)) > 0
					|| (kind == Campaign.RuleKind.MIN_SHARE_UNDER_35 && threshold.compareTo(BigDecimal.valueOf(100)) > 0)) {
				violations.add(Violation.of("rules[" + kind.name() + "]", "awards.campaign.rule.invalid", kind.name()));
			}
			else {
				rules.add(new Campaign.Rule(kind, threshold));
			}
		});
		if (existing != null && !sameRules(existing.rules(), rules)
				&& rows.nominationsOf(existing.id()).stream().anyMatch(n -> n.status() != Status.WITHDRAWN)) {
			violations.add(Violation.of("rules", "awards.campaign.rules.locked"));
		}
		List<NewCriterion> criteria = c.criteria() == null ? List.of() : c.criteria();
		List<Campaign.Criterion> kept = new ArrayList<>();
		int weights = 0;
		for (int i = 0; i < criteria.size(); i++) {
			NewCriterion criterion = criteria.get(i);
			String field = "criteria[" + i + "]";
			if (criterion == null) {
				violations.add(Violation.of(field, "awards.required"));
				continue;
			}
			String name = text(criterion.name(), field, 100, true, violations);
			boolean ok = criterion.weight() != null && criterion.weight() >= 1 && criterion.weight() <= 100 && criterion.maxScore() != null
					&& criterion.maxScore() >= 1 && criterion.maxScore() <= 1000;
			if (!ok) {
				violations.add(Violation.of(field, "awards.campaign.criterion.invalid", name == null ? "" : name));
				continue;
			}
			weights += criterion.weight();
			kept.add(new Campaign.Criterion(0, kept.size() + 1, name, criterion.weight(), criterion.maxScore()));
		}
		if (criteria.isEmpty()) {
			violations.add(Violation.of("criteria", "awards.campaign.criteria.required"));
		}
		else if (kept.size() == criteria.size() && weights != 100) {
			violations.add(Violation.of("criteria", "awards.campaign.weights.sum", weights));
		}
		List<Campaign.Round> rounds = new ArrayList<>();
		List<NewRound> typedRounds = c.rounds() == null ? List.of() : c.rounds();
		for (int i = 0; i < typedRounds.size(); i++) {
			NewRound round = typedRounds.get(i);
			if (round == null || round.kind() == null || round.opensOn() == null || round.closesOn() == null
					|| round.closesOn().isBefore(round.opensOn())) {
				violations.add(Violation.of("rounds[" + i + "]", "awards.campaign.round.invalid"));
			}
			else {
				rounds.add(new Campaign.Round(round.kind(), round.opensOn(), round.closesOn(), null, null));
			}
		}
		if (rounds.stream().map(Campaign.Round::kind).distinct().count() != rounds.size()) {
			violations.add(Violation.of("rounds", "awards.campaign.round.twice"));
		}
		ValidationException.throwIfAny(violations);
		return new AwardRows.NewCampaign(title, c.year(), c.level(), organiser, unitId, description, evidence, c.places(), c.periodYears(),
				c.tieRule(), c.noticeDays(), rules, kept, rounds, actor.accountId(), times.now());
	}

	/**
	 * The evidence items as declared, each problem under its entry ({@code evidence[i]}: a name missing, too long or
	 * twice) or the list ({@code evidence}: too many; an item a file was attached to, no longer named). An item keeps its
	 * files by keeping its name; its flag and place may change. A name kept from before is not measured again: a
	 * campaign's old free text became one item of up to 1000 characters (V3), and it must stay editable.
	 */
	private List<Campaign.EvidenceItem> evidenceItems(List<NewEvidenceItem> typed, Campaign existing, List<Violation> violations) {
		List<NewEvidenceItem> items = typed == null ? List.of() : typed;
		if (items.size() > MAX_EVIDENCE_ITEMS) {
			violations.add(Violation.of("evidence", "awards.campaign.evidence.too-many", MAX_EVIDENCE_ITEMS));
		}
		Set<String> before = existing == null ? Set.of()
				: existing.evidence().stream().map(Campaign.EvidenceItem::name).collect(Collectors.toSet());
		Set<String> names = new HashSet<>();
		List<Campaign.EvidenceItem> kept = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			NewEvidenceItem item = items.get(i);
			String field = "evidence[" + i + "]";
			String typedName = item == null || item.name() == null ? null : item.name().strip();
			String name = text(typedName, field, before.contains(typedName) ? 1000 : 100, true, violations);
			if (name == null) {
				continue;
			}
			if (!names.add(name)) {
				violations.add(Violation.of(field, "awards.campaign.evidence.twice", name));
				continue;
			}
			kept.add(new Campaign.EvidenceItem(0, kept.size() + 1, name, Boolean.TRUE.equals(item.required())));
		}
		if (existing != null) {
			Set<Long> withFiles = rows.evidenceItemsWithFiles(existing.id());
			existing.evidence().stream()
				.filter(item -> withFiles.contains(item.id()) && !names.contains(item.name()))
				.forEach(item -> violations.add(Violation.of("evidence", "awards.campaign.evidence.has-files", item.name())));
		}
		return kept;
	}

	private static boolean sameRules(List<Campaign.Rule> a, List<Campaign.Rule> b) {
		Map<Campaign.RuleKind, BigDecimal> left = new java.util.TreeMap<>();
		a.forEach(r -> left.put(r.kind(), r.threshold().stripTrailingZeros()));
		Map<Campaign.RuleKind, BigDecimal> right = new java.util.TreeMap<>();
		b.forEach(r -> right.put(r.kind(), r.threshold().stripTrailingZeros()));
		return left.equals(right);
	}

	/**
	 * Takes one of the campaign's steps ({@link CampaignLifecycle}); editing is {@link #updateCampaign}, with the whole
	 * settings. {@code input}: the reason for opening nominations again ({@code text}); the notice's first day or the day
	 * the results were published ({@code on}, today when empty).
	 */
	public Campaign takeCampaign(long campaignId, CampaignLifecycle.Step step, AwardCampaignStepInput input, Actor actor) {
		AwardCampaignStepInput given = input == null ? AwardCampaignStepInput.none() : input;
		return takeCampaign(campaignId, step, actor, (campaign, s) -> switch (step) {
			case EDIT -> throw new ValidationException(Violation.of("step", "awards.campaign.edit.needs-settings"));
			case CLOSE_NOMINATIONS -> campaign.closeNominations(s);
			case REOPEN_NOMINATIONS -> campaign.reopenNominations(s, given.text());
			case OPEN_SCORING -> campaign.openScoring(s, access.accountsHolding(Permissions.AWARDS_REVIEW));
			case CONFIRM_RANKING -> campaign.confirmRanking(s);
			case START_NOTICE -> campaign.startNotice(s, given.on(), workingDays.calendar());
			case FINALISE -> campaign.finalise(s, given.on());
		});
	}

	/**
	 * Confirms the campaign's current round — closes the nominations, confirms the qualification check or the ranking —
	 * the step {@link CampaignLifecycle#confirming} names for its stage; 409 in a stage without a round to confirm.
	 */
	public Campaign confirmRound(long campaignId, Actor actor) {
		Campaign campaign = rows.campaign(campaignId).filter(c -> access.readsCampaigns(actor))
			.orElseThrow(() -> new NotFoundException("campaign", campaignId));
		CampaignLifecycle.Step step = CampaignLifecycle.confirming(campaign.stage())
			.orElseThrow(() -> new ConflictException("awards.campaign.no-round-to-confirm"));
		return takeCampaign(campaignId, step, null, actor);
	}

	/** Starts the public notice on {@code from} (today when {@code null}): the table's START_NOTICE. */
	public Campaign startNotice(long campaignId, LocalDate from, Actor actor) {
		return takeCampaign(campaignId, CampaignLifecycle.Step.START_NOTICE, new AwardCampaignStepInput(null, from), actor);
	}

	/** Publishes the results today: the table's FINALISE. */
	public Campaign finalise(long campaignId, Actor actor) {
		return finalise(campaignId, null, actor);
	}

	/** The same, on the day the results were published ({@code null}: today), e.g. on paper before the platform. */
	public Campaign finalise(long campaignId, LocalDate publishedOn, Actor actor) {
		return takeCampaign(campaignId, CampaignLifecycle.Step.FINALISE, new AwardCampaignStepInput(null, publishedOn), actor);
	}

	/** A campaign step's work on the locked process: validate the input, change the process, say what happened. */
	@FunctionalInterface
	interface CampaignWork {
		List<CampaignEvent> apply(CampaignProcess campaign, CampaignProcess.Step step);
	}

	/**
	 * The one way a campaign takes a step: load it whole and lock it (with its nominations); not readable → 404; work out
	 * the actor's side; check {@link CampaignLifecycle} (409 with the refusal's words, 403); let the process take the
	 * step; write it back; then per event the nominations' steps it decided (proposed or passed over; awarded, with their
	 * honours), its timeline entry, audit entry and notification; re-index it.
	 */
	private Campaign takeCampaign(long campaignId, CampaignLifecycle.Step stepName, Actor actor, CampaignWork work) {
		Campaign loaded = rows.lockCampaign(campaignId).filter(c -> access.readsCampaigns(actor))
			.orElseThrow(() -> new NotFoundException("campaign", campaignId));
		CampaignProcess campaign = new CampaignProcess(loaded, rows.lockNominationsOf(campaignId), rows.objectionsOf(campaignId));
		Set<CampaignLifecycle.Side> sides = access.sides(actor);
		LocalDate today = times.today();
		Rule<Stage, CampaignLifecycle.Step, CampaignLifecycle.Side> rule = CampaignLifecycle.check(stepName, campaign, sides, today);
		List<CampaignEvent> happened = work.apply(campaign, new CampaignProcess.Step(actor, rule.after(campaign.stage()), times.now(), today));
		rows.save(campaign);
		Campaign saved = rows.campaign(campaignId).orElseThrow();
		for (CampaignEvent event : happened) {
			takeDecidedSteps(event, saved, actor);
			record(Timeline.CAMPAIGN, CAMPAIGN, campaignId, saved.title(), event, actor, event.audience(campaign), "/awards/campaigns/" + campaignId);
		}
		search.index(saved);
		return saved;
	}

	/** The nominations' own steps that a campaign's step decided, each along the nomination's command path. */
	private void takeDecidedSteps(CampaignEvent event, Campaign campaign, Actor actor) {
		if (event instanceof CampaignEvent.RankingConfirmed ranking) {
			for (Ranking.Place place : ranking.places()) {
				take(place.nomination().id(), place.proposed() ? Step.PROPOSE : Step.PASS_OVER, actor,
						(n, s) -> n.rank(s, place.rank(), place.total(), place.note()));
			}
		}
		else if (event instanceof CampaignEvent.Finalised results) {
			for (long nominationId : results.proposed()) {
				String number = campaign.year() + "-" + campaign.id() + "-" + nominationId;
				Nomination awarded = take(nominationId, Step.AWARD, actor, (n, s) -> n.award(s, number));
				long honourId = rows.insertHonour(awarded, campaign, results.publishedOn(), number);
				Honour honour = rows.honour(honourId).orElseThrow();
				record(Timeline.HONOUR, HONOUR, honourId, honour.collectiveName(), new HonourLifecycle.Event.Granted(honour.title(), honour.level().name(),
						honour.validUntil().toString()), actor, Audience.NOBODY, null);
				search.index(honour);
			}
		}
	}

	// ----- nominations

	public Nomination nominate(Nominate command, Actor actor) {
		return nominate(command, List.of(), actor);
	}

	/**
	 * Submits a nomination, checked whole: the unit may be nominated by the actor, the members' figures are computed from
	 * their birth dates, the campaign's eligibility rules hold — an ineligible collective is refused with each failed
	 * rule's reason, nothing stored — and the evidence files sent with it are what they claim to be (each problem under
	 * {@code file-<itemId>}). The files are then attached along the nomination's own command path, one step each, after
	 * its submission.
	 */
	public Nomination nominate(Nominate command, List<EvidenceUpload> uploads, Actor actor) {
		Campaign campaign = command.campaignId() == null ? null : rows.shareCampaign(command.campaignId()).orElse(null);
		if (campaign == null || !access.readsCampaigns(actor)) {
			throw new NotFoundException("campaign", command.campaignId());
		}
		if (campaign.stage() != Stage.NOMINATION) {
			throw new ConflictException("awards.campaign.nominations-closed");
		}
		List<Violation> violations = new ArrayList<>();
		Long nominating = command.nominatingUnitId() != null ? command.nominatingUnitId()
				: actor.seesWholeDistrict() ? null : actor.scopeUnitId();
		if (nominating == null || organization.findUnit(nominating).isEmpty()) {
			violations.add(Violation.of("nominatingUnitId", "awards.nomination.unit.required"));
		}
		else if (!access.nominatesFor(nominating, actor)) {
			throw new AccessDeniedException("nominate for unit " + nominating);
		}
		Long subjectUnit = null;
		Long enterpriseId = null;
		String creditCode = null;
		String name = text(command.collectiveName(), "collectiveName", 100, false, violations);
		boolean byCode = command.creditCode() != null && !command.creditCode().isBlank();
		if (byCode) {
			CreditCode.Reading reading = CreditCode.read(command.creditCode(), "creditCode");
			if (!reading.valid()) {
				violations.addAll(reading.errors());
			}
			else {
				creditCode = reading.orThrow().value();
				EnterpriseSummary enterprise = enterprises.findByCreditCode(creditCode).orElse(null);
				if (enterprise != null) {
					if (!access.manages(actor) && !enterprises.isVisibleTo(enterprise.id(), actor)) {
						violations.add(Violation.of("creditCode", "awards.nomination.enterprise.not-yours"));
					}
					enterpriseId = enterprise.id();
				}
				else if (!access.manages(actor)) {
					violations.add(Violation.of("creditCode", "awards.nomination.enterprise.unknown"));
				}
				if (name == null) {
					violations.add(Violation.of("collectiveName", "awards.nomination.name.required"));
				}
			}
		}
		else if (command.subjectUnitId() == null) {
			violations.add(Violation.of("subjectUnitId", "awards.nomination.subject.required"));
		}
		else {
			UnitSummary unit = organization.findUnit(command.subjectUnitId()).orElse(null);
			if (unit == null || nominating != null && !organization.subtreeIds(nominating).contains(unit.id())) {
				violations.add(Violation.of("subjectUnitId", "awards.nomination.subject.not-in-subtree"));
			}
			else {
				subjectUnit = unit.id();
				name = name != null ? name : unit.name();
			}
		}
		String summary = text(command.summary(), "summary", 4000, false, violations);
		String evidence = text(command.evidence(), "evidence", 2000, false, violations);
		LocalDate reference = campaign.round(Campaign.RoundKind.NOMINATION).map(Campaign.Round::closesOn).orElse(times.today());
		MemberFigures figures = null;
		try {
			figures = MemberFigures.of(command.birthDates(), reference);
		}
		catch (ValidationException e) {
			violations.addAll(e.violations());
		}
		List<EvidenceUpload> files = uploads == null ? List.of() : uploads;
		for (EvidenceUpload upload : files) {
			String field = "file-" + upload.itemId();
			if (upload.itemId() == null || campaign.evidenceItem(upload.itemId()).isEmpty()) {
				violations.add(Violation.of(field, "awards.evidence.item.unknown"));
			}
			EvidenceFiles.check(upload.fileName(), upload.content(), field, violations);
		}
		if (files.size() > EvidenceFiles.MAX_FILES) {
			violations.add(Violation.of("evidence", "awards.evidence.count", EvidenceFiles.MAX_FILES));
		}
		ValidationException.throwIfAny(violations);
		Long unitForRules = subjectUnit;
		String codeForRules = creditCode;
		List<Eligibility.Reason> reasons = Eligibility.check(campaign.rules(), figures,
				years -> rows.revocationsWithin(unitForRules, codeForRules, years, times.today()));
		List<Violation> failed = reasons.stream().filter(r -> !r.passed())
			.map(r -> Violation.of("eligibility", r.messageKey(), r.arguments()))
			.toList();
		ValidationException.throwIfAny(failed);
		boolean twice = rows.nominationsOf(campaign.id()).stream()
			.filter(n -> n.status() != Status.WITHDRAWN)
			.anyMatch(n -> unitForRules != null && unitForRules.equals(n.subjectUnitId()) || codeForRules != null && codeForRules.equals(n.creditCode()));
		if (twice) {
			throw new ValidationException(Violation.of("subjectUnitId", "awards.nomination.duplicate", name));
		}
		Instant now = times.now();
		List<Map<String, Object>> stored = reasons.stream().map(r -> {
			Map<String, Object> reason = new LinkedHashMap<>();
			reason.put("kind", r.kind().name());
			reason.put("threshold", r.threshold().toPlainString());
			reason.put("actual", r.actual().toPlainString());
			reason.put("passed", r.passed());
			return reason;
		}).toList();
		long id = rows.insert(new AwardRows.NewNomination(campaign.id(), nominating, subjectUnit, enterpriseId, creditCode, name, summary, evidence,
				figures, AwardRows.json(stored), actor.accountId(), actor.displayName(), now));
		Nomination nomination = rows.nomination(id).orElseThrow();
		record(Timeline.NOMINATION, NOMINATION, id, name, new NominationEvent.Submitted(name, figures.members(), figures.under35(), figures.averageAge()),
				actor, Audience.units(campaign.unitId()), "/awards/nominations/" + id);
		search.index(nomination, campaign);
		for (EvidenceUpload upload : files) {
			nomination = take(id, Step.ATTACH_EVIDENCE, actor,
					(n, s) -> n.attachEvidence(s, campaign, upload.itemId(), upload.fileName(), upload.content()));
		}
		return nomination;
	}

	/** Checks a would-be nomination's eligibility without storing anything: what the form shows as one types. */
	@Transactional(readOnly = true)
	public List<Eligibility.Reason> preview(long campaignId, String birthDates) {
		Campaign campaign = rows.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
		LocalDate reference = campaign.round(Campaign.RoundKind.NOMINATION).map(Campaign.Round::closesOn).orElse(times.today());
		return Eligibility.check(campaign.rules(), MemberFigures.of(birthDates, reference), years -> 0);
	}

	/**
	 * Takes a person's step on a nomination (not the ranking's or the results', which the campaign takes, nor attaching or
	 * removing a file, which carry the file: {@link #attachEvidence}, {@link #removeEvidence}).
	 */
	public Nomination take(long nominationId, Step step, AwardStepInput input, Actor actor) {
		AwardStepInput given = input == null ? AwardStepInput.none() : input;
		if (step == Step.PROPOSE || step == Step.PASS_OVER || step == Step.AWARD) {
			throw new ConflictException("awards.nomination.step.by-campaign");
		}
		if (step == Step.ATTACH_EVIDENCE || step == Step.REMOVE_EVIDENCE) {
			throw new ConflictException("awards.nomination.step.by-evidence");
		}
		Nomination current = visibleNomination(nominationId, actor);
		boolean own = step == Step.SCORE && access.automaticallyRecused(current, actor);
		return take(nominationId, step, actor, (n, s) -> switch (step) {
			case WITHDRAW -> n.withdraw(s, given.text());
			case QUALIFY -> n.qualify(s, campaignOf(n));
			case DISQUALIFY -> n.disqualify(s, given.text());
			case DECLARE_RECUSAL -> n.declareRecusal(s, given.text());
			case SCORE -> n.score(s, campaignOf(n), given.scores(), own);
			case DROP -> n.drop(s, objectionFor(n, given.objectionId()), given.text());
			case PROPOSE, PASS_OVER, AWARD, ATTACH_EVIDENCE, REMOVE_EVIDENCE -> throw new IllegalStateException();
		});
	}

	/**
	 * The nominating unit attaches a file to one of the campaign's evidence items (ATTACH_EVIDENCE: while the nomination
	 * is submitted and nominations are open), checked by its content, its size and the nomination's count of files.
	 * Returns the file as stored: the newest of the nomination's, which stays locked until the file is in.
	 */
	public Nomination.EvidenceFile attachEvidence(long nominationId, EvidenceUpload upload, Actor actor) {
		visibleNomination(nominationId, actor);
		Nomination saved = take(nominationId, Step.ATTACH_EVIDENCE, actor,
				(n, s) -> n.attachEvidence(s, campaignOf(n), upload.itemId(), upload.fileName(), upload.content()));
		return saved.files().stream().max(Comparator.comparingLong(Nomination.EvidenceFile::id)).orElseThrow();
	}

	/** The nominating unit removes one of its files (REMOVE_EVIDENCE: in the same status and round as attaching). */
	public Nomination removeEvidence(long nominationId, long fileId, Actor actor) {
		visibleNomination(nominationId, actor);
		return take(nominationId, Step.REMOVE_EVIDENCE, actor, (n, s) -> n.removeEvidence(s, campaignOf(n), fileId));
	}

	/** The nomination if the actor sees it: one not seen is not found, like one that does not exist. */
	private Nomination visibleNomination(long nominationId, Actor actor) {
		return rows.nomination(nominationId).filter(n -> access.sees(n, actor)).orElseThrow(() -> new NotFoundException("nomination", nominationId));
	}

	@FunctionalInterface
	interface StepWork {
		List<NominationEvent> apply(Nomination nomination, Nomination.Step step);
	}

	/** The one way a nomination takes a step. */
	private Nomination take(long nominationId, Step stepName, Actor actor, StepWork work) {
		Nomination nomination = rows.lockNomination(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
		Campaign campaign = campaignOf(nomination);
		Set<NominationLifecycle.Side> sides = access.sides(nomination, actor);
		Rule<Status, Step, NominationLifecycle.Side> rule = NominationLifecycle.check(stepName, nomination, campaign, sides);
		Instant now = times.now();
		List<NominationEvent> happened = work.apply(nomination, new Nomination.Step(actor, rule.after(nomination.status()), now));
		rows.save(nomination, now);
		for (NominationEvent event : happened) {
			record(Timeline.NOMINATION, NOMINATION, nomination.id(), nomination.collectiveName(), event, actor, event.audience(nomination),
					"/awards/nominations/" + nomination.id());
		}
		Nomination saved = rows.nomination(nominationId).orElseThrow();
		search.index(saved, campaign);
		return saved;
	}

	/** What the actor may do on the nomination now, from the table. */
	@Transactional(readOnly = true)
	public Set<Step> actions(Nomination nomination, Actor actor) {
		return NominationLifecycle.actions(nomination, campaignOf(nomination), access.sides(nomination, actor), actor.accountId(),
				access.automaticallyRecused(nomination, actor));
	}

	private long objectionFor(Nomination nomination, Long objectionId) {
		Objection objection = objectionId == null ? null : rows.objection(objectionId).orElse(null);
		if (objection == null || objection.nominationId() != nomination.id() || !Boolean.TRUE.equals(objection.upheld())) {
			throw new ValidationException(Violation.of("objectionId", "awards.nomination.drop.needs-upheld-objection"));
		}
		return objection.id();
	}

	// ----- objections

	/**
	 * Files an objection on the public notice page: against a proposed winner of a campaign whose notice runs today, with
	 * the words and a contact (name and phone). After the notice period: refused, nothing stored.
	 */
	public Objection fileObjection(long campaignId, FileObjection command) {
		Campaign campaign = rows.campaign(campaignId).filter(c -> c.stage() == Stage.NOTICE || c.stage() == Stage.FINAL)
			.orElseThrow(() -> new NotFoundException("campaign", campaignId));
		LocalDate today = times.today();
		if (!campaign.noticeOpenOn(today)) {
			throw new ValidationException(Violation.of("text", "awards.objection.notice-over", campaign.noticeFrom(), campaign.noticeUntil()));
		}
		List<Violation> violations = new ArrayList<>();
		Nomination nomination = command.nominationId() == null ? null
				: rows.nomination(command.nominationId()).filter(n -> n.campaignId() == campaignId && n.status() == Status.PROPOSED).orElse(null);
		if (nomination == null) {
			violations.add(Violation.of("nominationId", "awards.objection.nomination.required"));
		}
		String text = text(command.text(), "text", 2000, true, violations);
		String name = text(command.contactName(), "contactName", 50, true, violations);
		String phone = text(command.contactPhone(), "contactPhone", 20, true, violations);
		if (phone != null) {
			ContactRules.phone(violations, "contactPhone", phone);
		}
		ValidationException.throwIfAny(violations);
		String code = code();
		long id = rows.insertObjection(campaignId, nomination.id(), text, name, phone, code, times.now());
		Actor visitor = new Actor(null, "public", name, Actor.NO_UNIT, Set.of());
		record(Timeline.OBJECTION, OBJECTION, id, nomination.collectiveName(), new ObjectionLifecycle.Event.Filed(nomination.collectiveName(), name, text),
				visitor, Audience.units(campaign.unitId()), "/awards/objections/" + id);
		Objection objection = rows.objection(id).orElseThrow();
		search.index(objection, campaign);
		return objection;
	}

	/** The awards office investigates or answers an objection (upheld or not), on the record. */
	public Objection takeObjection(long objectionId, ObjectionLifecycle.Step step, AwardStepInput input, Actor actor) {
		AwardStepInput given = input == null ? AwardStepInput.none() : input;
		if (!access.seesObjections(actor)) {
			throw new NotFoundException("objection", objectionId);
		}
		Objection objection = rows.lockObjection(objectionId).orElseThrow(() -> new NotFoundException("objection", objectionId));
		Set<ObjectionLifecycle.Side> sides = EnumSet.of(ObjectionLifecycle.Side.OFFICE);
		Rule<ObjectionLifecycle.Status, ObjectionLifecycle.Step, ObjectionLifecycle.Side> rule = ObjectionLifecycle.check(step, objection.status(), sides);
		ObjectionLifecycle.Status to = rule.after(objection.status());
		ObjectionLifecycle.Event event;
		if (step == ObjectionLifecycle.Step.INVESTIGATE) {
			List<Violation> violations = new ArrayList<>();
			String note = text(given.text(), "text", 2000, false, violations);
			ValidationException.throwIfAny(violations);
			rows.saveObjection(objectionId, objection.version(), to, null, null, null);
			event = new ObjectionLifecycle.Event.InvestigationStarted(note);
		}
		else {
			List<Violation> violations = new ArrayList<>();
			String answer = text(given.text(), "text", 2000, true, violations);
			if (given.upheld() == null) {
				violations.add(Violation.of("upheld", "awards.objection.upheld.required"));
			}
			ValidationException.throwIfAny(violations);
			rows.saveObjection(objectionId, objection.version(), to, given.upheld(), answer, times.now());
			event = new ObjectionLifecycle.Event.Answered(given.upheld(), answer);
		}
		record(Timeline.OBJECTION, OBJECTION, objectionId, objection.collectiveName(), event, actor, Audience.NOBODY, null);
		Objection saved = rows.objection(objectionId).orElseThrow();
		search.index(saved, rows.campaign(saved.campaignId()).orElseThrow());
		return saved;
	}

	// ----- honours

	public Honour takeHonour(long honourId, HonourLifecycle.Step step, AwardStepInput input, Actor actor) {
		AwardStepInput given = input == null ? AwardStepInput.none() : input;
		if (!access.manages(actor)) {
			throw new AccessDeniedException(step + " on honour " + honourId);
		}
		Honour honour = rows.lockHonour(honourId).orElseThrow(() -> new NotFoundException("honour", honourId));
		Rule<HonourLifecycle.Status, HonourLifecycle.Step, HonourLifecycle.Side> rule = HonourLifecycle.check(step, honour.status(),
				EnumSet.of(HonourLifecycle.Side.OFFICE));
		List<Violation> violations = new ArrayList<>();
		String reason = text(given.text(), "text", 2000, step != HonourLifecycle.Step.RE_REVIEW, violations);
		HonourLifecycle.Event event;
		Campaign.Level level = honour.level();
		LocalDate nextReview = honour.nextReviewOn();
		switch (step) {
			case RE_REVIEW -> {
				ValidationException.throwIfAny(violations);
				nextReview = times.today().plusYears(1);
				event = new HonourLifecycle.Event.ReReviewed(nextReview.toString(), reason);
			}
			case DOWNGRADE -> {
				if (given.level() == null || given.level().ordinal() >= honour.level().ordinal()) {
					violations.add(Violation.of("level", "awards.honour.downgrade.lower-level"));
				}
				ValidationException.throwIfAny(violations);
				level = given.level();
				event = new HonourLifecycle.Event.Downgraded(honour.level().name(), level.name(), reason);
			}
			default -> {
				ValidationException.throwIfAny(violations);
				event = new HonourLifecycle.Event.Revoked(reason);
			}
		}
		rows.saveHonour(honourId, honour.version(), rule.after(honour.status()), level, nextReview, step == HonourLifecycle.Step.RE_REVIEW ? null : reason);
		record(Timeline.HONOUR, HONOUR, honourId, honour.collectiveName(), event, actor, Audience.units(honour.unitId()), "/awards/honours/" + honourId);
		Honour saved = rows.honour(honourId).orElseThrow();
		search.index(saved);
		return saved;
	}

	/**
	 * The scheduled job's step: reminds the awards office (every account holding {@code awards:manage}) that the honour's
	 * re-review falls due, as a step of the honour's table (REMIND_REVIEW, the system's side) — on its timeline, in the
	 * audit trail and a notification — once per review date. Returns whether a reminder went out.
	 */
	boolean remindReview(long honourId, List<Long> officeAccounts) {
		Honour honour = rows.lockHonour(honourId).orElseThrow(() -> new NotFoundException("honour", honourId));
		if (HonourLifecycle.TABLE.check(HonourLifecycle.Step.REMIND_REVIEW, honour.status(), EnumSet.of(HonourLifecycle.Side.SYSTEM))
				!= org.luoshi.shared.lifecycle.TransitionTable.Verdict.ALLOWED) {
			return false;
		}
		rows.markReviewReminded(honourId, honour.nextReviewOn());
		record(Timeline.HONOUR, HONOUR, honourId, honour.collectiveName(), new HonourLifecycle.Event.ReviewDue(honour.nextReviewOn().toString()),
				Actor.SYSTEM, new Audience(Set.of(), new java.util.LinkedHashSet<>(officeAccounts)), "/awards/honours/" + honourId);
		return true;
	}

	// ----- recording

	/** Renders an event as its timeline entry, audit entry and (for an audience) notification. */
	private void record(Timeline timeline, String targetType, long id, String label, TimelineEvent event, Actor actor, Audience audience, String link) {
		long entryId = rows.append(timeline, id, event, actor.accountId(), actor.displayName(), times.now());
		events.publishEvent(RecordChanged.of(event.action(), targetType, id, label, event.changes()));
		if (!audience.isEmpty() && link != null) {
			events.publishEvent(new NotificationRequest(targetType + "-event:" + entryId, audience.unitIds(), audience.accountIds(), actor.accountId(),
					"awards.notify." + event.kind(), List.of(label), event.text(), link));
		}
	}

	// ----- helpers

	Campaign campaignOf(Nomination nomination) {
		return rows.campaign(nomination.campaignId()).orElseThrow();
	}

	private void requireOffice(Actor actor) {
		if (!access.manages(actor)) {
			throw new AccessDeniedException("awards office");
		}
	}

	private long rootUnit() {
		return organization.allUnits().get(0).id();
	}

	private static void range(Integer value, String field, int min, int max, List<Violation> violations) {
		if (value == null || value < min || value > max) {
			violations.add(Violation.of(field, "awards.range", String.valueOf(min), String.valueOf(max)));
		}
	}

	static String text(String value, String field, int max, boolean required, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(Violation.of(field, "awards.required"));
			}
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			violations.add(Violation.of(field, "awards.text.too-long", max));
		}
		return text;
	}

	static String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	static Comparator<Nomination> bySubmission() {
		return Comparator.comparing(Nomination::submittedAt).thenComparing(Nomination::id);
	}
}
