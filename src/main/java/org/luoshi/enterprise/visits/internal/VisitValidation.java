package org.luoshi.enterprise.visits.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A visit's input read whole: every problem at once (a {@link ValidationException} with all of them), the same rules
 * for the form and the API. Besides the fields: the organizing unit must be one the writer records visits for, and every
 * enterprise one the writer may open in the registry — one they may not is named (by the name the visit already holds,
 * else by its id: a name the writer may not read is not told).
 */
final class VisitValidation {

	static final int MAX_ENTERPRISES = 50;
	static final int MAX_PARTICIPANTS = 30;
	static final int MAX_NAME = 50;
	static final int MAX_TITLE = 100;
	static final int MAX_PURPOSE = 2000;
	static final int MAX_FINDINGS = 4000;
	static final int MAX_ENTERPRISE_FINDINGS = 2000;
	static final int MAX_REASON = 1000;

	/** Valid input for planning, editing or recording without a plan. */
	record Valid(VisitKind kind, LocalDate plannedDate, LocalDate visitedDate, String leaderName, String leaderTitle, List<String> participants,
			long unitId, String purpose, String findings, List<Visit.Covered> covered) {
	}

	/** Valid input for recording a planned visit. */
	record ValidRecording(LocalDate visitedDate, String findings, List<Visit.Covered> covered) {
	}

	private final OrganizationDirectory organization;
	private final EnterpriseDirectory enterprises;
	private final VisitAccess.Scope scope;
	private final LocalDate today;

	VisitValidation(OrganizationDirectory organization, EnterpriseDirectory enterprises, VisitAccess.Scope scope, LocalDate today) {
		this.organization = organization;
		this.enterprises = enterprises;
		this.scope = scope;
		this.today = today;
	}

	/**
	 * A visit to plan ({@code recorded} false: a planned day, today or later unless it is unchanged from {@code before})
	 * or to record without a plan ({@code recorded}: the day it took place, not in the future, and the findings).
	 */
	Valid read(VisitInput input, boolean recorded, Visit before) {
		List<Violation> violations = new ArrayList<>();
		VisitKind kind = kind(input.kind(), violations);
		LocalDate planned = null;
		LocalDate visited = null;
		String findings = null;
		if (recorded) {
			visited = visitedDay(input.visitedDate(), violations);
			findings = required(input.findings(), "findings", MAX_FINDINGS, violations);
		}
		else {
			planned = date(input.plannedDate(), "plannedDate", violations);
			if (planned == null && !hasProblem(violations, "plannedDate")) {
				violations.add(Violation.of("plannedDate", "validation.required"));
			}
			else if (planned != null && planned.isBefore(today) && (before == null || !planned.equals(before.plannedDate()))) {
				violations.add(Violation.of("plannedDate", "visits.validation.planned.past"));
			}
		}
		String leader = required(input.leaderName(), "leaderName", MAX_NAME, violations);
		String title = optional(input.leaderTitle(), "leaderTitle", MAX_TITLE, violations);
		List<String> participants = participants(input.participants(), violations);
		Long unitId = unit(input.unitId(), violations);
		String purpose = required(input.purpose(), "purpose", MAX_PURPOSE, violations);
		List<Visit.Covered> covered = covered(input.enterprises(), recorded, before, violations);
		ValidationException.throwIfAny(violations);
		return new Valid(kind, planned, visited, leader, title, participants, unitId, purpose, findings, covered);
	}

	/** Recording a planned visit: the day it took place, what was found, the enterprises (none sent: those planned). */
	ValidRecording recording(VisitInput.Recording input, Visit planned) {
		List<Violation> violations = new ArrayList<>();
		LocalDate visited = visitedDay(input.visitedDate(), violations);
		String findings = required(input.findings(), "findings", MAX_FINDINGS, violations);
		List<VisitInput.Covered> sent = input.enterprises().isEmpty()
				? planned.enterprises().stream().map(c -> new VisitInput.Covered(c.enterpriseId(), null)).toList() : input.enterprises();
		List<Visit.Covered> covered = covered(sent, true, planned, violations);
		ValidationException.throwIfAny(violations);
		return new ValidRecording(visited, findings, covered);
	}

	/** A reason for cancelling: required. */
	static String reason(String typed) {
		List<Violation> violations = new ArrayList<>();
		String reason = required(typed, "reason", MAX_REASON, violations);
		ValidationException.throwIfAny(violations);
		return reason;
	}

	private LocalDate visitedDay(String typed, List<Violation> violations) {
		LocalDate visited = date(typed, "visitedDate", violations);
		if (visited == null && !hasProblem(violations, "visitedDate")) {
			violations.add(Violation.of("visitedDate", "validation.required"));
		}
		else if (visited != null && visited.isAfter(today)) {
			violations.add(Violation.of("visitedDate", "visits.validation.visited.future"));
		}
		return visited;
	}

	private static VisitKind kind(String typed, List<Violation> violations) {
		if (typed == null || typed.isBlank()) {
			violations.add(Violation.of("kind", "validation.required"));
			return null;
		}
		try {
			return VisitKind.valueOf(typed.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of("kind", "visits.validation.kind", typed.strip()));
			return null;
		}
	}

	private Long unit(Long unitId, List<Violation> violations) {
		if (unitId == null) {
			violations.add(Violation.of("unitId", "validation.required"));
			return null;
		}
		UnitSummary unit = organization.findUnit(unitId).filter(UnitSummary::active).orElse(null);
		if (unit == null || !scope.records(unitId)) {
			violations.add(Violation.of("unitId", "visits.validation.unit", unitId));
			return null;
		}
		return unitId;
	}

	private List<String> participants(List<String> names, List<Violation> violations) {
		if (names.size() > MAX_PARTICIPANTS) {
			violations.add(Violation.of("participants", "visits.validation.participants.count", MAX_PARTICIPANTS));
		}
		for (String name : names) {
			if (name.length() > MAX_NAME) {
				violations.add(Violation.of("participants", "visits.validation.participants.long", name, MAX_NAME));
			}
		}
		return List.copyOf(names);
	}

	private List<Visit.Covered> covered(List<VisitInput.Covered> sent, boolean withFindings, Visit before, List<Violation> violations) {
		if (sent.isEmpty()) {
			violations.add(Violation.of("enterprises", "visits.validation.enterprises.none"));
			return List.of();
		}
		if (sent.size() > MAX_ENTERPRISES) {
			violations.add(Violation.of("enterprises", "visits.validation.enterprises.count", MAX_ENTERPRISES));
			return List.of();
		}
		Map<Long, EnterpriseSummary> found = enterprises.find(sent.stream().map(VisitInput.Covered::enterpriseId).toList());
		Actor actor = scope.actor();
		Set<Long> seen = new HashSet<>();
		List<Visit.Covered> covered = new ArrayList<>();
		for (int i = 0; i < sent.size(); i++) {
			VisitInput.Covered one = sent.get(i);
			long id = one.enterpriseId();
			EnterpriseSummary enterprise = found.get(id);
			if (enterprise == null || !enterprises.isVisibleTo(id, actor)) {
				String known = before == null ? null
						: before.enterprises().stream().filter(c -> c.enterpriseId() == id).map(Visit.Covered::name).findFirst().orElse(null);
				violations.add(known != null ? Violation.of("enterprises", "visits.validation.enterprise.not-visible", known)
						: Violation.of("enterprises", "visits.validation.enterprise.unknown", id));
				continue;
			}
			if (!seen.add(id)) {
				violations.add(Violation.of("enterprises", "visits.validation.enterprise.twice", enterprise.name()));
				continue;
			}
			String findings = withFindings ? optional(one.findings(), "enterprises[" + i + "].findings", MAX_ENTERPRISE_FINDINGS, violations) : null;
			covered.add(new Visit.Covered(id, enterprise.name(), findings));
		}
		return covered;
	}

	private static boolean hasProblem(List<Violation> violations, String field) {
		return violations.stream().anyMatch(v -> field.equals(v.field()));
	}

	private static LocalDate date(String typed, String field, List<Violation> violations) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "visits.validation.date", typed.strip()));
			return null;
		}
	}

	private static String required(String text, String field, int max, List<Violation> violations) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			violations.add(Violation.of(field, "validation.required"));
			return null;
		}
		if (value.length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
			return null;
		}
		return value;
	}

	private static String optional(String text, String field, int max, List<Violation> violations) {
		String value = text == null ? "" : text.strip();
		if (value.length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
		}
		return value.isEmpty() ? null : value;
	}
}
