package org.luoshi.enterprise.visits.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.enterprise.visits.VisitSummary;
import org.luoshi.shared.Changes;

/**
 * A visit (走访) to one or more enterprises, led by a district leader, CPPCC members or a department and organized by a
 * unit. Its life: it is <b>planned</b> (a day, who leads, which enterprises, the purpose) and, while planned, edited;
 * once it took place it is <b>recorded</b> (the day it happened, what was found overall and at each enterprise, photos)
 * — or <b>cancelled</b> with a reason. A visit that was not planned is recorded directly. A recorded visit's findings
 * stand as recorded; only photos are added. The steps are in {@link VisitLifecycle}'s table, taken through
 * {@link VisitService}'s one command path; each returns the {@link VisitEvent}s it caused.
 */
final class Visit {

	private final Long id;
	private VisitKind kind;
	private VisitStatus status;
	private LocalDate plannedDate;
	private LocalDate visitedDate;
	private String leaderName;
	private String leaderTitle;
	private List<String> participants;
	private long unitId;
	private String purpose;
	private String findings;
	private String cancelReason;
	private List<Covered> enterprises;
	private final int version;
	private final Instant createdAt;
	private Instant updatedAt;

	/** An enterprise the visit covers, named as it was then, and what was found there. */
	record Covered(long enterpriseId, String name, String findings) {
	}

	Visit(Long id, VisitKind kind, VisitStatus status, LocalDate plannedDate, LocalDate visitedDate, String leaderName, String leaderTitle,
			List<String> participants, long unitId, String purpose, String findings, String cancelReason, List<Covered> enterprises,
			int version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.kind = kind;
		this.status = status;
		this.plannedDate = plannedDate;
		this.visitedDate = visitedDate;
		this.leaderName = leaderName;
		this.leaderTitle = leaderTitle;
		this.participants = List.copyOf(participants);
		this.unitId = unitId;
		this.purpose = purpose;
		this.findings = findings;
		this.cancelReason = cancelReason;
		this.enterprises = List.copyOf(enterprises);
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/** A new planned visit, from valid input. */
	static Visit plan(VisitValidation.Valid valid, Instant now) {
		return new Visit(null, valid.kind(), VisitStatus.PLANNED, valid.plannedDate(), null, valid.leaderName(), valid.leaderTitle(),
				valid.participants(), valid.unitId(), valid.purpose(), null, null, valid.covered(), 0, now, now);
	}

	/** A visit recorded without a plan, from valid input. */
	static Visit recordUnplanned(VisitValidation.Valid valid, Instant now) {
		return new Visit(null, valid.kind(), VisitStatus.RECORDED, null, valid.visitedDate(), valid.leaderName(), valid.leaderTitle(),
				valid.participants(), valid.unitId(), valid.purpose(), valid.findings(), null, valid.covered(), 0, now, now);
	}

	/** What creating the visit was, as its first event. */
	VisitEvent created() {
		Changes changes = Changes.of();
		auditValues().forEach(changes::created);
		return status == VisitStatus.PLANNED ? new VisitEvent.Planned(plannedDate, changes) : new VisitEvent.Recorded(false, visitedDate, changes);
	}

	// ----- the steps

	List<VisitEvent> edit(VisitValidation.Valid valid, Instant now) {
		java.util.Map<String, Object> before = auditValues();
		kind = valid.kind();
		plannedDate = valid.plannedDate();
		leaderName = valid.leaderName();
		leaderTitle = valid.leaderTitle();
		participants = valid.participants();
		unitId = valid.unitId();
		purpose = valid.purpose();
		enterprises = valid.covered();
		Changes changes = diff(before, auditValues());
		if (changes.isEmpty()) {
			return List.of();
		}
		updatedAt = now;
		return List.of(new VisitEvent.Edited(List.copyOf(changes.asOrderedMap().keySet()), changes));
	}

	List<VisitEvent> record(VisitValidation.ValidRecording valid, VisitStatus after, Instant now) {
		java.util.Map<String, Object> before = auditValues();
		status = after;
		visitedDate = valid.visitedDate();
		findings = valid.findings();
		enterprises = valid.covered();
		updatedAt = now;
		Changes changes = diff(before, auditValues());
		return List.of(new VisitEvent.Recorded(true, visitedDate, changes));
	}

	List<VisitEvent> cancel(String reason, VisitStatus after, Instant now) {
		VisitStatus from = status;
		status = after;
		cancelReason = reason;
		updatedAt = now;
		return List.of(new VisitEvent.Cancelled(reason, from));
	}

	List<VisitEvent> addPhotos(List<String> names, Instant now) {
		updatedAt = now;
		return List.of(new VisitEvent.PhotosAdded(names));
	}

	// ----- reading

	/** The fields as the audit trail records them, enterprises with their findings one by one. */
	java.util.Map<String, Object> auditValues() {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("kind", kind.name());
		values.put("status", status.name());
		values.put("plannedDate", plannedDate == null ? null : plannedDate.toString());
		values.put("visitedDate", visitedDate == null ? null : visitedDate.toString());
		values.put("leaderName", leaderName);
		values.put("leaderTitle", leaderTitle);
		values.put("participants", participants.isEmpty() ? null : String.join("、", participants));
		values.put("unitId", unitId);
		values.put("purpose", purpose);
		values.put("findings", findings);
		values.put("enterprises", String.join("、", enterprises.stream().map(Covered::name).toList()));
		for (Covered covered : enterprises) {
			values.put("findings." + covered.name(), covered.findings());
		}
		return values;
	}

	private static Changes diff(java.util.Map<String, Object> before, java.util.Map<String, Object> after) {
		java.util.Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		Changes changes = Changes.of();
		for (String field : fields) {
			if (!Objects.equals(before.get(field), after.get(field))) {
				changes.field(field, before.get(field), after.get(field));
			}
		}
		return changes;
	}

	VisitSummary summary() {
		return new VisitSummary(id, kind, status, plannedDate, visitedDate, leaderName, leaderTitle, unitId, purpose,
				enterprises.stream().map(Covered::enterpriseId).toList());
	}

	Visit withId(long newId) {
		return new Visit(newId, kind, status, plannedDate, visitedDate, leaderName, leaderTitle, participants, unitId, purpose, findings,
				cancelReason, enterprises, version, createdAt, updatedAt);
	}

	/** The day the visit is for: when it took place, else when it is planned. */
	LocalDate day() {
		return visitedDate != null ? visitedDate : plannedDate;
	}

	Long id() {
		return id;
	}

	VisitKind kind() {
		return kind;
	}

	VisitStatus status() {
		return status;
	}

	LocalDate plannedDate() {
		return plannedDate;
	}

	LocalDate visitedDate() {
		return visitedDate;
	}

	String leaderName() {
		return leaderName;
	}

	String leaderTitle() {
		return leaderTitle;
	}

	List<String> participants() {
		return participants;
	}

	long unitId() {
		return unitId;
	}

	String purpose() {
		return purpose;
	}

	String findings() {
		return findings;
	}

	String cancelReason() {
		return cancelReason;
	}

	List<Covered> enterprises() {
		return enterprises;
	}

	int version() {
		return version;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	List<Long> enterpriseIds() {
		return new ArrayList<>(enterprises.stream().map(Covered::enterpriseId).toList());
	}
}
