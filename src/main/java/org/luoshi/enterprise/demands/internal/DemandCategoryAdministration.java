package org.luoshi.enterprise.demands.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.DistrictTown;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.demands.DemandCategoryView;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district keeps its category tree (the desk, {@code demand:dispatch}): each category's time limit in working days,
 * its route for every town (a unit, the enterprise's town, or none: the desk dispatches) and for single towns (a unit),
 * whether it is still offered,
 * and new categories under a top one. A changed limit applies to demands raised from then on; a demand keeps the limit
 * and due day it was raised with. Every change is checked whole, optimistically locked and audited.
 */
@Service
@Transactional
public class DemandCategoryAdministration {

	static final int MAX_LIMIT = 60;

	private final DemandCategories categories;
	private final OrganizationDirectory organization;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final EnterpriseDirectory enterprises;

	DemandCategoryAdministration(DemandCategories categories, OrganizationDirectory organization, ApplicationEventPublisher events,
			JdbcClient jdbc, EnterpriseDirectory enterprises) {
		this.categories = categories;
		this.enterprises = enterprises;
		this.organization = organization;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * A category's settings as typed: the limit, the route (a unit id, or {@code toTown}; neither when both are absent),
	 * offered or not (required: a change that forgot it must not withdraw the category). Boxed, so that a request that
	 * leaves them out is read and refused with its fields named — and refused at the door for those not at the desk.
	 */
	public record CategoryChange(Integer timeLimitDays, Long routeUnitId, Boolean routeToTown, Boolean active, Integer version) {

		boolean toTown() {
			return Boolean.TRUE.equals(routeToTown);
		}
	}

	/** A new category under {@code parentId} (a top category), or a new top category ({@code null}). */
	public record NewCategory(Long parentId, String name, String nameEn, Integer timeLimitDays) {
	}

	/** The category's demands from one town go to the unit {@code unitId}. */
	public record TownRouteChange(String divisionCode, Long unitId) {
	}

	@Transactional(readOnly = true)
	public List<DemandCategoryView> all() {
		Map<Long, DemandCategories.Category> tree = categories.byId();
		List<DemandCategories.Route> routes = categories.routes();
		Map<Long, String> unitNames = new java.util.HashMap<>();
		organization.allUnits().forEach(unit -> unitNames.put(unit.id(), unit.displayName()));
		Map<String, String> townNames = new java.util.HashMap<>();
		enterprises.towns().forEach(town -> townNames.put(town.divisionCode(), town.name()));
		List<DemandCategoryView> views = new ArrayList<>();
		for (DemandCategories.Category category : categories.all()) {
			Optional<DemandCategories.Route> route = routes.stream()
				.filter(r -> r.categoryId() == category.id() && r.divisionCode() == null).findFirst();
			Long unitId = route.map(DemandCategories.Route::unitId).orElse(null);
			List<DemandCategoryView.TownRoute> townRoutes = routes.stream()
				.filter(r -> r.categoryId() == category.id() && r.divisionCode() != null && r.unitId() != null)
				.map(r -> new DemandCategoryView.TownRoute(r.divisionCode(), townNames.getOrDefault(r.divisionCode(), r.divisionCode()),
						r.unitId(), unitNames.get(r.unitId())))
				.toList();
			views.add(new DemandCategoryView(category.id(), category.parentId(), DemandCategories.path(category, tree), category.name(),
					category.nameEn(), category.timeLimitDays(), unitId, unitId == null ? null : unitNames.get(unitId),
					route.map(DemandCategories.Route::toTown).orElse(false), category.active(), category.version(), townRoutes));
		}
		return views;
	}

	/**
	 * Sends the category's demands from one town to a unit (replacing the town's earlier route): where a town keeps its
	 * own office for a matter the district's bureau handles elsewhere.
	 */
	public DemandCategoryView routeTown(long categoryId, TownRouteChange change, Actor actor) {
		require(actor);
		DemandCategories.Category category = categories.find(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
		List<Violation> violations = new ArrayList<>();
		Optional<DistrictTown> town = town(change.divisionCode(), violations);
		if (change.unitId() == null) {
			violations.add(Violation.of("unitId", "demand.category.town-route.unit.required"));
		}
		else if (organization.findUnit(change.unitId()).filter(UnitSummary::active).isEmpty()) {
			violations.add(Violation.of("unitId", "demand.unit.unknown"));
		}
		ValidationException.throwIfAny(violations);
		DemandCategoryView before = view(categoryId);
		categories.setTownRoute(categoryId, town.orElseThrow().divisionCode(), change.unitId());
		DemandCategoryView after = view(categoryId);
		events.publishEvent(RecordChanged.of("enterprise.demand-category.changed", "demand-category", categoryId, category.name(), Changes.of()
			.field("route." + town.get().name(), townRoute(before, town.get()), townRoute(after, town.get()))));
		return after;
	}

	/** The town's demands of the category follow the route for every town again. */
	public DemandCategoryView unrouteTown(long categoryId, String divisionCode, Actor actor) {
		require(actor);
		DemandCategories.Category category = categories.find(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
		List<Violation> violations = new ArrayList<>();
		Optional<DistrictTown> town = town(divisionCode, violations);
		ValidationException.throwIfAny(violations);
		DemandCategoryView before = view(categoryId);
		if (townRoute(before, town.orElseThrow()) == null) {
			return before;
		}
		categories.removeTownRoute(categoryId, town.get().divisionCode());
		DemandCategoryView after = view(categoryId);
		events.publishEvent(RecordChanged.of("enterprise.demand-category.changed", "demand-category", categoryId, category.name(), Changes.of()
			.field("route." + town.get().name(), townRoute(before, town.get()), null)));
		return after;
	}

	private Optional<DistrictTown> town(String divisionCode, List<Violation> violations) {
		String code = divisionCode == null ? "" : divisionCode.strip();
		Optional<DistrictTown> town = enterprises.towns().stream().filter(candidate -> candidate.divisionCode().equals(code)).findFirst();
		if (town.isEmpty()) {
			violations.add(Violation.of("divisionCode", code.isEmpty() ? "demand.category.town-route.town.required"
					: "demand.category.town-route.town.unknown", code));
		}
		return town;
	}

	private static String townRoute(DemandCategoryView view, DistrictTown town) {
		return view.townRoutes().stream().filter(route -> route.divisionCode().equals(town.divisionCode())).findFirst()
			.map(DemandCategoryView.TownRoute::unitName).orElse(null);
	}

	public DemandCategoryView change(long categoryId, CategoryChange change, Actor actor) {
		require(actor);
		DemandCategories.Category category = categories.find(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
		DemandCategoryView before = view(categoryId);
		List<Violation> violations = new ArrayList<>();
		limit(change.timeLimitDays(), violations);
		if (change.active() == null) {
			violations.add(Violation.of("active", "demand.category.active.required"));
		}
		if (change.routeUnitId() != null && change.toTown()) {
			violations.add(Violation.of("routeUnitId", "demand.category.route.both"));
		}
		if (change.routeUnitId() != null && organization.findUnit(change.routeUnitId()).filter(UnitSummary::active).isEmpty()) {
			violations.add(Violation.of("routeUnitId", "demand.unit.unknown"));
		}
		if (change.version() == null) {
			violations.add(Violation.of("version", "demand.category.version.required"));
		}
		ValidationException.throwIfAny(violations);
		int updated = jdbc.sql("UPDATE demand_category SET time_limit_days = ?, active = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(change.timeLimitDays(), change.active(), categoryId, change.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		categories.setRoute(categoryId, change.routeUnitId(), change.toTown());
		DemandCategoryView after = view(categoryId);
		events.publishEvent(RecordChanged.of("enterprise.demand-category.changed", "demand-category", categoryId, category.name(), Changes.of()
			.field("timeLimitDays", before.timeLimitDays(), after.timeLimitDays())
			.field("route", route(before), route(after))
			.field("active", before.active(), after.active())));
		return after;
	}

	public DemandCategoryView add(NewCategory input, Actor actor) {
		require(actor);
		List<Violation> violations = new ArrayList<>();
		DemandCategories.Category parent = input.parentId() == null ? null : categories.find(input.parentId()).orElse(null);
		if (input.parentId() != null && (parent == null || parent.parentId() != null)) {
			violations.add(Violation.of("parentId", "demand.category.parent.unknown"));
		}
		String name = input.name() == null ? "" : input.name().strip();
		if (name.isEmpty() || name.length() > 50) {
			violations.add(Violation.of("name", name.isEmpty() ? "demand.category.name.required" : "demand.text.too-long", 50));
		}
		else if (categories.all().stream().anyMatch(c -> c.name().equals(name) && java.util.Objects.equals(c.parentId(), input.parentId()))) {
			violations.add(Violation.of("name", "demand.category.name.taken"));
		}
		String nameEn = input.nameEn() == null || input.nameEn().isBlank() ? name : input.nameEn().strip();
		if (nameEn.length() > 80) {
			violations.add(Violation.of("nameEn", "demand.text.too-long", 80));
		}
		limit(input.timeLimitDays(), violations);
		ValidationException.throwIfAny(violations);
		int position = jdbc.sql("SELECT COALESCE(max(position), 0) + 1 FROM demand_category").query(Integer.class).single();
		long id = categories.insert(input.parentId(), "CUSTOM_" + position, name, nameEn, input.timeLimitDays(), position);
		events.publishEvent(RecordChanged.of("enterprise.demand-category.created", "demand-category", id, name, Changes.of()
			.created("parent", parent == null ? null : parent.name())
			.created("timeLimitDays", input.timeLimitDays())));
		return view(id);
	}

	private DemandCategoryView view(long id) {
		return all().stream().filter(view -> view.id() == id).findFirst().orElseThrow();
	}

	private static String route(DemandCategoryView view) {
		return view.routeToTown() ? "TOWN" : view.routeUnitName();
	}

	private static void limit(Integer days, List<Violation> violations) {
		if (days == null || days < 1 || days > MAX_LIMIT) {
			violations.add(Violation.of("timeLimitDays", "demand.category.limit.range", MAX_LIMIT));
		}
	}

	private static void require(Actor actor) {
		if (!actor.can(Permissions.DEMAND_DISPATCH) || !actor.seesWholeDistrict()) {
			throw new AccessDeniedException(Permissions.DEMAND_DISPATCH);
		}
	}
}
