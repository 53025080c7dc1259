package org.luoshi.legalservice.requests;

import java.time.Instant;

/** A request in a list or the counter's queue: never personal data in full (the phone is masked). */
public record LegalRequestSummary(long id, String ticket, long pointId, String pointName, String serviceCode, RequestChannel channel,
		RequesterKind requesterKind, String requesterName, String maskedPhone, LegalRequestStatus status, Instant requestedAt,
		Instant appointmentAt, String practitionerName) {
}
