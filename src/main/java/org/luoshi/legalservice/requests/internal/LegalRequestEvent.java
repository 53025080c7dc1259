package org.luoshi.legalservice.requests.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.shared.Changes;
import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What a step on a {@link LegalRequest} did, in the past tense. Each event is at once the request's timeline entry
 * ({@link #kind}, {@link #text}, {@link #data}), its audit entry ({@link #action}, {@link #changes}) and, when someone
 * must hear of it, its notification ({@link #audience}, {@link #message}). No event carries personal data in clear:
 * the audit trail and the notifications are read by people who do not handle the request.
 */
sealed interface LegalRequestEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "legal.request.";
	}

	/** Who is told: the point's staff ({@code staff}), the requester's account, the practitioner's. */
	default Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
		return Audience.NOBODY;
	}

	/** The notification's subject key ({@code legal.request.notify.*}). */
	default String message() {
		return "legal.request.notify." + kind();
	}

	private static Map<String, Object> entries(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return data;
	}

	private static Audience accounts(Set<Long> staff, Long... more) {
		Set<Long> accounts = new HashSet<>(staff);
		for (Long account : more) {
			accounts.add(account);
		}
		return new Audience(Set.of(), accounts);
	}

	/**
	 * Made: the ticket taken. The audit entry keeps the requester's personal data masked ({@code masked…}), never in
	 * clear.
	 */
	record Made(String ticket, String channel, String serviceCode, String requesterKind, String requesterName, String maskedPhone,
			String maskedEmail, String maskedIdNumber, String maskedAddress, int parties) implements LegalRequestEvent {

		public String kind() {
			return "made";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("ticket", ticket, "serviceCode", serviceCode, "channel", channel);
		}

		@Override
		public Changes changes() {
			return Changes.of().created("ticket", ticket).created("serviceCode", serviceCode).created("requestChannel", channel)
				.created("requesterKind", requesterKind).created("requesterName", requesterName).created("phone", maskedPhone)
				.created("email", maskedEmail).created("idNumber", maskedIdNumber).created("address", maskedAddress)
				.created("parties", parties == 0 ? null : String.valueOf(parties));
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return accounts(staff);
		}
	}

	record Called(String ticket) implements LegalRequestEvent {

		public String kind() {
			return "called";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("ticket", ticket);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return Audience.account(request.requesterAccountId());
		}
	}

	/** Referred to another service of the point: the same ticket, the clock kept. */
	record Referred(String fromServiceCode, String serviceCode, int referralCount, String text) implements LegalRequestEvent {

		public String kind() {
			return "referred";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("fromServiceCode", fromServiceCode, "serviceCode", serviceCode);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return accounts(staff, request.requesterAccountId());
		}
	}

	record Scheduled(long slotId, String startsAt, Long previousSlotId) implements LegalRequestEvent {

		public String kind() {
			return previousSlotId == null ? "scheduled" : "rescheduled";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("startsAt", startsAt, "slotId", slotId, "previousSlotId", previousSlotId);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return accounts(staff, request.requesterAccountId());
		}

		public String message() {
			return "legal.request.notify.scheduled";
		}
	}

	/** Given to a practitioner after the conflict check; {@code accountId} is theirs, told of it. */
	record Assigned(long practitionerId, String practitionerName, String providerName, Long previousPractitionerId, Long accountId)
			implements LegalRequestEvent {

		public String kind() {
			return "assigned";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("practitionerName", practitionerName, "providerName", providerName, "practitionerId", practitionerId,
					"previousPractitionerId", previousPractitionerId);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			Set<Long> accounts = new HashSet<>();
			accounts.add(accountId);
			accounts.add(request.requesterAccountId());
			return new Audience(Set.of(), accounts);
		}
	}

	/** Screened for legal aid: eligible by the rules, or accepted with an override ({@code text} its reason). */
	record Screened(boolean eligible, boolean overridden, String incomePerPerson, String incomeStandard, String caseType, String text)
			implements LegalRequestEvent {

		public String kind() {
			return overridden ? "screened-overridden" : "screened";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("incomePerPerson", incomePerPerson, "incomeStandard", incomeStandard, "caseType", caseType,
					"eligible", eligible);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return Audience.account(request.requesterAccountId());
		}

		public String message() {
			return "legal.request.notify.screened";
		}
	}

	record SessionRecorded(LocalDate heldOn, int session, String text) implements LegalRequestEvent {

		public String kind() {
			return "session-recorded";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("heldOn", heldOn, "session", session);
		}
	}

	record AgreementRecorded(MediationOutcome outcome, boolean judicialConfirmationNoted, String text) implements LegalRequestEvent {

		public String kind() {
			return "agreement-recorded";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("mediationOutcome", outcome, "judicialConfirmation", judicialConfirmationNoted);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return Audience.account(request.requesterAccountId());
		}
	}

	record Closed(long daysOpen, Long practitionerId, String text) implements LegalRequestEvent {

		public String kind() {
			return "closed";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("daysOpen", daysOpen);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			Set<Long> accounts = new HashSet<>();
			accounts.add(request.requesterAccountId());
			accounts.add(practitionerAccount);
			return new Audience(Set.of(), accounts);
		}
	}

	record Rated(int rating, String text) implements LegalRequestEvent {

		public String kind() {
			return "rated";
		}

		public Map<String, Object> data() {
			return LegalRequestEvent.entries("rating", rating);
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return accounts(staff, practitionerAccount);
		}
	}

	/** Withdrawn; {@code freedSlotId} the appointment given back, if it had one. */
	record Withdrawn(Long freedSlotId, Long practitionerId, String text) implements LegalRequestEvent {

		public String kind() {
			return "withdrawn";
		}

		public Audience audience(LegalRequest request, Set<Long> staff, Long practitionerAccount) {
			return accounts(staff, practitionerAccount);
		}
	}
}
