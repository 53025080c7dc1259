package org.luoshi.organization.internal;

import static org.luoshi.organization.internal.OrganizationValidation.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.organization.Division;
import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.organization.UnitCommands.CreateUnit;
import org.luoshi.organization.UnitCommands.MoveUnit;
import org.luoshi.organization.UnitCommands.SetStaffActive;
import org.luoshi.organization.UnitCommands.SetUnitActive;
import org.luoshi.organization.UnitCommands.UpdateStaff;
import org.luoshi.organization.UnitCommands.UpdateUnit;
import org.luoshi.organization.UnitNameResolution;
import org.luoshi.organization.UnitNode;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.database.Like;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units and staff. The tree is kept as a materialized path so that a data scope is one prefix match;
 * moving a unit rewrites the paths of its subtree in the same transaction.
 */
@Service
@Transactional
class OrganizationService implements OrganizationDirectory, OrganizationAdministration {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	OrganizationService(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	// ---- reads

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitSummary> findUnit(long id) {
		return jdbc.sql("SELECT " + UnitRows.UNIT_COLUMNS + " FROM unit u WHERE u.id = ?").param(id).query(UnitRows::unit).optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitSummary> findUnitByName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + UnitRows.UNIT_COLUMNS + " FROM unit u WHERE u.name = :name OR u.short_name = :name "
				+ "ORDER BY u.active DESC, (u.name = :name) DESC, u.id LIMIT 1")
			.param("name", name.strip())
			.query(UnitRows::unit)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public UnitNameResolution resolveUnitName(String name, Long scopeUnitId) {
		return new UnitNames(allUnits(), scopeUnitId).resolve(name);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, UnitNameResolution> resolveUnitNames(Collection<String> names, Long scopeUnitId) {
		UnitNames units = new UnitNames(allUnits(), scopeUnitId);
		Map<String, UnitNameResolution> resolved = new LinkedHashMap<>();
		names.forEach(name -> resolved.computeIfAbsent(name, units::resolve));
		return resolved;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> uniqueUnitNames(Long scopeUnitId) {
		return new UnitNames(allUnits(), scopeUnitId).uniqueNames();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitSummary> allUnits() {
		return inTreeOrder(jdbc.sql("SELECT " + UnitRows.UNIT_COLUMNS + " FROM unit u").query(UnitRows::unit).list(), null, true);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitNode> tree(Long rootId, boolean includeInactive) {
		List<UnitSummary> units = jdbc.sql("SELECT " + UnitRows.UNIT_COLUMNS + " FROM unit u").query(UnitRows::unit).list();
		Map<Long, List<UnitSummary>> byParent = childrenByParent(units, includeInactive);
		List<UnitSummary> roots = rootId == null ? byParent.getOrDefault(0L, List.of())
				: units.stream().filter(u -> u.id() == rootId).toList();
		return roots.stream().map(root -> node(root, byParent)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> subtreeIds(long rootId) {
		return jdbc.sql("SELECT id FROM unit WHERE path LIKE (SELECT path FROM unit WHERE id = ?) || '%' ORDER BY id")
			.param(rootId)
			.query(Long.class)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isVisibleTo(long unitId, Actor actor) {
		if (actor.seesWholeDistrict()) {
			return findUnit(unitId).isPresent();
		}
		return findUnit(unitId).map(unit -> unit.isWithin(actor.scopeUnitId())).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffSummary> findStaff(long id) {
		return jdbc.sql("SELECT " + UnitRows.STAFF_COLUMNS + " FROM staff s JOIN unit u ON u.id = s.unit_id WHERE s.id = ?")
			.param(id)
			.query(UnitRows::staff)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> activeStaffCounts() {
		Map<Long, Integer> counts = new java.util.HashMap<>();
		jdbc.sql("SELECT unit_id, count(*) FROM staff WHERE active GROUP BY unit_id")
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<StaffSummary> staff(StaffQuery query, PageQuery page, Actor actor) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!actor.seesWholeDistrict()) {
			where.append(" AND u.path LIKE (SELECT path FROM unit WHERE id = :scope) || '%'");
			params.put("scope", actor.scopeUnitId());
		}
		if (query.unitId() != null) {
			where.append(" AND u.path LIKE (SELECT path FROM unit WHERE id = :unit) || '%'");
			params.put("unit", query.unitId());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" AND (s.name ILIKE :text OR s.position ILIKE :text OR u.name ILIKE :text)");
			params.put("text", "%" + Like.escape(query.text().strip()) + "%");
		}
		if (!query.includeInactive()) {
			where.append(" AND s.active");
		}
		String order = switch (page.sortField()) {
			case "unit" -> "u.path " + page.direction() + ", s.name";
			case "position" -> "s.position " + page.direction() + " NULLS LAST, s.name";
			default -> "s.name " + page.direction() + ", s.id";
		};
		long total = jdbc.sql("SELECT count(*) FROM staff s JOIN unit u ON u.id = s.unit_id" + where).params(params).query(Long.class).single();
		List<StaffSummary> items = jdbc.sql("SELECT " + UnitRows.STAFF_COLUMNS + " FROM staff s JOIN unit u ON u.id = s.unit_id" + where
				+ " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UnitRows::staff)
			.list();
		return page.toPage(items, total);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Division> divisions() {
		return jdbc.sql("SELECT code, name, level, parent_code FROM division ORDER BY code").query(Division.class).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Division> division(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT code, name, level, parent_code FROM division WHERE code = ?").param(code.strip()).query(Division.class).optional();
	}

	/**
	 * Units called {@code name} (full or short name) that the current actor may see, full-name matches first; below
	 * {@code parentId} only when it is given. For resolving units that people name in files rather than by id.
	 */
	@Transactional(readOnly = true)
	List<UnitSummary> visibleUnitsNamed(String name, Long parentId) {
		String sql = "SELECT " + UnitRows.UNIT_COLUMNS + " FROM unit u WHERE (u.name = :name OR u.short_name = :name)"
				+ (parentId == null ? "" : " AND u.parent_id = :parent") + " ORDER BY (u.name = :name) DESC, u.active DESC, u.id";
		var statement = jdbc.sql(sql).param("name", name.strip());
		if (parentId != null) {
			statement = statement.param("parent", parentId);
		}
		Actor actor = CurrentActor.get();
		return statement.query(UnitRows::unit).list().stream().filter(unit -> isVisibleTo(unit.id(), actor)).toList();
	}

	// ---- unit writes

	@Override
	public UnitSummary createUnit(CreateUnit command) {
		requireManager();
		List<Violation> violations = new ArrayList<>();
		UnitSummary parent = null;
		if (command.parentId() == null) {
			if (jdbc.sql("SELECT count(*) FROM unit WHERE parent_id IS NULL").query(Long.class).single() > 0) {
				violations.add(Violation.of("parentId", "validation.required"));
			}
		}
		else {
			// A parent outside the actor's scope reads as unknown: a different answer would confirm that the id exists.
			parent = findUnit(command.parentId()).filter(p -> isVisibleTo(p.id(), CurrentActor.get())).orElse(null);
			if (parent == null) {
				violations.add(Violation.of("parentId", "organization.validation.parent.unknown"));
			}
			else if (!parent.active()) {
				violations.add(Violation.of("parentId", "organization.validation.parent.inactive"));
			}
		}
		validateUnitFields(violations, command.name(), command.shortName(), command.type(), command.divisionCode(), command.sortOrder());
		requireUniqueSiblingName(violations, command.parentId(), command.name(), null);
		ValidationException.throwIfAny(violations);

		long id = siblingNameGuarded(command.name(), () -> jdbc.sql("INSERT INTO unit (parent_id, path, name, short_name, type, "
				+ "division_code, sort_order) VALUES (?, '', ?, ?, ?, ?, ?) RETURNING id")
			.params(command.parentId(), clean(command.name()), clean(command.shortName()), command.type().name(),
					clean(command.divisionCode()), command.sortOrder() == null ? 0 : command.sortOrder())
			.query(Long.class)
			.single());
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		jdbc.sql("UPDATE unit SET path = ? WHERE id = ?").params(path, id).update();
		UnitSummary created = findUnit(id).orElseThrow();
		events.publishEvent(RecordChanged.of("organization.unit.created", "unit", id, created.name(), Changes.of()
			.created("name", created.name())
			.created("shortName", created.shortName())
			.created("type", created.type())
			.created("divisionCode", created.divisionCode())
			.created("parent", parent == null ? null : parent.name())
			.created("sortOrder", created.sortOrder())));
		return created;
	}

	@Override
	public UnitSummary updateUnit(UpdateUnit command) {
		UnitSummary before = visibleUnit(command.id());
		requireManager();
		List<Violation> violations = new ArrayList<>();
		validateUnitFields(violations, command.name(), command.shortName(), command.type(), command.divisionCode(), command.sortOrder());
		requireUniqueSiblingName(violations, before.parentId(), command.name(), before.id());
		if (before.parentId() == null && command.type() != null && command.type() != before.type()) {
			violations.add(Violation.of("type", "organization.validation.root.type"));
		}
		ValidationException.throwIfAny(violations);
		int updated = siblingNameGuarded(command.name(), () -> jdbc.sql("UPDATE unit SET name = ?, short_name = ?, type = ?, "
				+ "division_code = ?, sort_order = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
			.params(clean(command.name()), clean(command.shortName()), command.type().name(), clean(command.divisionCode()),
					command.sortOrder() == null ? 0 : command.sortOrder(), command.id(), command.version())
			.update());
		requireUpdated(updated);
		UnitSummary after = findUnit(command.id()).orElseThrow();
		events.publishEvent(RecordChanged.of("organization.unit.updated", "unit", after.id(), after.name(), Changes.of()
			.field("name", before.name(), after.name())
			.field("shortName", before.shortName(), after.shortName())
			.field("type", before.type(), after.type())
			.field("divisionCode", before.divisionCode(), after.divisionCode())
			.field("sortOrder", before.sortOrder(), after.sortOrder())));
		return after;
	}

	@Override
	public UnitSummary moveUnit(MoveUnit command) {
		UnitSummary unit = visibleUnit(command.id());
		requireManager();
		List<Violation> violations = new ArrayList<>();
		UnitSummary newParent = findUnit(command.newParentId()).filter(p -> isVisibleTo(p.id(), CurrentActor.get())).orElse(null);
		if (unit.parentId() == null) {
			violations.add(Violation.of("parentId", "organization.validation.root.move"));
		}
		else if (newParent == null) {
			violations.add(Violation.of("parentId", "organization.validation.parent.unknown"));
		}
		else if (newParent.isWithin(unit.id())) {
			violations.add(Violation.of("parentId", "organization.validation.parent.cycle"));
		}
		else if (!newParent.active()) {
			violations.add(Violation.of("parentId", "organization.validation.parent.inactive"));
		}
		else {
			requireUniqueSiblingName(violations, newParent.id(), unit.name(), unit.id());
		}
		ValidationException.throwIfAny(violations);
		String oldPath = unit.path();
		String newPath = newParent.path() + unit.id() + "/";
		int updated = siblingNameGuarded(unit.name(), () -> jdbc.sql("UPDATE unit SET parent_id = ?, version = version + 1, "
				+ "updated_at = now() WHERE id = ? AND version = ?")
			.params(newParent.id(), unit.id(), command.version())
			.update());
		requireUpdated(updated);
		jdbc.sql("UPDATE unit SET path = ? || substr(path, ?) WHERE path LIKE ? || '%'")
			.params(newPath, oldPath.length() + 1, oldPath)
			.update();
		String oldParentName = findUnit(unit.parentId()).map(UnitSummary::name).orElse(null);
		events.publishEvent(RecordChanged.of("organization.unit.moved", "unit", unit.id(), unit.name(),
				Changes.of().field("parent", oldParentName, newParent.name())));
		return findUnit(unit.id()).orElseThrow();
	}

	@Override
	public UnitSummary setUnitActive(SetUnitActive command) {
		UnitSummary unit = visibleUnit(command.id());
		requireManager();
		if (!command.active()) {
			List<Violation> violations = new ArrayList<>();
			if (unit.parentId() == null) {
				violations.add(Violation.of(null, "organization.validation.root.deactivate"));
			}
			long activeChildren = jdbc.sql("SELECT count(*) FROM unit WHERE parent_id = ? AND active").param(unit.id()).query(Long.class).single();
			if (activeChildren > 0) {
				violations.add(Violation.of(null, "organization.validation.deactivate.children", activeChildren));
			}
			ValidationException.throwIfAny(violations);
		}
		else if (unit.parentId() != null && !findUnit(unit.parentId()).orElseThrow().active()) {
			throw new ValidationException(Violation.of(null, "organization.validation.parent.inactive"));
		}
		int updated = jdbc.sql("UPDATE unit SET active = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
			.params(command.active(), unit.id(), command.version())
			.update();
		requireUpdated(updated);
		events.publishEvent(RecordChanged.of(command.active() ? "organization.unit.activated" : "organization.unit.deactivated",
				"unit", unit.id(), unit.name(), Changes.of().field("active", unit.active(), command.active())));
		return findUnit(unit.id()).orElseThrow();
	}

	// ---- staff writes

	@Override
	public StaffSummary createStaff(CreateStaff command) {
		requireManager();
		List<Violation> violations = new ArrayList<>();
		validateStaffFields(violations, command.unitId(), null, command.name(), command.position(), command.phone(), command.email());
		ValidationException.throwIfAny(violations);
		long id = jdbc.sql("INSERT INTO staff (unit_id, name, position, phone, email) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(command.unitId(), clean(command.name()), clean(command.position()), clean(command.phone()), clean(command.email()))
			.query(Long.class)
			.single();
		StaffSummary created = findStaff(id).orElseThrow();
		events.publishEvent(RecordChanged.of("organization.staff.created", "staff", id, created.name(), Changes.of()
			.created("name", created.name())
			.created("unit", created.unitName())
			.created("position", created.position())
			.created("phone", created.phone())
			.created("email", created.email())));
		return created;
	}

	@Override
	public StaffSummary updateStaff(UpdateStaff command) {
		StaffSummary before = visibleStaff(command.id());
		requireManager();
		List<Violation> violations = new ArrayList<>();
		validateStaffFields(violations, command.unitId(), before.unitId(), command.name(), command.position(), command.phone(),
				command.email());
		ValidationException.throwIfAny(violations);
		int updated = jdbc.sql("UPDATE staff SET unit_id = ?, name = ?, position = ?, phone = ?, email = ?, version = version + 1, "
				+ "updated_at = now() WHERE id = ? AND version = ?")
			.params(command.unitId(), clean(command.name()), clean(command.position()), clean(command.phone()), clean(command.email()),
					command.id(), command.version())
			.update();
		requireUpdated(updated);
		StaffSummary after = findStaff(command.id()).orElseThrow();
		events.publishEvent(RecordChanged.of("organization.staff.updated", "staff", after.id(), after.name(), Changes.of()
			.field("name", before.name(), after.name())
			.field("unit", before.unitName(), after.unitName())
			.field("position", before.position(), after.position())
			.field("phone", before.phone(), after.phone())
			.field("email", before.email(), after.email())));
		return after;
	}

	@Override
	public StaffSummary setStaffActive(SetStaffActive command) {
		StaffSummary staff = visibleStaff(command.id());
		requireManager();
		if (command.active() && !findUnit(staff.unitId()).orElseThrow().active()) {
			throw new ValidationException(Violation.of("unitId", "organization.validation.unit.inactive"));
		}
		int updated = jdbc.sql("UPDATE staff SET active = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
			.params(command.active(), staff.id(), command.version())
			.update();
		requireUpdated(updated);
		events.publishEvent(RecordChanged.of(command.active() ? "organization.staff.activated" : "organization.staff.deactivated",
				"staff", staff.id(), staff.name(), Changes.of().field("active", staff.active(), command.active())));
		return findStaff(staff.id()).orElseThrow();
	}

	// ---- helpers

	private void validateUnitFields(List<Violation> violations, String name, String shortName,
			org.luoshi.organization.UnitType type, String divisionCode, Integer sortOrder) {
		OrganizationValidation.text(violations, "name", name, 100, true);
		OrganizationValidation.text(violations, "shortName", shortName, 30, false);
		if (type == null) {
			violations.add(Violation.of("type", "validation.required"));
		}
		if (sortOrder != null && (sortOrder < 0 || sortOrder > 9999)) {
			violations.add(Violation.of("sortOrder", "organization.validation.sort-order"));
		}
		OrganizationValidation.divisionCode(violations, type, divisionCode, division(divisionCode).orElse(null));
	}

	/** @param currentUnitId the unit the member of staff belongs to now: staying in a unit since deactivated is allowed */
	private void validateStaffFields(List<Violation> violations, Long unitId, Long currentUnitId, String name, String position,
			String phone, String email) {
		if (unitId == null) {
			violations.add(Violation.of("unitId", "validation.required"));
		}
		else {
			Optional<UnitSummary> unit = findUnit(unitId).filter(u -> isVisibleTo(u.id(), CurrentActor.get()));
			if (unit.isEmpty()) {
				violations.add(Violation.of("unitId", "organization.validation.unit.unknown"));
			}
			else if (!unit.get().active() && !unitId.equals(currentUnitId)) {
				violations.add(Violation.of("unitId", "organization.validation.unit.inactive"));
			}
		}
		OrganizationValidation.text(violations, "name", name, 50, true);
		OrganizationValidation.text(violations, "position", position, 50, false);
		ContactRules.phone(violations, "phone", phone);
		ContactRules.email(violations, "email", email);
	}

	private void requireUniqueSiblingName(List<Violation> violations, Long parentId, String name, Long self) {
		if (name == null || name.isBlank()) {
			return;
		}
		long clashes = jdbc.sql("SELECT count(*) FROM unit WHERE COALESCE(parent_id, 0) = COALESCE(?, 0) AND name = ? AND id <> COALESCE(?, 0)")
			.params(parentId, name.strip(), self)
			.query(Long.class)
			.single();
		if (clashes > 0) {
			violations.add(Violation.of("name", "organization.validation.name.taken", name.strip()));
		}
	}

	private UnitSummary visibleUnit(long id) {
		return findUnit(id).filter(unit -> isVisibleTo(unit.id(), CurrentActor.get()))
			.orElseThrow(() -> new NotFoundException("unit", id));
	}

	private StaffSummary visibleStaff(long id) {
		return findStaff(id).filter(staff -> isVisibleTo(staff.unitId(), CurrentActor.get()))
			.orElseThrow(() -> new NotFoundException("staff", id));
	}

	/**
	 * Checked after the record is found in scope, so that a record outside the scope answers 404 to everyone. The system
	 * itself (demo data, jobs) acts outside any request and may write.
	 */
	private static void requireManager() {
		Actor actor = CurrentActor.get();
		if (!Actor.SYSTEM.equals(actor) && !actor.can(Permissions.ORGANIZATION_MANAGE)) {
			throw new AccessDeniedException("organization:manage required");
		}
	}

	/** The sibling-name check above runs before the write; two people saving at once still meet the unique index. */
	private static <T> T siblingNameGuarded(String name, java.util.function.Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException e) {
			throw new ValidationException(Violation.of("name", "organization.validation.name.taken", name.strip()));
		}
	}

	private static void requireUpdated(int rows) {
		if (rows == 0) {
			throw ConflictException.staleVersion();
		}
	}

	private static Map<Long, List<UnitSummary>> childrenByParent(List<UnitSummary> units, boolean includeInactive) {
		Map<Long, List<UnitSummary>> byParent = new LinkedHashMap<>();
		units.stream()
			.filter(u -> includeInactive || u.active())
			.sorted(java.util.Comparator.comparingInt(UnitSummary::sortOrder).thenComparing(UnitSummary::name))
			.forEach(u -> byParent.computeIfAbsent(u.parentId() == null ? 0L : u.parentId(), key -> new ArrayList<>()).add(u));
		return byParent;
	}

	private static UnitNode node(UnitSummary unit, Map<Long, List<UnitSummary>> byParent) {
		return new UnitNode(unit, byParent.getOrDefault(unit.id(), List.of()).stream().map(child -> node(child, byParent)).toList());
	}

	private static List<UnitSummary> inTreeOrder(List<UnitSummary> units, Long rootId, boolean includeInactive) {
		Map<Long, List<UnitSummary>> byParent = childrenByParent(units, includeInactive);
		List<UnitSummary> ordered = new ArrayList<>();
		for (UnitSummary root : byParent.getOrDefault(rootId == null ? 0L : rootId, List.of())) {
			flatten(root, byParent, ordered);
		}
		return ordered;
	}

	private static void flatten(UnitSummary unit, Map<Long, List<UnitSummary>> byParent, List<UnitSummary> into) {
		into.add(unit);
		for (UnitSummary child : byParent.getOrDefault(unit.id(), List.of())) {
			flatten(child, byParent, into);
		}
	}
}
