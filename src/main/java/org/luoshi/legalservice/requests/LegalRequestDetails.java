package org.luoshi.legalservice.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as its page and the API show it. Personal data — the requester's phone, e-mail, ID number and address, the
 * other parties' identifiers — is in full only when {@code personalDataShown} (the reader handles the request: staff of
 * its point, the justice bureau, the assigned practitioner); masked otherwise.
 *
 * @param ticket the ticket number, {@code yyyyMMdd-NNN} per point and day
 * @param daysOpen days from the request to now or to its end: the clock, which a referral does not restart
 */
public record LegalRequestDetails(long id, String ticket, long pointId, String pointName, String serviceCode, RequestChannel channel,
		RequesterKind requesterKind, Long enterpriseId, String enterpriseName, String requesterName, String phone, String email,
		boolean emailVerified, String idNumber, String address, String matter, LegalRequestStatus status, Instant requestedAt,
		Instant calledAt, Instant closedAt, long daysOpen, int referralCount, LegalSlot slot, Long practitionerId, String practitionerName,
		List<RequestParty> parties, AidScreening screening, List<MediationSession> sessions, MediationOutcome mediationOutcome, String agreement,
		String judicialConfirmation, String outcome, Integer rating, String ratingComment, String createdByName, boolean personalDataShown,
		int version, List<RequestTimelineEntry> timeline, LegalRequestActions actions) {

	/** An appointment slot of a point: {@code booked} of {@code capacity} taken. */
	public record LegalSlot(long id, long pointId, Instant startsAt, Instant endsAt, int capacity, int booked) {

		public boolean full() {
			return booked >= capacity;
		}
	}

	public record RequestParty(String name, String identifier) {
	}

	/** One reason of the rules' verdict: a message key ({@code legal.request.aid.reason.*}) and its arguments. */
	public record AidReason(String key, List<String> arguments) {

		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}

	/** The legal-aid screening: the figures, the rules' verdict with its reasons, and an override's reason. */
	public record AidScreening(BigDecimal householdIncome, int householdSize, String caseType, boolean eligible, List<AidReason> reasons,
			String overrideReason, boolean granted) {
	}

	public record MediationSession(LocalDate heldOn, String notes, String recordedByName) {
	}

	/** One entry of the timeline: its kind ({@code legal.request.event.<kind>}), its message's arguments, the words. */
	public record RequestTimelineEntry(long id, String kind, Instant at, String actorName, String text, List<String> arguments) {

		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}
}
