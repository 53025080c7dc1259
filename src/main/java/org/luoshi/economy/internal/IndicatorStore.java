package org.luoshi.economy.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.luoshi.economy.Attainment;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.Frequency;
import org.luoshi.economy.Indicator;
import org.luoshi.economy.IndicatorTarget;
import org.luoshi.economy.IndicatorValue;
import org.luoshi.economy.Place;
import org.luoshi.economy.TargetCascade;
import org.luoshi.economy.TargetKind;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads definitions, values, targets and settings, and works attainment out of them. */
@Component
@Transactional(readOnly = true)
class IndicatorStore implements EconomicIndicators {

	private static final String INDICATOR = """
			SELECT id, code, name, name_en, unit, frequency, comparable_prices, position, active, version FROM economic_indicator""";
	private static final String VALUE = """
			SELECT id, indicator_id, place_code, year, month, value, growth_pct, source, demo, recorded_at, recorded_by,
			       superseded_by IS NULL AS current
			FROM indicator_value""";
	private static final String TARGET = "SELECT id, indicator_id, place_code, year, kind, value, note, version FROM indicator_target";

	private final JdbcClient jdbc;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;

	IndicatorStore(JdbcClient jdbc, EnterpriseDirectory enterprises, OrganizationDirectory organization) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.organization = organization;
	}

	@Override
	public List<Indicator> indicators(boolean activeOnly) {
		return jdbc.sql(INDICATOR + (activeOnly ? " WHERE active" : "") + " ORDER BY position, id").query(IndicatorStore::indicator).list();
	}

	@Override
	public Optional<Indicator> indicator(long id) {
		return jdbc.sql(INDICATOR + " WHERE id = ?").param(id).query(IndicatorStore::indicator).optional();
	}

	@Override
	public Optional<Indicator> indicatorByCode(String code) {
		return jdbc.sql(INDICATOR + " WHERE code = ?").param(code).query(IndicatorStore::indicator).optional();
	}

	@Override
	public List<Place> places() {
		List<Place> places = new ArrayList<>();
		organization.allUnits().stream().filter(unit -> unit.type() == UnitType.DISTRICT && unit.parentId() == null && unit.divisionCode() != null)
			.findFirst().ifPresent(district -> places.add(new Place(district.divisionCode(), district.displayName(), true)));
		enterprises.towns().forEach(town -> places.add(new Place(town.divisionCode(), town.name(), false)));
		return places;
	}

	@Override
	public Optional<Place> place(String code) {
		return places().stream().filter(place -> place.code().equals(code)).findFirst();
	}

	@Override
	public List<IndicatorValue> values(long indicatorId, String placeCode, int fromYear, int toYear) {
		return jdbc.sql(VALUE + " WHERE indicator_id = ? AND place_code = ? AND year BETWEEN ? AND ? AND superseded_by IS NULL ORDER BY year, month")
			.params(indicatorId, placeCode, fromYear, toYear).query(IndicatorStore::value).list();
	}

	@Override
	public List<IndicatorValue> revisions(long indicatorId, String placeCode, int year, int month) {
		return jdbc.sql(VALUE + " WHERE indicator_id = ? AND place_code = ? AND year = ? AND month = ? ORDER BY superseded_by IS NOT NULL, id DESC")
			.params(indicatorId, placeCode, year, month).query(IndicatorStore::value).list();
	}

	@Override
	public Optional<IndicatorTarget> target(long indicatorId, String placeCode, int year) {
		return jdbc.sql(TARGET + " WHERE indicator_id = ? AND place_code = ? AND year = ?").params(indicatorId, placeCode, year)
			.query(IndicatorStore::target).optional();
	}

	@Override
	public TargetCascade cascade(long indicatorId, int year) {
		List<Place> places = places();
		Place district = places.stream().filter(Place::district).findFirst().orElse(null);
		IndicatorTarget districtTarget = district == null ? null : target(indicatorId, district.code(), year).orElse(null);
		List<IndicatorTarget> towns = new ArrayList<>();
		List<String> townNames = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		boolean sumKnown = true;
		for (Place town : places.stream().filter(place -> !place.district()).toList()) {
			Optional<IndicatorTarget> target = target(indicatorId, town.code(), year);
			if (target.isEmpty()) {
				continue;
			}
			towns.add(target.get());
			townNames.add(town.name());
			BigDecimal level = level(target.get());
			if (level == null) {
				sumKnown = false;
			}
			else {
				sum = sum.add(level);
			}
		}
		BigDecimal districtLevel = districtTarget == null ? null : level(districtTarget);
		BigDecimal townSum = towns.isEmpty() || !sumKnown ? null : sum;
		BigDecimal difference = districtLevel == null || townSum == null ? null : districtLevel.subtract(townSum);
		List<String> unexplained = new ArrayList<>();
		if (difference != null && difference.abs().compareTo(new BigDecimal("0.005")) > 0) {
			for (int i = 0; i < towns.size(); i++) {
				if (towns.get(i).note() == null || towns.get(i).note().isBlank()) {
					unexplained.add(townNames.get(i));
				}
			}
		}
		return new TargetCascade(districtTarget, towns, districtLevel, townSum, difference, unexplained);
	}

	/** A target as a level: itself, or last year's whole on which its growth is asked. */
	private BigDecimal level(IndicatorTarget target) {
		if (target.kind() == TargetKind.LEVEL) {
			return target.value();
		}
		return yearEnd(target.indicatorId(), target.placeCode(), target.year() - 1)
			.map(base -> base.multiply(BigDecimal.ONE.add(target.value().movePointLeft(2)))).orElse(null);
	}

	private Optional<BigDecimal> yearEnd(long indicatorId, String placeCode, int year) {
		return valueAt(indicatorId, placeCode, year, 12).filter(row -> row.month() == 12).map(IndicatorValue::value);
	}

	/** The latest current value with a level, at the month or before it in the year. */
	private Optional<IndicatorValue> valueAt(long indicatorId, String placeCode, int year, int month) {
		return jdbc.sql(VALUE + " WHERE indicator_id = ? AND place_code = ? AND year = ? AND month <= ? AND superseded_by IS NULL"
				+ " AND value IS NOT NULL ORDER BY month DESC LIMIT 1")
			.params(indicatorId, placeCode, year, month).query(IndicatorStore::value).optional();
	}

	@Override
	public Attainment attainment(long indicatorId, String placeCode, int year, int month) {
		Indicator indicator = indicator(indicatorId).orElseThrow();
		Optional<IndicatorValue> latest = valueAt(indicatorId, placeCode, year, month);
		Integer asOf = latest.map(IndicatorValue::month).orElse(null);
		BigDecimal lastYearSame = asOf == null ? null
				: jdbc.sql("""
						SELECT value FROM indicator_value WHERE indicator_id = ? AND place_code = ? AND year = ? AND month = ?
						  AND superseded_by IS NULL AND value IS NOT NULL""")
					.params(indicatorId, placeCode, year - 1, asOf).query(BigDecimal.class).optional().orElse(null);
		BigDecimal lastYearWhole = yearEnd(indicatorId, placeCode, year - 1).orElse(null);
		Optional<IndicatorTarget> target = target(indicatorId, placeCode, year);
		BigDecimal margin = amberMargin();
		boolean yearDone = asOf != null && (asOf == 12 || indicator.frequency() == Frequency.YEARLY);
		return Attainment.of(year, asOf, latest.map(IndicatorValue::value).orElse(null), latest.map(IndicatorValue::growthPct).orElse(null),
				lastYearSame, lastYearWhole, target.map(IndicatorTarget::kind).orElse(null), target.map(IndicatorTarget::value).orElse(null),
				yearDone, margin);
	}

	BigDecimal amberMargin() {
		return jdbc.sql("SELECT amber_margin_pct FROM economy_settings WHERE id = 1").query(BigDecimal.class).single();
	}

	private static Indicator indicator(ResultSet rs, int row) throws SQLException {
		return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"), rs.getString("unit"),
				Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("comparable_prices"), rs.getInt("position"), rs.getBoolean("active"),
				rs.getInt("version"));
	}

	private static IndicatorValue value(ResultSet rs, int row) throws SQLException {
		return new IndicatorValue(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("place_code"), rs.getInt("year"), rs.getInt("month"),
				rs.getBigDecimal("value"), rs.getBigDecimal("growth_pct"), rs.getString("source"), rs.getBoolean("demo"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getBoolean("current"));
	}

	private static IndicatorTarget target(ResultSet rs, int row) throws SQLException {
		return new IndicatorTarget(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("place_code"), rs.getInt("year"),
				TargetKind.valueOf(rs.getString("kind")), rs.getBigDecimal("value"), rs.getString("note"), rs.getInt("version"));
	}
}
