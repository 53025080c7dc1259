package org.luoshi.legalservice.experts.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.legalservice.Conflict;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Party;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.experts.ExpertGroup;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster and the rotation. The members are the legal core's experts ({@link LegalDirectory#experts()}, by id: the
 * rotation's order); their absences and the rotation's pointer (the expert assigned last) are kept here.
 * {@link #choose} goes round once from the expert after the pointer, passing by those away on the day and those with a
 * conflict against the other parties, and moves the pointer to the one chosen.
 */
@Service
@Transactional
class ExpertRoster implements ExpertGroup {

	static final String ABSENCE_TARGET = "expert-absence";
	static final int MAX_REASON = 200;

	private final JdbcClient jdbc;
	private final LegalDirectory directory;
	private final ConflictCheck conflicts;
	private final QuestionRows questions;
	private final ApplicationEventPublisher events;
	private final Times times;

	ExpertRoster(JdbcClient jdbc, LegalDirectory directory, ConflictCheck conflicts, QuestionRows questions, ApplicationEventPublisher events,
			Times times) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.conflicts = conflicts;
		this.questions = questions;
		this.events = events;
		this.times = times;
	}

	// ----- the rotation

	/** What the rotation did: the expert chosen (or none) and, in order, the experts passed by and why. */
	record Choice(Practitioner chosen, List<QuestionEvent> passedBy) {
	}

	/** Chooses the next expert for a question against {@code opposing} on {@code day}, and moves the pointer to them. */
	Choice choose(Collection<Party> opposing, LocalDate day) {
		Long last = jdbc.sql("SELECT last_practitioner_id FROM expert_rotation WHERE id = 1 FOR UPDATE").query(Long.class).optional().orElse(null);
		List<Practitioner> experts = directory.experts();
		List<QuestionEvent> passedBy = new ArrayList<>();
		for (Practitioner expert : inTurn(experts, last)) {
			Optional<ExpertAbsence> away = absenceOn(expert.id(), day);
			if (away.isPresent()) {
				passedBy.add(new QuestionEvent.PassedByAbsent(expert.id(), expert.name(), away.get().from(), away.get().to(), away.get().reason()));
				continue;
			}
			List<Conflict> found = opposing.isEmpty() ? List.of() : conflicts.conflicts(expert.id(), opposing);
			if (!found.isEmpty()) {
				passedBy.add(passedBy(expert, found.get(0)));
				continue;
			}
			jdbc.sql("UPDATE expert_rotation SET last_practitioner_id = ?, version = version + 1 WHERE id = 1").param(expert.id()).update();
			return new Choice(expert, passedBy);
		}
		return new Choice(null, passedBy);
	}

	static QuestionEvent passedBy(Practitioner expert, Conflict conflict) {
		return new QuestionEvent.PassedByConflict(expert.id(), expert.name(), conflict.byProvider(), conflict.partyName(), conflict.actedBy(),
				conflict.matter(), conflict.actedOn());
	}

	/** The experts in the order the rotation meets them: from the one after {@code last}, round to {@code last} itself. */
	static List<Practitioner> inTurn(List<Practitioner> experts, Long last) {
		int start = 0;
		if (last != null) {
			for (int i = 0; i < experts.size(); i++) {
				if (experts.get(i).id() > last) {
					start = i;
					break;
				}
				start = (i + 1) % experts.size();
			}
		}
		List<Practitioner> ordered = new ArrayList<>(experts.subList(start, experts.size()));
		ordered.addAll(experts.subList(0, start));
		return ordered;
	}

	Optional<ExpertAbsence> absenceOn(long expertId, LocalDate day) {
		return absences("a.practitioner_id = ? AND ? BETWEEN a.from_on AND a.to_on", expertId, day).stream().findFirst();
	}

	Optional<Long> last() {
		return jdbc.sql("SELECT last_practitioner_id FROM expert_rotation WHERE id = 1").query(Long.class).optional();
	}

	// ----- the roster

	@Override
	@Transactional(readOnly = true)
	public Roster roster(Actor actor) {
		requireReader(actor);
		LocalDate today = times.today();
		List<Practitioner> experts = directory.experts();
		Long last = last().orElse(null);
		Long next = inTurn(experts, last).stream().filter(expert -> absenceOn(expert.id(), today).isEmpty()).map(Practitioner::id).findFirst()
			.orElse(null);
		Map<Long, Long> open = questions.openPerExpert();
		List<RosterMember> members = experts.stream()
			.map(expert -> new RosterMember(expert.id(), expert.name(), expert.providerId(), expert.providerName(), expert.specialties(),
					expert.accountId() != null, absenceOn(expert.id(), today).orElse(null), expert.id() == (last == null ? -1 : last),
					next != null && next == expert.id(), open.getOrDefault(expert.id(), 0L)))
			.toList();
		List<ExpertAbsence> current = absences("a.to_on >= ?", today.minusDays(30));
		return new Roster(members, current, today, actor.can(Permissions.LEGAL_MANAGE));
	}

	@Override
	public ExpertAbsence recordAbsence(NewExpertAbsence absence, Actor actor) {
		requireManager(actor);
		List<Violation> violations = new ArrayList<>();
		Practitioner expert = absence.expertId() == null ? null
				: directory.experts().stream().filter(found -> found.id() == absence.expertId()).findFirst().orElse(null);
		if (expert == null) {
			violations.add(Violation.of("expertId", absence.expertId() == null ? "legal.experts.absence.expert.required"
					: "legal.experts.expert.unknown"));
		}
		LocalDate from = date(absence.from(), "from", violations);
		LocalDate to = date(absence.to(), "to", violations);
		if (from != null && to != null && to.isBefore(from)) {
			violations.add(Violation.of("to", "legal.experts.absence.backwards"));
		}
		String reason = absence.reason() == null ? "" : absence.reason().strip();
		if (reason.isEmpty()) {
			violations.add(Violation.of("reason", "legal.experts.absence.reason.required"));
		}
		else if (reason.length() > MAX_REASON) {
			violations.add(Violation.of("reason", "legal.experts.text.too-long", MAX_REASON));
		}
		ValidationException.throwIfAny(violations);
		long id = jdbc.sql("""
				INSERT INTO expert_absence (practitioner_id, from_on, to_on, reason, recorded_by, recorded_by_name, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(expert.id(), from, to, reason, actor.accountId(), actor.displayName(), Timestamp.from(times.now()))
			.query(Long.class)
			.single();
		events.publishEvent(RecordChanged.of("legal.expert-absence.recorded", ABSENCE_TARGET, id, expert.name(),
				Changes.of().created("expertName", expert.name()).created("absentFrom", from).created("absentTo", to).created("reason", reason)));
		return new ExpertAbsence(id, expert.id(), expert.name(), from, to, reason, actor.displayName());
	}

	@Override
	public void removeAbsence(long absenceId, Actor actor) {
		requireManager(actor);
		ExpertAbsence absence = absences("a.id = ?", absenceId).stream().findFirst().orElseThrow(() -> new NotFoundException("absence", absenceId));
		jdbc.sql("DELETE FROM expert_absence WHERE id = ?").param(absenceId).update();
		events.publishEvent(RecordChanged.of("legal.expert-absence.removed", ABSENCE_TARGET, absenceId, absence.expertName(),
				Changes.of().field("absentFrom", absence.from(), null).field("absentTo", absence.to(), null).field("reason", absence.reason(), null)));
	}

	private List<ExpertAbsence> absences(String where, Object... params) {
		Map<Long, String> names = new java.util.HashMap<>();
		directory.experts().forEach(expert -> names.put(expert.id(), expert.name()));
		return jdbc.sql("SELECT a.id, a.practitioner_id, a.from_on, a.to_on, a.reason, a.recorded_by_name FROM expert_absence a WHERE " + where
				+ " ORDER BY a.from_on, a.id")
			.params(params)
			.query((rs, n) -> new ExpertAbsence(rs.getLong("id"), rs.getLong("practitioner_id"),
					names.getOrDefault(rs.getLong("practitioner_id"), String.valueOf(rs.getLong("practitioner_id"))),
					rs.getObject("from_on", LocalDate.class), rs.getObject("to_on", LocalDate.class), rs.getString("reason"),
					rs.getString("recorded_by_name")))
			.list();
	}

	private static LocalDate date(String text, String field, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, "legal.experts.absence." + field + ".required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "legal.experts.date.unreadable"));
			return null;
		}
	}

	static void requireReader(Actor actor) {
		if (!(actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_HANDLE) || actor.can(Permissions.LEGAL_PROVIDE))) {
			throw new AccessDeniedException("legal roster");
		}
	}

	static void requireManager(Actor actor) {
		if (!actor.can(Permissions.LEGAL_MANAGE)) {
			throw new AccessDeniedException(Permissions.LEGAL_MANAGE);
		}
	}
}
