package org.luoshi.legalservice.lectures.internal;

import static org.luoshi.legalservice.lectures.internal.LectureSide.ATTENDEE;
import static org.luoshi.legalservice.lectures.internal.LectureSide.ENTERPRISE;
import static org.luoshi.legalservice.lectures.internal.LectureSide.ORGANISER;
import static org.luoshi.legalservice.lectures.internal.LectureSide.PUBLIC;
import static org.luoshi.legalservice.lectures.internal.LectureSide.REGISTRANT;
import static org.luoshi.legalservice.lectures.internal.LectureStatus.CANCELLED;
import static org.luoshi.legalservice.lectures.internal.LectureStatus.HELD;
import static org.luoshi.legalservice.lectures.internal.LectureStatus.OPEN;
import static org.luoshi.legalservice.lectures.internal.LectureStatus.PLANNED;

import java.util.EnumSet;
import java.util.Set;

import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.lifecycle.TransitionTable.Verdict;
import org.springframework.security.access.AccessDeniedException;

/**
 * A lecture's life in one table. Registration is open only in {@code OPEN}; check-in at the door in {@code OPEN} and,
 * to complete the list afterwards, in {@code HELD}; feedback by those checked in once they have attended (the lecture
 * open on its day, or held). Nothing changes a cancelled lecture.
 *
 * <p>Conditions on data, beside the table, each used by the check and by the offered actions alike: a registration
 * needs a seat or a place on the waiting list left, and an enterprise's account holds one registration at most.
 */
public final class LectureLifecycle {

	static final TransitionTable<LectureStatus, LectureStep, LectureSide> TABLE = TransitionTable
		.of(LectureStatus.class, LectureStep.class, LectureSide.class)
		.step(LectureStep.OPEN_REGISTRATION).by(ORGANISER).in(PLANNED).to(OPEN)
		.step(LectureStep.REGISTER).by(ENTERPRISE, PUBLIC, ORGANISER).in(OPEN).staying()
		.step(LectureStep.CANCEL_REGISTRATION).by(REGISTRANT, ORGANISER).in(OPEN).staying()
		.step(LectureStep.CHECK_IN).by(ORGANISER).in(OPEN, HELD).staying()
		.step(LectureStep.MARK_HELD).by(ORGANISER).in(OPEN).to(HELD)
		.step(LectureStep.GIVE_FEEDBACK).by(ATTENDEE, REGISTRANT).in(OPEN, HELD).staying()
		.step(LectureStep.CANCEL).by(ORGANISER).in(PLANNED, OPEN).to(CANCELLED)
		.build();

	/** Statuses whose lectures are still to come. */
	static final Set<LectureStatus> UPCOMING = EnumSet.of(PLANNED, OPEN);

	private LectureLifecycle() {
	}

	/** The rule for the step, or 409 (not in this status) / 403 (not for these sides). */
	static Rule<LectureStatus, LectureStep, LectureSide> check(LectureStep step, Lecture lecture, Set<LectureSide> sides) {
		Verdict verdict = TABLE.check(step, lecture.status(), sides);
		if (verdict == Verdict.NOT_IN_THIS_STATUS) {
			throw new ConflictException("legal.lecture.step.not-now");
		}
		if (verdict == Verdict.NOT_FOR_THESE_SIDES) {
			throw new AccessDeniedException(step + " on lecture " + lecture.id());
		}
		return TABLE.rule(step, lecture.status(), sides);
	}

	/** What the sides may do now: the table's steps less those whose data condition fails. */
	static Set<LectureStep> actions(Lecture lecture, Set<LectureSide> sides, Lecture.Registration own) {
		Set<LectureStep> steps = EnumSet.noneOf(LectureStep.class);
		steps.addAll(TABLE.available(lecture.status(), sides));
		if (!lecture.hasRoom() || own != null && own.live() && !sides.contains(ORGANISER)) {
			steps.remove(LectureStep.REGISTER);
		}
		if (own == null || own.checkedInAt() == null || own.rating() != null) {
			steps.remove(LectureStep.GIVE_FEEDBACK);
		}
		return steps;
	}
}
