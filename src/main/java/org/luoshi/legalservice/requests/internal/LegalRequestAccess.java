package org.luoshi.legalservice.requests.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who sees a request — the one rule its pages, its API, its lists, the counter's queue, search, the enterprise's 360°
 * page and the statistics' callers apply: the justice bureau's office ({@code legal:manage}) every request; a point's
 * staff ({@code legal:handle}) the requests of the points whose staff list names them; a practitioner
 * ({@code legal:provide}) the requests assigned to them; an enterprise's own account ({@code legal:request}) its
 * enterprise's requests. Those who handle a request (all but the requester) see its personal data in full
 * ({@link Scope#handles}); everyone else masked. What each side may do is the transition table's.
 */
@Component
class LegalRequestAccess {

	private final LegalDirectory directory;

	LegalRequestAccess(LegalDirectory directory) {
		this.directory = directory;
	}

	Scope scope(Actor actor) {
		if (actor == null || actor.accountId() == null || actor.isEnterprise()) {
			return new Scope(actor, Set.of(), null);
		}
		Set<Long> points = actor.can(Permissions.LEGAL_HANDLE) ? directory.pointsStaffedBy(actor.accountId()) : Set.of();
		Long practitioner = actor.can(Permissions.LEGAL_PROVIDE)
				? directory.practitionerOfAccount(actor.accountId()).map(Practitioner::id).orElse(null) : null;
		return new Scope(actor, points, practitioner);
	}

	/** An actor with the points they staff and the practitioner they are: enough to decide on any number of requests. */
	record Scope(Actor actor, Set<Long> staffedPoints, Long practitionerId) {

		boolean isOffice() {
			return actor != null && actor.can(Permissions.LEGAL_MANAGE) && !actor.isEnterprise();
		}

		boolean staffs(long pointId) {
			return actor != null && actor.can(Permissions.LEGAL_HANDLE) && staffedPoints.contains(pointId);
		}

		boolean sees(LegalRequest request) {
			return !sides(request).isEmpty();
		}

		Set<LegalRequestSide> sides(LegalRequest request) {
			Set<LegalRequestSide> sides = EnumSet.noneOf(LegalRequestSide.class);
			if (actor == null) {
				return sides;
			}
			if (actor.isEnterprise()) {
				if (actor.can(Permissions.LEGAL_REQUEST) && request.enterpriseId() != null && actor.enterpriseId().equals(request.enterpriseId())) {
					sides.add(LegalRequestSide.REQUESTER);
				}
				return sides;
			}
			if (isOffice()) {
				sides.add(LegalRequestSide.OFFICE);
			}
			if (staffs(request.pointId())) {
				sides.add(LegalRequestSide.POINT_STAFF);
			}
			if (practitionerId != null && practitionerId.equals(request.practitionerId())) {
				sides.add(LegalRequestSide.PRACTITIONER);
			}
			return sides;
		}

		/** Whether the actor handles the request: sees its personal data in full. */
		boolean handles(LegalRequest request) {
			Set<LegalRequestSide> sides = sides(request);
			return sides.contains(LegalRequestSide.OFFICE) || sides.contains(LegalRequestSide.POINT_STAFF)
					|| sides.contains(LegalRequestSide.PRACTITIONER);
		}

		/** For list SQL: {@code null} when the actor sees every request; otherwise what they may list. */
		ListScope listScope() {
			if (actor != null && actor.isEnterprise()) {
				return new ListScope(actor.can(Permissions.LEGAL_REQUEST) ? actor.enterpriseId() : -1L, List.of(), null);
			}
			if (isOffice()) {
				return null;
			}
			return new ListScope(null, List.copyOf(staffedPoints), practitionerId);
		}
	}

	/** The rows a scoped actor may list: an enterprise's own; or those of some points and one practitioner's. */
	record ListScope(Long enterpriseId, List<Long> pointIds, Long practitionerId) {
	}
}
