package org.luoshi.legalservice.requests.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.luoshi.legalservice.Conflict;
import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.requests.LegalRequestDetails.AidReason;
import org.luoshi.legalservice.requests.LegalRequestDetails.LegalSlot;
import org.luoshi.legalservice.requests.LegalRequestStatus;
import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.legalservice.requests.RequestChannel;
import org.luoshi.legalservice.requests.RequesterKind;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A request for a public legal service at a park's point, loaded whole and locked by the command path. Its life is
 * {@link LegalRequestLifecycle}'s table: made online or at the counter, it waits in the point's queue or for its
 * appointment; called, it is in service — referred to another service of the point (the same ticket, history and clock),
 * given to a practitioner after the conflict check, screened for legal aid, mediated — until closed with its outcome and
 * rated; or withdrawn before.
 *
 * <p>Each step checks its input whole, changes the request and returns what happened as {@link LegalRequestEvent}s;
 * the status it leads to comes from the table ({@link Step#to}). Refused, it has changed nothing.
 */
final class LegalRequest {

	static final int MAX_TEXT = 2000;

	/** What every step is given: who, to which status, when. */
	record Step(Actor actor, LegalRequestStatus to, Instant now, LocalDate today, ZoneId zone) {
	}

	/** The request's fields as stored; the aggregate's own state. */
	record Row(long id, long pointId, String serviceCode, RequestChannel channel, LocalDate ticketDay, int ticketSeq, RequesterKind requesterKind,
			Long enterpriseId, Long requesterAccountId, String requesterName, String phone, String email, boolean emailVerified, String idNumber,
			String address, String matter, LegalRequestStatus status, Instant requestedAt, Instant calledAt, Long slotId, Long practitionerId,
			int referralCount, BigDecimal aidIncome, Integer aidHouseholdSize, String aidCaseType, Boolean aidEligible, List<AidReason> aidReasons,
			String aidOverrideReason, Boolean aidGranted, MediationOutcome mediationOutcome, String agreement, String judicialConfirmation,
			String outcome, Instant closedAt, Integer rating, String ratingComment, Instant ratedAt, Long createdBy, String createdByName,
			int sessionCount, int version) {
	}

	private final long id;
	private final long pointId;
	private final RequestChannel channel;
	private final LocalDate ticketDay;
	private final int ticketSeq;
	private final RequesterKind requesterKind;
	private final Long enterpriseId;
	private final Long requesterAccountId;
	private final String requesterName;
	private final String phone;
	private final String email;
	private final boolean emailVerified;
	private final String idNumber;
	private final String address;
	private final String matter;
	private final Instant requestedAt;
	private final Long createdBy;
	private final String createdByName;
	private final int version;

	private String serviceCode;
	private LegalRequestStatus status;
	private Instant calledAt;
	private Long slotId;
	private Long practitionerId;
	private int referralCount;
	private BigDecimal aidIncome;
	private Integer aidHouseholdSize;
	private String aidCaseType;
	private Boolean aidEligible;
	private List<AidReason> aidReasons;
	private String aidOverrideReason;
	private Boolean aidGranted;
	private MediationOutcome mediationOutcome;
	private String agreement;
	private String judicialConfirmation;
	private String outcome;
	private Instant closedAt;
	private Integer rating;
	private String ratingComment;
	private Instant ratedAt;
	private int sessionCount;

	LegalRequest(Row row) {
		this.id = row.id();
		this.pointId = row.pointId();
		this.serviceCode = row.serviceCode();
		this.channel = row.channel();
		this.ticketDay = row.ticketDay();
		this.ticketSeq = row.ticketSeq();
		this.requesterKind = row.requesterKind();
		this.enterpriseId = row.enterpriseId();
		this.requesterAccountId = row.requesterAccountId();
		this.requesterName = row.requesterName();
		this.phone = row.phone();
		this.email = row.email();
		this.emailVerified = row.emailVerified();
		this.idNumber = row.idNumber();
		this.address = row.address();
		this.matter = row.matter();
		this.status = row.status();
		this.requestedAt = row.requestedAt();
		this.calledAt = row.calledAt();
		this.slotId = row.slotId();
		this.practitionerId = row.practitionerId();
		this.referralCount = row.referralCount();
		this.aidIncome = row.aidIncome();
		this.aidHouseholdSize = row.aidHouseholdSize();
		this.aidCaseType = row.aidCaseType();
		this.aidEligible = row.aidEligible();
		this.aidReasons = row.aidReasons();
		this.aidOverrideReason = row.aidOverrideReason();
		this.aidGranted = row.aidGranted();
		this.mediationOutcome = row.mediationOutcome();
		this.agreement = row.agreement();
		this.judicialConfirmation = row.judicialConfirmation();
		this.outcome = row.outcome();
		this.closedAt = row.closedAt();
		this.rating = row.rating();
		this.ratingComment = row.ratingComment();
		this.ratedAt = row.ratedAt();
		this.createdBy = row.createdBy();
		this.createdByName = row.createdByName();
		this.sessionCount = row.sessionCount();
		this.version = row.version();
	}

	// ----- the steps

	List<LegalRequestEvent> call(Step step) {
		status = step.to();
		calledAt = step.now();
		return List.of(new LegalRequestEvent.Called(ticket()));
	}

	/**
	 * To another service the same point offers: the ticket, the timeline and the clock ({@link #requestedAt}) stay as
	 * they are. Refused, with the point's and service's names, when the point does not offer it.
	 */
	List<LegalRequestEvent> refer(Step step, LegalServiceType target, String targetCode, ServicePoint point, String reason) {
		List<Violation> violations = new ArrayList<>();
		if (targetCode == null || targetCode.isBlank()) {
			violations.add(Violation.of("serviceCode", "legal.request.refer.service.required"));
		}
		else if (target == null || !target.active()) {
			violations.add(Violation.of("serviceCode", "legal.request.service.unknown"));
		}
		else if (target.code().equals(serviceCode)) {
			violations.add(Violation.of("serviceCode", "legal.request.refer.same"));
		}
		else if (!point.offers(target.code())) {
			violations.add(Violation.of("serviceCode", "legal.request.refer.not-offered", point.name(), target.name()));
		}
		String why = optional(reason, "text", violations);
		ValidationException.throwIfAny(violations);
		String from = serviceCode;
		serviceCode = target.code();
		referralCount++;
		return List.of(new LegalRequestEvent.Referred(from, target.code(), referralCount, why));
	}

	/** An appointment in {@code slot}, a slot of the request's point still to come and not full. */
	List<LegalRequestEvent> schedule(Step step, Long requestedSlotId, LegalSlot slot) {
		List<Violation> violations = new ArrayList<>();
		if (requestedSlotId == null) {
			violations.add(Violation.of("slotId", "legal.request.slot.required"));
		}
		else if (slot == null || slot.pointId() != pointId) {
			violations.add(Violation.of("slotId", "legal.request.slot.unknown"));
		}
		else if (!slot.startsAt().isAfter(step.now())) {
			violations.add(Violation.of("slotId", "legal.request.slot.past"));
		}
		else if (slotId != null && slotId == slot.id()) {
			violations.add(Violation.of("slotId", "legal.request.slot.same"));
		}
		else if (slot.full()) {
			violations.add(Violation.of("slotId", "legal.request.slot.full", String.valueOf(slot.capacity())));
		}
		ValidationException.throwIfAny(violations);
		Long previous = slotId;
		slotId = slot.id();
		status = step.to();
		return List.of(new LegalRequestEvent.Scheduled(slot.id(), slot.startsAt().atZone(step.zone()).toLocalDateTime().toString().replace('T', ' '),
				previous));
	}

	/**
	 * A practitioner takes the case: refused when they, or a colleague of their provider, acted for one of the other
	 * parties ({@code conflicts}), each conflict told.
	 */
	List<LegalRequestEvent> assign(Step step, Long requestedId, Practitioner practitioner, List<Conflict> conflicts) {
		if (requestedId == null) {
			throw new ValidationException(Violation.of("practitionerId", "legal.request.practitioner.required"));
		}
		if (practitioner == null || !practitioner.active()) {
			throw new ValidationException(Violation.of("practitionerId", "legal.request.practitioner.unknown"));
		}
		if (practitionerId != null && practitionerId == practitioner.id()) {
			throw new ValidationException(Violation.of("practitionerId", "legal.request.assign.same"));
		}
		if (!conflicts.isEmpty()) {
			throw new ValidationException(conflicts.stream()
				.map(conflict -> Violation.of("practitionerId", conflict.byProvider() ? "legal.request.assign.conflict-firm" : "legal.request.assign.conflict",
						practitioner.name(), conflict.partyName(), conflict.actedBy(), conflict.matter(), String.valueOf(conflict.actedOn()),
						practitioner.providerName()))
				.toList());
		}
		Long previous = practitionerId;
		practitionerId = practitioner.id();
		return List.of(new LegalRequestEvent.Assigned(practitioner.id(), practitioner.name(), practitioner.providerName(), previous,
				practitioner.accountId()));
	}

	/**
	 * Legal-aid screening by the rules: a case type exempt from the means test passes; otherwise the household's income
	 * per person per month against the local standard. A failing application is accepted only with an override reason;
	 * without one it is refused and nothing changes.
	 */
	List<LegalRequestEvent> screen(Step step, AidRules rules, BigDecimal income, Integer householdSize, String caseType, String overrideReason) {
		List<Violation> violations = new ArrayList<>();
		if (income == null) {
			violations.add(Violation.of("householdIncome", "legal.request.aid.income.required"));
		}
		else if (income.signum() < 0 || income.compareTo(new BigDecimal("100000000")) >= 0) {
			violations.add(Violation.of("householdIncome", "legal.request.aid.income.invalid"));
		}
		if (householdSize == null) {
			violations.add(Violation.of("householdSize", "legal.request.aid.household.required"));
		}
		else if (householdSize < 1 || householdSize > 30) {
			violations.add(Violation.of("householdSize", "legal.request.aid.household.invalid"));
		}
		if (caseType == null || caseType.isBlank()) {
			violations.add(Violation.of("caseType", "legal.request.aid.case-type.required"));
		}
		else if (!AidRules.CASE_TYPES.contains(caseType)) {
			violations.add(Violation.of("caseType", "legal.request.aid.case-type.unknown"));
		}
		String override = optional(overrideReason, "overrideReason", violations);
		ValidationException.throwIfAny(violations);
		AidRules.Verdict verdict = rules.judge(income, householdSize, caseType);
		if (!verdict.eligible() && override == null) {
			List<Violation> refusal = new ArrayList<>();
			verdict.reasons().stream().filter(reason -> reason.key().endsWith(".fails"))
				.forEach(reason -> refusal.add(Violation.of("householdIncome", reason.key(), reason.arguments().toArray())));
			refusal.add(Violation.of("overrideReason", "legal.request.aid.override.required"));
			throw new ValidationException(refusal);
		}
		aidIncome = income.setScale(2, RoundingMode.HALF_UP);
		aidHouseholdSize = householdSize;
		aidCaseType = caseType;
		aidEligible = verdict.eligible();
		aidReasons = verdict.reasons();
		aidOverrideReason = verdict.eligible() ? null : override;
		aidGranted = true;
		return List.of(new LegalRequestEvent.Screened(verdict.eligible(), !verdict.eligible(), verdict.perPerson().toPlainString(),
				rules.incomeStandard().toPlainString(), caseType, aidOverrideReason));
	}

	List<LegalRequestEvent> recordSession(Step step, LocalDate heldOn, String notes) {
		List<Violation> violations = new ArrayList<>();
		if (heldOn == null) {
			violations.add(Violation.of("heldOn", "legal.request.session.day.required"));
		}
		else if (heldOn.isAfter(step.today())) {
			violations.add(Violation.of("heldOn", "legal.request.session.day.future"));
		}
		String words = required(notes, "text", "legal.request.session.notes.required", violations);
		ValidationException.throwIfAny(violations);
		sessionCount++;
		return List.of(new LegalRequestEvent.SessionRecorded(heldOn, sessionCount, words));
	}

	List<LegalRequestEvent> recordAgreement(Step step, MediationOutcome result, String agreementText, String confirmation) {
		List<Violation> violations = new ArrayList<>();
		if (result == null) {
			violations.add(Violation.of("mediationOutcome", "legal.request.mediation.outcome.required"));
		}
		String words = result == null || result == MediationOutcome.NOT_AGREED ? optional(agreementText, "text", violations)
				: required(agreementText, "text", "legal.request.mediation.agreement.required", violations);
		String handOff = optional(confirmation, "judicialConfirmation", violations);
		ValidationException.throwIfAny(violations);
		mediationOutcome = result;
		agreement = words;
		judicialConfirmation = handOff;
		return List.of(new LegalRequestEvent.AgreementRecorded(result, handOff != null, words));
	}

	List<LegalRequestEvent> close(Step step, String outcomeText) {
		List<Violation> violations = new ArrayList<>();
		String words = required(outcomeText, "text", "legal.request.close.outcome.required", violations);
		ValidationException.throwIfAny(violations);
		status = step.to();
		outcome = words;
		closedAt = step.now();
		return List.of(new LegalRequestEvent.Closed(daysOpen(step.now()), practitionerId, words));
	}

	List<LegalRequestEvent> rate(Step step, Integer stars, String comment) {
		List<Violation> violations = new ArrayList<>();
		if (stars == null) {
			violations.add(Violation.of("rating", "legal.request.rating.required"));
		}
		else if (stars < 1 || stars > 5) {
			violations.add(Violation.of("rating", "legal.request.rating.invalid"));
		}
		String words = optional(comment, "text", violations);
		ValidationException.throwIfAny(violations);
		rating = stars;
		ratingComment = words;
		ratedAt = step.now();
		return List.of(new LegalRequestEvent.Rated(stars, words));
	}

	List<LegalRequestEvent> withdraw(Step step, String reason) {
		List<Violation> violations = new ArrayList<>();
		String words = required(reason, "text", "legal.request.withdraw.reason.required", violations);
		ValidationException.throwIfAny(violations);
		Long freed = status == LegalRequestStatus.SCHEDULED ? slotId : null;
		status = step.to();
		closedAt = step.now();
		return List.of(new LegalRequestEvent.Withdrawn(freed, practitionerId, words));
	}

	// ----- the clock

	/** Days from the request to {@code now} or to its end: the clock, which a referral does not restart. */
	long daysOpen(Instant now) {
		Instant end = closedAt != null ? closedAt : now;
		return Math.max(0, Duration.between(requestedAt, end).toDays());
	}

	String ticket() {
		return ticket(ticketDay, ticketSeq);
	}

	static String ticket(LocalDate day, int seq) {
		return "%04d%02d%02d-%03d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), seq);
	}

	// ----- helpers

	private static String required(String text, String field, String key, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, key));
			return null;
		}
		return optional(text, field, violations);
	}

	private static String optional(String text, String field, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String words = text.strip();
		if (words.length() > MAX_TEXT) {
			violations.add(Violation.of(field, "legal.request.text.too-long", MAX_TEXT));
		}
		return words;
	}

	static final Set<String> NEEDS_OWN_STEPS = Set.of(LegalServiceType.MEDIATION, LegalServiceType.LEGAL_AID);

	// ----- reading

	Row row() {
		return new Row(id, pointId, serviceCode, channel, ticketDay, ticketSeq, requesterKind, enterpriseId, requesterAccountId, requesterName,
				phone, email, emailVerified, idNumber, address, matter, status, requestedAt, calledAt, slotId, practitionerId, referralCount,
				aidIncome, aidHouseholdSize, aidCaseType, aidEligible, aidReasons, aidOverrideReason, aidGranted, mediationOutcome, agreement,
				judicialConfirmation, outcome, closedAt, rating, ratingComment, ratedAt, createdBy, createdByName, sessionCount, version);
	}

	long id() { return id; }
	long pointId() { return pointId; }
	String serviceCode() { return serviceCode; }
	RequestChannel channel() { return channel; }
	RequesterKind requesterKind() { return requesterKind; }
	Long enterpriseId() { return enterpriseId; }
	Long requesterAccountId() { return requesterAccountId; }
	String requesterName() { return requesterName; }
	String phone() { return phone; }
	String email() { return email; }
	String idNumber() { return idNumber; }
	String address() { return address; }
	String matter() { return matter; }
	LegalRequestStatus status() { return status; }
	Instant requestedAt() { return requestedAt; }
	Long slotId() { return slotId; }
	Long practitionerId() { return practitionerId; }
	Boolean aidGranted() { return aidGranted; }
	MediationOutcome mediationOutcome() { return mediationOutcome; }
	Integer rating() { return rating; }
	Instant closedAt() { return closedAt; }
	int sessionCount() { return sessionCount; }
	int version() { return version; }
}
