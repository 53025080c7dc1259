package org.luoshi.legalservice.experts;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.shared.Actor;

/**
 * The expert group's roster: its members in rotation order with their specialties and absences, who is next, and the
 * absences the justice bureau records. Reading needs legal:manage, legal:handle or legal:provide; recording an absence
 * legal:manage.
 */
public interface ExpertGroup {

	Roster roster(Actor actor);

	ExpertAbsence recordAbsence(NewExpertAbsence absence, Actor actor);

	void removeAbsence(long absenceId, Actor actor);

	/** An absence as typed: the dates as text ({@code 2026-12-04}), checked by the service. */
	record NewExpertAbsence(Long expertId, String from, String to, String reason) {
	}

	record ExpertAbsence(long id, long expertId, String expertName, LocalDate from, LocalDate to, String reason, String recordedByName) {
	}

	/**
	 * One member: {@code absentToday} the absence that keeps them off the rotation today, if any; {@code next} whether the
	 * next question goes to them (the first after the pointer who is not away today; conflicts depend on the question).
	 */
	record RosterMember(long id, String name, long firmId, String firmName, List<String> specialties, boolean linkedAccount, ExpertAbsence absentToday,
			boolean last, boolean next, long openQuestions) {
	}

	record Roster(List<RosterMember> members, List<ExpertAbsence> absences, LocalDate today, boolean mayManage) {
	}
}
