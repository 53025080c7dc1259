package org.luoshi.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.organization.Division;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the district's units and staff searchable, so that search is useful before any feature module registers
 * its records, and teaches the segmenter their names.
 *
 * <p>At start-up every unit and member of staff is indexed again (they are few, and the upsert leaves unchanged
 * rows alone), which also repairs an index that was restored from an older backup. Afterwards each change is
 * picked up from organization's {@link RecordChanged} audit events — synchronously, inside organization's
 * transaction, so a change and its index entry commit together while organization knows nothing of search.
 *
 * <p>A unit's text names its ancestors and a member of staff's text names the unit, so a change to a unit
 * re-indexes its whole subtree with its staff. Inactive units and staff are taken out. Phone numbers and e-mail
 * addresses are never indexed: everyone in scope may search, not everyone may read those.
 */
@Component
class OrganizationRecords implements ApplicationRunner {

	static final String UNIT = "unit";
	static final String STAFF = "staff";
	private static final Logger log = LoggerFactory.getLogger(OrganizationRecords.class);
	private static final int BATCH = PageQuery.MAX_SIZE;

	private final OrganizationDirectory organization;
	private final SearchService index;
	private final Segmenter segmenter;

	OrganizationRecords(OrganizationDirectory organization, SearchService index, Segmenter segmenter) {
		this.organization = organization;
		this.index = index;
		this.segmenter = segmenter;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<UnitSummary> units = organization.allUnits();
		segmenter.learn(Stream.concat(organization.divisions().stream().map(Division::name), units.stream().flatMap(OrganizationRecords::names))
			.toList());
		Map<Long, UnitSummary> byId = byId(units);
		Set<String> unitIds = new HashSet<>();
		for (UnitSummary unit : units) {
			if (unit.active()) {
				index.index(unitDocument(unit, byId));
				unitIds.add(String.valueOf(unit.id()));
			}
		}
		index.retainOnly(UNIT, unitIds);
		Set<String> staffIds = new HashSet<>();
		forEachStaff(new StaffQuery(null, null, false), staff -> {
			index.index(staffDocument(staff, byId));
			staffIds.add(String.valueOf(staff.id()));
		});
		index.retainOnly(STAFF, staffIds);
		log.info("Search index holds {} units and {} staff", unitIds.size(), staffIds.size());
	}

	@EventListener
	void on(RecordChanged event) {
		switch (event.targetType()) {
			case UNIT -> unitChanged(Long.parseLong(event.targetId()));
			case STAFF -> staffChanged(Long.parseLong(event.targetId()));
			default -> {
			}
		}
	}

	private void unitChanged(long id) {
		List<UnitSummary> units = organization.allUnits();
		Map<Long, UnitSummary> byId = byId(units);
		UnitSummary changed = byId.get(id);
		if (changed == null) {
			index.remove(UNIT, String.valueOf(id));
			return;
		}
		segmenter.learn(names(changed).toList());
		for (UnitSummary unit : units) {
			if (unit.isWithin(id)) {
				indexOrRemoveUnit(unit, byId);
			}
		}
		forEachStaff(new StaffQuery(id, null, true), staff -> indexOrRemoveStaff(staff, byId));
	}

	private void staffChanged(long id) {
		organization.findStaff(id).ifPresentOrElse(staff -> indexOrRemoveStaff(staff, byId(organization.allUnits())),
				() -> index.remove(STAFF, String.valueOf(id)));
	}

	private void indexOrRemoveUnit(UnitSummary unit, Map<Long, UnitSummary> byId) {
		if (unit.active()) {
			index.index(unitDocument(unit, byId));
		}
		else {
			index.remove(UNIT, String.valueOf(unit.id()));
		}
	}

	private void indexOrRemoveStaff(StaffSummary staff, Map<Long, UnitSummary> byId) {
		if (staff.active()) {
			index.index(staffDocument(staff, byId));
		}
		else {
			index.remove(STAFF, String.valueOf(staff.id()));
		}
	}

	/** A unit: its full name as title; its short name and the names of the units above it as text. */
	static SearchDocument unitDocument(UnitSummary unit, Map<Long, UnitSummary> byId) {
		List<String> text = new ArrayList<>();
		if (!unit.displayName().equals(unit.name())) {
			text.add(unit.displayName());
		}
		String ancestors = ancestorNames(unit, byId);
		if (!ancestors.isEmpty()) {
			text.add(ancestors);
		}
		return new SearchDocument(UNIT, String.valueOf(unit.id()), directory(unit.id()), unit.name(), String.join(" · ", text),
				"/admin/units?unit=" + unit.id());
	}

	/** A member of staff: the name as title; position, unit and the units above it as text; no contact data. */
	static SearchDocument staffDocument(StaffSummary staff, Map<Long, UnitSummary> byId) {
		List<String> text = new ArrayList<>();
		if (staff.position() != null && !staff.position().isBlank()) {
			text.add(staff.position());
		}
		text.add(staff.unitName());
		UnitSummary unit = byId.get(staff.unitId());
		if (unit != null) {
			if (!unit.displayName().equals(unit.name())) {
				text.add(unit.displayName());
			}
			String ancestors = ancestorNames(unit, byId);
			if (!ancestors.isEmpty()) {
				text.add(ancestors);
			}
		}
		return new SearchDocument(STAFF, String.valueOf(staff.id()), directory(staff.unitId()), staff.name(), String.join(" · ", text),
				"/admin/staff/" + staff.id());
	}

	/** The directory's rule: organization:read within the data scope, as its API reads units and staff. */
	private static Visibility directory(Long unitId) {
		return Visibility.of(Permissions.ORGANIZATION_READ, unitId == null ? List.of() : List.of(unitId));
	}

	private static String ancestorNames(UnitSummary unit, Map<Long, UnitSummary> byId) {
		return ancestors(unit, byId).stream().map(UnitSummary::displayName).collect(Collectors.joining(" › "));
	}

	private static List<UnitSummary> ancestors(UnitSummary unit, Map<Long, UnitSummary> byId) {
		List<UnitSummary> ancestors = new ArrayList<>();
		for (String id : unit.path().split("/")) {
			if (!id.isEmpty() && Long.parseLong(id) != unit.id() && byId.containsKey(Long.parseLong(id))) {
				ancestors.add(byId.get(Long.parseLong(id)));
			}
		}
		return ancestors;
	}

	private void forEachStaff(StaffQuery query, java.util.function.Consumer<StaffSummary> action) {
		for (int page = 0;; page++) {
			Page<StaffSummary> batch = organization.staff(query, new PageQuery(page, BATCH, "name", true), Actor.SYSTEM);
			batch.items().forEach(action);
			if (!batch.hasNext()) {
				return;
			}
		}
	}

	private static Stream<String> names(UnitSummary unit) {
		return Stream.of(unit.name(), unit.shortName());
	}

	private static Map<Long, UnitSummary> byId(List<UnitSummary> units) {
		return units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
	}
}
