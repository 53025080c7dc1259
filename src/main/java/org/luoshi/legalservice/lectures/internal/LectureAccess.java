package org.luoshi.legalservice.lectures.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who an actor is to a lecture, the one rule for pages, API, search and the 360° page: the justice bureau
 * ({@code legal:manage}) organises every lecture, a point's staff ({@code legal:handle}) those at the points they staff;
 * the practitioner giving it is its expert; an enterprise's account ({@code legal:request}) registers, holds its own
 * registration and, checked in, gives feedback. Every signed-in person with a legal permission reads the lectures (they
 * are public); registrants' phones only organisers read in clear, and an enterprise sees its own registration only.
 */
@Component
class LectureAccess {

	private final LegalDirectory directory;

	LectureAccess(LegalDirectory directory) {
		this.directory = directory;
	}

	/** What the actor is once, for all the lectures one page shows. */
	Scope scope(Actor actor) {
		Set<Long> points = actor.accountId() == null ? Set.of() : directory.pointsStaffedBy(actor.accountId());
		Long practitioner = actor.accountId() == null ? null
				: directory.practitionerOfAccount(actor.accountId()).map(Practitioner::id).orElse(null);
		return new Scope(actor, points, practitioner);
	}

	static boolean readsLectures(Actor actor) {
		return actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_HANDLE) || actor.can(Permissions.LEGAL_PROVIDE)
				|| actor.can(Permissions.LEGAL_REQUEST);
	}

	record Scope(Actor actor, Set<Long> staffedPoints, Long practitionerId) {

		boolean reads() {
			return readsLectures(actor);
		}

		/** May schedule a lecture at the point. */
		boolean organises(long pointId) {
			return actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_HANDLE) && staffedPoints.contains(pointId);
		}

		/** May schedule lectures at all (somewhere). */
		boolean schedules() {
			return actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_HANDLE) && !staffedPoints.isEmpty();
		}

		boolean isEnterprise() {
			return actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST);
		}

		/** An enterprise account's own registration of the lecture (live, else its latest). */
		Optional<Lecture.Registration> own(Lecture lecture) {
			return isEnterprise() ? lecture.ofAccount(actor.accountId()) : Optional.empty();
		}

		Set<LectureSide> sides(Lecture lecture) {
			Set<LectureSide> sides = EnumSet.noneOf(LectureSide.class);
			if (organises(lecture.pointId())) {
				sides.add(LectureSide.ORGANISER);
			}
			if (practitionerId != null && practitionerId == lecture.expertId()) {
				sides.add(LectureSide.EXPERT);
			}
			if (isEnterprise()) {
				sides.add(LectureSide.ENTERPRISE);
				lecture.ofAccount(actor.accountId()).ifPresent(registration -> {
					if (registration.live()) {
						sides.add(LectureSide.REGISTRANT);
					}
					if (registration.checkedInAt() != null) {
						sides.add(LectureSide.ATTENDEE);
					}
				});
			}
			return sides;
		}

		/** Reads the registrations' phones in clear: the lecture's organisers only. */
		boolean readsPhones(Lecture lecture) {
			return organises(lecture.pointId());
		}

		/** Reads the list of registrations (an enterprise reads its own only). */
		boolean readsRegistrations(Lecture lecture) {
			return organises(lecture.pointId()) || practitionerId != null && practitionerId == lecture.expertId()
					|| actor.can(Permissions.LEGAL_HANDLE);
		}
	}
}
