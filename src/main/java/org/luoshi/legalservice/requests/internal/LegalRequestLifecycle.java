package org.luoshi.legalservice.requests.internal;

import static org.luoshi.legalservice.requests.LegalRequestStatus.CLOSED;
import static org.luoshi.legalservice.requests.LegalRequestStatus.IN_SERVICE;
import static org.luoshi.legalservice.requests.LegalRequestStatus.SCHEDULED;
import static org.luoshi.legalservice.requests.LegalRequestStatus.WAITING;
import static org.luoshi.legalservice.requests.LegalRequestStatus.WITHDRAWN;
import static org.luoshi.legalservice.requests.internal.LegalRequestSide.OFFICE;
import static org.luoshi.legalservice.requests.internal.LegalRequestSide.POINT_STAFF;
import static org.luoshi.legalservice.requests.internal.LegalRequestSide.PRACTITIONER;
import static org.luoshi.legalservice.requests.internal.LegalRequestSide.REQUESTER;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.legalservice.requests.LegalRequestActions;
import org.luoshi.legalservice.requests.LegalRequestStatus;
import org.luoshi.legalservice.requests.LegalRequestStep;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.springframework.security.access.AccessDeniedException;

/**
 * A request's life, written once: the transition table, the few conditions on a request's data a step needs besides its
 * status (mediation's steps on a mediation, screening on a legal-aid application …), and the message of each refusal.
 * The command path checks steps here; the page and the API offer what {@link #actions} says.
 */
final class LegalRequestLifecycle {

	private static final LegalRequestStatus[] OPEN = { WAITING, SCHEDULED, IN_SERVICE };

	static final TransitionTable<LegalRequestStatus, LegalRequestStep, LegalRequestSide> TABLE = TransitionTable
		.of(LegalRequestStatus.class, LegalRequestStep.class, LegalRequestSide.class)
		.step(LegalRequestStep.CALL).by(OFFICE, POINT_STAFF).in(WAITING, SCHEDULED).to(IN_SERVICE)
		// The same ticket to another service of the point: before it is called too (the wrong service asked for).
		.step(LegalRequestStep.REFER).by(OFFICE, POINT_STAFF).in(OPEN).staying()
		.step(LegalRequestStep.SCHEDULE).by(OFFICE, POINT_STAFF, REQUESTER).in(WAITING, SCHEDULED).to(SCHEDULED)
		.step(LegalRequestStep.ASSIGN).by(OFFICE, POINT_STAFF).in(IN_SERVICE).staying()
		.step(LegalRequestStep.SCREEN).by(OFFICE, POINT_STAFF).in(IN_SERVICE).staying()
		.step(LegalRequestStep.RECORD_SESSION).by(OFFICE, POINT_STAFF, PRACTITIONER).in(IN_SERVICE).staying()
		.step(LegalRequestStep.RECORD_AGREEMENT).by(OFFICE, POINT_STAFF, PRACTITIONER).in(IN_SERVICE).staying()
		.step(LegalRequestStep.CLOSE).by(OFFICE, POINT_STAFF, PRACTITIONER).in(IN_SERVICE).to(CLOSED)
		// The requester rates; the counter records the rating of someone without an account.
		.step(LegalRequestStep.RATE).by(REQUESTER, OFFICE, POINT_STAFF).in(CLOSED).staying()
		.step(LegalRequestStep.WITHDRAW).by(REQUESTER, OFFICE, POINT_STAFF).in(OPEN).to(WITHDRAWN)
		.build();

	/** What allows a step besides the request's status and the actor's side, with the message when it does not hold. */
	private record Condition(Predicate<LegalRequest> holds, String refusal) {
	}

	private static final Map<LegalRequestStep, Condition> CONDITIONS = Map.of(
			LegalRequestStep.SCREEN, new Condition(request -> LegalServiceType.LEGAL_AID.equals(request.serviceCode()),
					"legal.request.aid.not-legal-aid"),
			LegalRequestStep.RECORD_SESSION, new Condition(request -> isMediation(request) && request.mediationOutcome() == null,
					"legal.request.mediation.not-open"),
			LegalRequestStep.RECORD_AGREEMENT, new Condition(request -> isMediation(request) && request.mediationOutcome() == null
					&& request.sessionCount() > 0, "legal.request.mediation.no-session"),
			// A legal-aid application is decided before it is closed; a mediation has its result.
			LegalRequestStep.CLOSE, new Condition(request -> (!LegalServiceType.LEGAL_AID.equals(request.serviceCode()) || request.aidGranted() != null)
					&& (!isMediation(request) || request.mediationOutcome() != null), "legal.request.close.unfinished"),
			LegalRequestStep.RATE, new Condition(request -> request.rating() == null, "legal.request.rate.already"));

	private LegalRequestLifecycle() {
	}

	private static boolean isMediation(LegalRequest request) {
		return LegalServiceType.MEDIATION.equals(request.serviceCode());
	}

	/** The rule by which the actor takes the step: 409 when the status or data does not allow it, 403 when not for these sides. */
	static Rule<LegalRequestStatus, LegalRequestStep, LegalRequestSide> check(LegalRequestStep step, LegalRequest request,
			Set<LegalRequestSide> sides) {
		switch (TABLE.check(step, request.status(), sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException(request.status().isOpen() ? "legal.request.not-now" : "legal.request.finished");
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
		Condition condition = CONDITIONS.get(step);
		if (condition != null && !condition.holds().test(request)) {
			throw new ConflictException(condition.refusal());
		}
		return TABLE.rule(step, request.status(), sides);
	}

	static LegalRequestActions actions(LegalRequest request, Set<LegalRequestSide> sides) {
		Set<LegalRequestStep> available = TABLE.available(request.status(), sides);
		available.removeIf(step -> CONDITIONS.containsKey(step) && !CONDITIONS.get(step).holds().test(request));
		return new LegalRequestActions(available);
	}
}
