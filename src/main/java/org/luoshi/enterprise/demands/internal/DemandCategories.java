package org.luoshi.enterprise.demands.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The district's category tree of demands (policy, land, finance, labour, approvals …), each with its time limit in
 * working days, and the routes that send a category's demands to a unit (首接负责): in one town or in all, to a named
 * unit or to the unit keeping the enterprise's town. A category without a route of its own takes its parent's.
 */
@Component
class DemandCategories {

	private final JdbcClient jdbc;

	DemandCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Category(long id, Long parentId, String code, String name, String nameEn, int timeLimitDays, int position, boolean active,
			int version) {
	}

	/** A route: {@code divisionCode} null for every town; {@code unitId} null when the enterprise's town takes it. */
	record Route(long id, long categoryId, String divisionCode, Long unitId, boolean toTown) {
	}

	/** The categories in tree order: each top category followed by its children, by position. */
	List<Category> all() {
		List<Category> flat = jdbc.sql("""
				SELECT id, parent_id, code, name, name_en, time_limit_days, position, active, version
				FROM demand_category ORDER BY position, id""")
			.query((rs, n) -> new Category(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getString("code"),
					rs.getString("name"), rs.getString("name_en"), rs.getInt("time_limit_days"), rs.getInt("position"),
					rs.getBoolean("active"), rs.getInt("version")))
			.list();
		List<Category> ordered = new ArrayList<>();
		flat.stream().filter(category -> category.parentId() == null).forEach(top -> {
			ordered.add(top);
			flat.stream().filter(child -> top.id() == (child.parentId() == null ? -1 : child.parentId())).forEach(ordered::add);
		});
		return ordered;
	}

	Map<Long, Category> byId() {
		return all().stream().collect(Collectors.toMap(Category::id, Function.identity()));
	}

	Optional<Category> find(long id) {
		return Optional.ofNullable(byId().get(id));
	}

	/** {@code 用地规划 / 用地指标}: the category under its parent. */
	static String path(Category category, Map<Long, Category> categories) {
		Category parent = category.parentId() == null ? null : categories.get(category.parentId());
		return parent == null ? category.name() : parent.name() + " / " + category.name();
	}

	List<Route> routes() {
		return jdbc.sql("SELECT id, category_id, division_code, unit_id, to_town FROM demand_route ORDER BY category_id, division_code NULLS FIRST")
			.query((rs, n) -> new Route(rs.getLong("id"), rs.getLong("category_id"), rs.getString("division_code"),
					rs.getObject("unit_id", Long.class), rs.getBoolean("to_town")))
			.list();
	}

	/**
	 * The route for a category's demand from a town: the category's route for the town, else its route for every town,
	 * else the same of its parent; empty when none fits (the desk dispatches by hand).
	 */
	Optional<Route> route(long categoryId, String divisionCode) {
		Map<Long, Category> categories = byId();
		List<Route> routes = routes();
		Category category = categories.get(categoryId);
		while (category != null) {
			long id = category.id();
			Optional<Route> found = routes.stream().filter(r -> r.categoryId() == id && divisionCode.equals(r.divisionCode())).findFirst()
				.or(() -> routes.stream().filter(r -> r.categoryId() == id && r.divisionCode() == null).findFirst());
			if (found.isPresent()) {
				return found;
			}
			category = category.parentId() == null ? null : categories.get(category.parentId());
		}
		return Optional.empty();
	}

	/** Sets a category's route for every town: to a unit, to the enterprise's town ({@code toTown}), or none. */
	void setRoute(long categoryId, Long unitId, boolean toTown) {
		jdbc.sql("DELETE FROM demand_route WHERE category_id = ? AND division_code IS NULL").param(categoryId).update();
		if (unitId != null || toTown) {
			jdbc.sql("INSERT INTO demand_route (category_id, division_code, unit_id, to_town) VALUES (?, NULL, ?, ?)")
				.params(categoryId, toTown ? null : unitId, toTown)
				.update();
		}
	}

	/** Sets the category's route for one town to a unit, replacing the town's earlier route. */
	void setTownRoute(long categoryId, String divisionCode, long unitId) {
		jdbc.sql("""
				INSERT INTO demand_route (category_id, division_code, unit_id, to_town) VALUES (?, ?, ?, false)
				ON CONFLICT (category_id, COALESCE(division_code, '')) DO UPDATE SET unit_id = EXCLUDED.unit_id, to_town = false""")
			.params(categoryId, divisionCode, unitId)
			.update();
	}

	void removeTownRoute(long categoryId, String divisionCode) {
		jdbc.sql("DELETE FROM demand_route WHERE category_id = ? AND division_code = ?").params(categoryId, divisionCode).update();
	}

	long insert(Long parentId, String code, String name, String nameEn, int timeLimitDays, int position) {
		return jdbc.sql("""
				INSERT INTO demand_category (parent_id, code, name, name_en, time_limit_days, position)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(parentId, code, name, nameEn, timeLimitDays, position)
			.query(Long.class)
			.single();
	}
}
