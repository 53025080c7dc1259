package org.luoshi.enterprise.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.enterprise.internal.EnterpriseValidation.Valid;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise registry: reads within the reader's scope ({@link EnterpriseAccess}) and the writes of those who manage
 * a town's enterprises. Each write is validated whole (every problem at once, nothing written when there is one), runs
 * in one transaction, and writes the enterprise's history entry, its audit entry ({@link RecordChanged}) and its search
 * document with it.
 */
@Service
@Transactional
public class EnterpriseService implements EnterpriseDirectory {

	static final String TARGET = "enterprise";
	/** The fields of an enterprise in the order its page and history name them. */
	static final List<String> FIELD_ORDER = List.of("creditCode", "name", "legalRepresentative", "address", "divisionCode", "park",
			"industry", "scale", "tags", "cppccMember", "note", "contacts");

	private final JdbcClient jdbc;
	private final Towns towns;
	private final ApplicationEventPublisher events;
	private final EnterpriseSearchRecords search;
	private final Times times;
	private final List<EnterpriseTimelineSource> timelineSources;

	EnterpriseService(JdbcClient jdbc, Towns towns, ApplicationEventPublisher events, EnterpriseSearchRecords search, Times times,
			List<EnterpriseTimelineSource> timelineSources) {
		this.jdbc = jdbc;
		this.towns = towns;
		this.events = events;
		this.search = search;
		this.times = times;
		this.timelineSources = timelineSources;
	}

	/** A write's result: the enterprise as stored and what the person should still check (the subject code's own check). */
	public record Saved(EnterpriseRecord enterprise, List<Violation> warnings) {
	}

	public EnterpriseAccess.Scope scope(Actor actor) {
		return new EnterpriseAccess.Scope(actor, towns.snapshot());
	}

	// ---- reads

	@Transactional(readOnly = true)
	public Page<EnterpriseRecord> list(EnterpriseFilter filter, PageQuery page, Actor actor) {
		EnterpriseAccess.Scope scope = scope(actor);
		EnterpriseRows.Where where = EnterpriseRows.where(filter, scope);
		long total = jdbc.sql("SELECT count(*) FROM enterprise e" + where.sql()).params(where.params()).query(Long.class).single();
		List<EnterpriseRecord> items = jdbc.sql("SELECT " + EnterpriseRows.COLUMNS + " FROM enterprise e" + where.sql() + " ORDER BY "
				+ EnterpriseRows.order(page.sortField(), page.direction()) + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> EnterpriseRows.record(rs, scope.towns()))
			.list();
		return page.toPage(withContacts(items), total);
	}

	/**
	 * Every enterprise the filter selects, in the list's order, one at a time to {@code each} (an export of the whole
	 * district does not hold the district in memory); each with its first contact only.
	 */
	@Transactional(readOnly = true)
	public void forEach(EnterpriseFilter filter, String sortField, String direction, Actor actor, Consumer<EnterpriseRecord> each) {
		EnterpriseAccess.Scope scope = scope(actor);
		EnterpriseRows.Where where = EnterpriseRows.where(filter, scope);
		try (Stream<EnterpriseRecord> rows = jdbc.sql("SELECT " + EnterpriseRows.COLUMNS + ", c.name AS contact_name, c.role AS contact_role, "
				+ "c.phone AS contact_phone, c.email AS contact_email FROM enterprise e LEFT JOIN LATERAL (SELECT name, role, phone, email "
				+ "FROM enterprise_contact WHERE enterprise_id = e.id ORDER BY position LIMIT 1) c ON TRUE" + where.sql() + " ORDER BY "
				+ EnterpriseRows.order(sortField, direction))
			.params(where.params())
			.withFetchSize(1000)
			.query((rs, n) -> {
				EnterpriseRecord record = EnterpriseRows.record(rs, scope.towns());
				String contact = rs.getString("contact_name");
				return contact == null ? record : record.withContacts(List.of(new Contact(contact, rs.getString("contact_role"),
						rs.getString("contact_phone"), rs.getString("contact_email"))));
			})
			.stream()) {
			rows.forEach(each);
		}
	}

	/** The enterprise whole, or 404 when it does not exist or lies outside the actor's scope. */
	@Transactional(readOnly = true)
	public EnterpriseRecord details(long id, Actor actor) {
		EnterpriseAccess.Scope scope = scope(actor);
		return load(id, scope, false).filter(record -> scope.sees(record.divisionCode()))
			.orElseThrow(() -> new NotFoundException(TARGET, id));
	}

	/** Whether the actor may edit the enterprise and read its contacts whole. */
	public boolean manages(EnterpriseRecord enterprise, Actor actor) {
		return scope(actor).manages(enterprise.divisionCode());
	}

	/** The enterprise's timeline from every source, newest first; the enterprise must be one the actor sees. */
	@Transactional(readOnly = true)
	public List<EnterpriseTimelineEntry> timeline(EnterpriseRecord visible, Actor actor) {
		return timelineSources.stream()
			.flatMap(source -> source.entries(visible.id(), actor).stream())
			.sorted(Comparator.comparing(EnterpriseTimelineEntry::at).reversed())
			.toList();
	}

	// ---- the directory for other modules

	@Override
	@Transactional(readOnly = true)
	public Optional<EnterpriseSummary> find(long id) {
		return find(List.of(id)).values().stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EnterpriseSummary> findByCreditCode(String creditCode) {
		String code = CreditCode.normalize(creditCode);
		if (code.length() != CreditCode.LENGTH) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id FROM enterprise WHERE credit_code = ?").param(code).query(Long.class).optional().flatMap(this::find);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EnterpriseSummary> findByName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id FROM enterprise WHERE name = ? ORDER BY id LIMIT 1").param(name.strip()).query(Long.class).optional()
			.flatMap(this::find);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, EnterpriseSummary> find(Collection<Long> ids) {
		Map<Long, EnterpriseSummary> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Towns.Snapshot snapshot = towns.snapshot();
		jdbc.sql("SELECT " + EnterpriseRows.COLUMNS + " FROM enterprise e WHERE e.id IN (:ids) ORDER BY e.id")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> EnterpriseRows.record(rs, snapshot))
			.list()
			.forEach(record -> found.put(record.id(), summary(record, snapshot)));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isVisibleTo(long id, Actor actor) {
		EnterpriseAccess.Scope scope = scope(actor);
		return jdbc.sql("SELECT division_code FROM enterprise WHERE id = ?").param(id).query(String.class).optional()
			.filter(scope::sees).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public List<org.luoshi.enterprise.DistrictTown> towns() {
		return towns.snapshot().towns().stream()
			.map(town -> new org.luoshi.enterprise.DistrictTown(town.divisionCode(), town.name(), town.unitId()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnterpriseSummary> visibleMatching(String text, Actor actor, int limit) {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty() || q.length() > 100) {
			return List.of();
		}
		EnterpriseAccess.Scope scope = scope(actor);
		EnterpriseRows.Where where = EnterpriseRows.where(new EnterpriseFilter(q, null, null, null, null), scope);
		return jdbc.sql("SELECT " + EnterpriseRows.COLUMNS + " FROM enterprise e" + where.sql() + " ORDER BY e.name, e.id LIMIT :limit")
			.params(where.params())
			.param("limit", Math.max(1, Math.min(limit, PageQuery.MAX_SIZE)))
			.query((rs, n) -> EnterpriseRows.record(rs, scope.towns()))
			.list()
			.stream()
			.map(record -> summary(record, scope.towns()))
			.toList();
	}

	private static EnterpriseSummary summary(EnterpriseRecord record, Towns.Snapshot snapshot) {
		long keeper = snapshot.town(record.divisionCode()).map(Towns.Town::unitId)
			.orElseGet(() -> snapshot.units().values().stream().filter(unit -> unit.parentId() == null).findFirst().orElseThrow().id());
		return new EnterpriseSummary(record.id(), record.creditCode(), record.name(), record.legalRepresentative(), record.divisionCode(),
				record.townName(), keeper, record.industry(), record.scale(), record.tags(), record.cppccMember());
	}

	// ---- writes

	/** Registers an enterprise in a town the actor manages; its credit code must not be registered yet. */
	public Saved register(EnterpriseInput input, Actor actor) {
		EnterpriseAccess.Scope scope = scope(actor);
		requireManager(actor);
		List<Violation> violations = new ArrayList<>();
		Valid valid = EnterpriseValidation.read(input, scope, violations);
		if (valid != null) {
			requireUnregistered(valid.code(), null, scope, violations);
		}
		ValidationException.throwIfAny(violations);
		Instant now = times.now();
		long id = uniqueCode(valid.code(), scope, () -> jdbc.sql("""
				INSERT INTO enterprise (credit_code, name, legal_representative, address, division_code, park, industry, scale, tags,
				                        cppcc_member, note, created_at, updated_at)
				VALUES (:code, :name, :legal, :address, :division, :park, :industry, :scale, CAST(:tags AS varchar[]), :member, :note,
				        :now, :now)
				RETURNING id""")
			.paramSource(columns(valid).addValue("now", timestamp(now)))
			.query(Long.class)
			.single());
		writeContacts(id, valid.contacts());
		history(id, "REGISTERED", now, actor, List.of());
		EnterpriseRecord created = load(id, scope, true).orElseThrow();
		events.publishEvent(RecordChanged.of("enterprise.registered", TARGET, id, created.name(), changes(null, created)));
		search.index(created, scope.towns());
		return new Saved(created, valid.warnings());
	}

	/**
	 * Changes an enterprise the actor manages, from the version they read: a stale version is refused (409) and nothing
	 * changes. Moving it to another town needs that town in the actor's scope too.
	 */
	public Saved update(long id, int version, EnterpriseInput input, Actor actor) {
		EnterpriseAccess.Scope scope = scope(actor);
		EnterpriseRecord before = load(id, scope, true).filter(record -> scope.sees(record.divisionCode()))
			.orElseThrow(() -> new NotFoundException(TARGET, id));
		if (!scope.manages(before.divisionCode())) {
			throw new AccessDeniedException(EnterpriseAccess.MANAGE);
		}
		List<Violation> violations = new ArrayList<>();
		Valid valid = EnterpriseValidation.read(input, scope, violations);
		if (valid != null) {
			requireUnregistered(valid.code(), id, scope, violations);
		}
		ValidationException.throwIfAny(violations);
		if (before.version() != version) {
			throw ConflictException.staleVersion();
		}
		Instant now = times.now();
		uniqueCode(valid.code(), scope, () -> jdbc.sql("""
				UPDATE enterprise SET credit_code = :code, name = :name, legal_representative = :legal, address = :address,
				       division_code = :division, park = :park, industry = :industry, scale = :scale, tags = CAST(:tags AS varchar[]),
				       cppcc_member = :member, note = :note, version = version + 1, updated_at = :now
				 WHERE id = :id""")
			.paramSource(columns(valid).addValue("now", timestamp(now)).addValue("id", id))
			.update());
		jdbc.sql("DELETE FROM enterprise_contact WHERE enterprise_id = ?").param(id).update();
		writeContacts(id, valid.contacts());
		EnterpriseRecord after = load(id, scope, false).orElseThrow();
		Changes changes = changes(before, after);
		if (!changes.isEmpty()) {
			history(id, "EDITED", now, actor, changedFields(changes));
			events.publishEvent(RecordChanged.of("enterprise.updated", TARGET, id, after.name(), changes));
		}
		search.index(after, scope.towns());
		return new Saved(after, valid.warnings());
	}

	// ---- helpers

	private Optional<EnterpriseRecord> load(long id, EnterpriseAccess.Scope scope, boolean lock) {
		return jdbc.sql("SELECT " + EnterpriseRows.COLUMNS + " FROM enterprise e WHERE e.id = ?" + (lock ? " FOR UPDATE" : ""))
			.param(id)
			.query((rs, n) -> EnterpriseRows.record(rs, scope.towns()))
			.optional()
			.map(record -> withContacts(List.of(record)).get(0));
	}

	private List<EnterpriseRecord> withContacts(List<EnterpriseRecord> records) {
		Map<Long, List<Contact>> contacts = EnterpriseRows.contacts(jdbc, records.stream().map(EnterpriseRecord::id).toList());
		return records.stream().map(record -> record.withContacts(contacts.getOrDefault(record.id(), List.of()))).toList();
	}

	private void writeContacts(long id, List<Contact> contacts) {
		for (int position = 0; position < contacts.size(); position++) {
			Contact contact = contacts.get(position);
			jdbc.sql("INSERT INTO enterprise_contact (enterprise_id, position, name, role, phone, email) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, position, contact.name(), contact.role(), contact.phone(), contact.email())
				.update();
		}
	}

	private void history(long id, String kind, Instant at, Actor actor, List<String> fields) {
		jdbc.sql("INSERT INTO enterprise_history (enterprise_id, kind, at, actor_name, fields) VALUES (?, ?, ?, ?, CAST(? AS varchar[]))")
			.params(id, kind, timestamp(at), actor.displayName(), "{" + String.join(",", fields) + "}")
			.update();
	}

	/** The code is registered already (by another enterprise than {@code self}): say where, not more. */
	private void requireUnregistered(CreditCode code, Long self, EnterpriseAccess.Scope scope, List<Violation> violations) {
		jdbc.sql("SELECT id, division_code FROM enterprise WHERE credit_code = ?")
			.param(code.value())
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("division_code")))
			.optional()
			.filter(existing -> !existing.getKey().equals(self))
			.ifPresent(existing -> violations.add(taken(code, existing.getValue(), scope)));
	}

	private static Violation taken(CreditCode code, String divisionCode, EnterpriseAccess.Scope scope) {
		return Violation.of("creditCode", "enterprise.validation.credit-code.taken", code.value(),
				scope.towns().town(divisionCode).map(Towns.Town::name).orElse(divisionCode));
	}

	/** The check above runs before the write; two people registering one code at once still meet the unique constraint. */
	private <T> T uniqueCode(CreditCode code, EnterpriseAccess.Scope scope, java.util.function.Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException e) {
			String division = jdbc.sql("SELECT division_code FROM enterprise WHERE credit_code = ?").param(code.value())
				.query(String.class).optional().orElse("");
			throw new ValidationException(taken(code, division, scope));
		}
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource columns(Valid valid) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
			.addValue("code", valid.code().value())
			.addValue("name", valid.name())
			.addValue("legal", valid.legalRepresentative())
			.addValue("address", valid.address())
			.addValue("division", valid.town().divisionCode())
			.addValue("park", valid.park())
			.addValue("industry", valid.industry() == null ? null : valid.industry().name())
			.addValue("scale", valid.scale() == null ? null : valid.scale().name())
			.addValue("tags", EnterpriseRows.tagArray(valid.tags()))
			.addValue("member", valid.cppccMember())
			.addValue("note", valid.note());
	}

	static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static void requireManager(Actor actor) {
		if (!actor.can(EnterpriseAccess.MANAGE)) {
			throw new AccessDeniedException(EnterpriseAccess.MANAGE);
		}
	}

	/**
	 * The audit entry's changes: every field that differs (all of a new enterprise's), contacts one by one
	 * ({@code contact1.phone}) so that the trail masks phones and e-mail addresses as it does elsewhere.
	 */
	static Changes changes(EnterpriseRecord before, EnterpriseRecord after) {
		Map<String, Object> now = auditValues(after);
		Map<String, Object> then = before == null ? Map.of() : auditValues(before);
		java.util.Set<String> fields = new java.util.LinkedHashSet<>(now.keySet());
		fields.addAll(then.keySet());
		Changes changes = Changes.of();
		for (String field : fields) {
			if (before == null) {
				changes.created(field, now.get(field));
			}
			else {
				changes.field(field, then.get(field), now.get(field));
			}
		}
		return changes;
	}

	private static Map<String, Object> auditValues(EnterpriseRecord record) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("creditCode", record.creditCode());
		values.put("name", record.name());
		values.put("legalRepresentative", record.legalRepresentative());
		values.put("address", record.address());
		values.put("divisionCode", record.divisionCode());
		values.put("park", record.park());
		values.put("industry", record.industry() == null ? null : record.industry().name());
		values.put("scale", record.scale() == null ? null : record.scale().name());
		values.put("tags", record.tags().isEmpty() ? null : String.join(",", record.tags().stream().map(Enum::name).toList()));
		values.put("cppccMember", record.cppccMember());
		values.put("note", record.note());
		for (int i = 0; i < record.contacts().size(); i++) {
			Contact contact = record.contacts().get(i);
			String prefix = "contact" + (i + 1) + ".";
			values.put(prefix + "name", contact.name());
			values.put(prefix + "role", contact.role());
			values.put(prefix + "phone", contact.phone());
			values.put(prefix + "email", contact.email());
		}
		return values;
	}

	/** The fields an edit changed, as the history keeps them: contacts as one field. */
	static List<String> changedFields(Changes changes) {
		return changes.toMap().keySet().stream()
			.map(field -> field.startsWith("contact") ? "contacts" : field)
			.distinct()
			.sorted(Comparator.comparingInt(FIELD_ORDER::indexOf))
			.toList();
	}
}
