package org.luoshi.legalservice.requests;

/** Every step a request's life knows; which side takes which, in which status, is the request's transition table. */
public enum LegalRequestStep {
	/** The counter calls the ticket (叫号) and takes the request on. */
	CALL,
	/** To another service of the same point: the same ticket, its history and its clock kept (转介). */
	REFER,
	/** An appointment in one of the point's slots (预约), or another one instead. */
	SCHEDULE,
	/** A practitioner takes the case, after the conflict check; the engagement is recorded. */
	ASSIGN,
	/** Legal-aid screening by the rules; a failing application is accepted only with an override reason. */
	SCREEN,
	/** A mediation session held, with its day and notes. */
	RECORD_SESSION,
	/** The mediation's result: the agreement, its outcome, the note of the hand-off to judicial confirmation. */
	RECORD_AGREEMENT,
	/** Closed with its outcome. */
	CLOSE,
	/** The requester's satisfaction (1–5), by the requester or recorded by the counter. */
	RATE,
	/** Withdrawn by the requester (or the counter on their word). */
	WITHDRAW
}
