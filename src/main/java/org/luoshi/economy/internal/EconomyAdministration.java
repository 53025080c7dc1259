package org.luoshi.economy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.Frequency;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.economy.IndicatorTarget;
import org.luoshi.economy.IndicatorValue;
import org.luoshi.economy.TargetKind;
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
 * Keeps the indicators' values and targets ({@code economy:manage}): each value checked against its indicator, place,
 * month and the month before it; a value for a month that has one is a revision, accepted only when marked as one, and
 * keeps the value it replaces. Every write is audited.
 */
@Service
@Transactional
public class EconomyAdministration {

	/** A growth target beyond these is a typing slip, not a plan (900 % was once typed for 9.00). */
	static final BigDecimal MIN_GROWTH = new BigDecimal("-50");
	static final BigDecimal MAX_GROWTH = new BigDecimal("100");

	private final JdbcClient jdbc;
	private final EconomicIndicators indicators;
	private final ApplicationEventPublisher events;

	EconomyAdministration(JdbcClient jdbc, EconomicIndicators indicators, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.events = events;
	}

	/**
	 * A value as given: the place's division code, year, month (12 for a yearly indicator), the cumulative value and/or the
	 * reported growth in per cent, its source, and whether it revises what the month (or the months before it) hold.
	 */
	public record ValueInput(String placeCode, Integer year, Integer month, BigDecimal value, BigDecimal growthPct, String source,
			boolean revision, boolean demo) {
	}

	public record TargetInput(String placeCode, Integer year, TargetKind kind, BigDecimal value, String note) {
	}

	public IndicatorValue record(long indicatorId, ValueInput input, Actor actor) {
		require(actor);
		IndicatorDefinition indicator = indicators.indicator(indicatorId).orElseThrow(() -> new NotFoundException("indicator", indicatorId));
		List<Violation> violations = check(indicator, input, "", placeCodes());
		ValidationException.throwIfAny(violations);
		String place = input.placeCode().strip();
		write(indicator, input, indicators.place(place).map(IndicatorPlace::name).orElse(place), actor);
		return indicators.revisions(indicator.id(), place, input.year(), input.month()).get(0);
	}

	/**
	 * The problems of a value for the indicator, each on its field prefixed by {@code prefix} (a row's fields in an
	 * import): none when it may be written as given. {@code places} are the division codes values may be kept for, read
	 * once by the caller (an import checks thousands of rows against them).
	 */
	List<Violation> check(IndicatorDefinition indicator, ValueInput input, String prefix, Set<String> places) {
		List<Violation> violations = new ArrayList<>();
		if (!indicator.active()) {
			violations.add(Violation.of(prefix + "indicator", "economy.indicator.inactive", indicator.name()));
		}
		if (input.placeCode() == null || !places.contains(input.placeCode().strip())) {
			violations.add(Violation.of(prefix + "placeCode", "economy.place.unknown", input.placeCode() == null ? "" : input.placeCode()));
		}
		if (input.year() == null || input.year() < 1990 || input.year() > 2100) {
			violations.add(Violation.of(prefix + "year", "economy.year.range"));
		}
		if (input.month() == null || !indicator.frequency().reports(input.month())) {
			violations.add(Violation.of(prefix + "month", "economy.month." + indicator.frequency().name(), input.month() == null ? "" : input.month()));
		}
		if (input.value() == null && input.growthPct() == null) {
			violations.add(Violation.of(prefix + "value", "economy.value.required"));
		}
		if (input.value() != null && (input.value().signum() < 0 || input.value().precision() - input.value().scale() > 14)) {
			violations.add(Violation.of(prefix + "value", "economy.value.range"));
		}
		if (input.growthPct() != null && (input.growthPct().compareTo(new BigDecimal("-100")) < 0 || input.growthPct().compareTo(new BigDecimal("1000")) > 0)) {
			violations.add(Violation.of(prefix + "growthPct", "economy.growth.range"));
		}
		if (input.source() != null && input.source().length() > 500) {
			violations.add(Violation.of(prefix + "source", "economy.text.too-long", 500));
		}
		if (!violations.isEmpty()) {
			return violations;
		}
		String place = input.placeCode().strip();
		Optional<IndicatorValue> same = current(indicator.id(), place, input.year(), input.month());
		if (same.isPresent() && !input.revision()) {
			violations.add(Violation.of(prefix + "month", "economy.value.recorded", same.get().value() == null ? "—" : same.get().value().toPlainString()));
		}
		if (input.value() != null && !input.revision() && indicator.frequency() != org.luoshi.economy.Frequency.YEARLY) {
			Optional<BigDecimal> before = jdbc.sql("""
					SELECT value FROM indicator_value
					WHERE indicator_id = ? AND place_code = ? AND year = ? AND month < ? AND superseded_by IS NULL AND value IS NOT NULL
					ORDER BY month DESC LIMIT 1""")
				.params(indicator.id(), place, input.year(), input.month()).query(BigDecimal.class).optional();
			if (before.isPresent() && input.value().compareTo(before.get()) < 0) {
				violations.add(Violation.of(prefix + "value", "economy.value.below-previous", before.get().toPlainString()));
			}
		}
		return violations;
	}

	/** The division codes values and targets may be kept for: the district's and its towns'. */
	Set<String> placeCodes() {
		return indicators.places().stream().map(IndicatorPlace::code).collect(Collectors.toSet());
	}

	/**
	 * Writes a checked value for the place named {@code placeName} (for the audit entry's label): a revision supersedes
	 * the month's current value, which is kept. Whether it was a revision.
	 */
	boolean write(IndicatorDefinition indicator, ValueInput input, String placeName, Actor actor) {
		String place = input.placeCode().strip();
		Optional<IndicatorValue> replaced = current(indicator.id(), place, input.year(), input.month());
		long id = jdbc.sql("SELECT nextval('indicator_value_id_seq')").query(Long.class).single();
		replaced.ifPresent(old -> jdbc.sql("UPDATE indicator_value SET superseded_by = ? WHERE id = ?").params(id, old.id()).update());
		jdbc.sql("""
				INSERT INTO indicator_value (id, indicator_id, place_code, year, month, value, growth_pct, source, demo, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, indicator.id(), place, input.year(), input.month(), input.value(), input.growthPct(), blankToNull(input.source()),
					input.demo(), actor.username())
			.update();
		String label = indicator.name() + " · " + placeName + " · " + input.year() + "-" + String.format("%02d", input.month());
		events.publishEvent(RecordChanged.of(replaced.isPresent() ? "economy.value.revised" : "economy.value.recorded", "indicator-value", id, label,
				Changes.of()
					.field("value", replaced.map(IndicatorValue::value).map(BigDecimal::toPlainString).orElse(null), plain(input.value()))
					.field("growthPct", replaced.map(IndicatorValue::growthPct).map(BigDecimal::toPlainString).orElse(null), plain(input.growthPct()))
					.field("source", replaced.map(IndicatorValue::source).orElse(null), blankToNull(input.source()))));
		return replaced.isPresent();
	}

	private Optional<IndicatorValue> current(long indicatorId, String place, int year, int month) {
		return indicators.revisions(indicatorId, place, year, month).stream().filter(IndicatorValue::current).findFirst();
	}

	/**
	 * An indicator's definition as typed. The code names the indicator in imports, the API and supervision goals bound to
	 * it, so it is given once, when the indicator is defined, and never changed; {@code version} is needed to change one.
	 */
	public record DefinitionInput(String code, String name, String nameEn, String unit, String frequency, Boolean comparablePrices,
			Integer position, Boolean active, Integer version) {
	}

	/** A new indicator, after the others unless a position is given. */
	public IndicatorDefinition define(DefinitionInput input, Actor actor) {
		require(actor);
		List<Violation> violations = new ArrayList<>();
		String code = input.code() == null ? "" : input.code().strip();
		if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
			violations.add(Violation.of("code", "economy.indicator.code.format"));
		}
		else if (indicators.indicatorByCode(code).isPresent()) {
			violations.add(Violation.of("code", "economy.indicator.code.taken", code));
		}
		Definition definition = definition(input, null, violations);
		ValidationException.throwIfAny(violations);
		int position = input.position() != null ? input.position()
				: jdbc.sql("SELECT COALESCE(max(position), 0) + 10 FROM economic_indicator").query(Integer.class).single();
		long id = jdbc.sql("""
				INSERT INTO economic_indicator (code, name, name_en, unit, frequency, comparable_prices, position, active)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(code, definition.name(), definition.nameEn(), definition.unit(), definition.frequency().name(), definition.comparablePrices(),
					position, definition.active())
			.query(Long.class).single();
		IndicatorDefinition after = indicators.indicator(id).orElseThrow();
		events.publishEvent(RecordChanged.of("economy.indicator.defined", "indicator", id, after.name(), Changes.of()
			.created("code", after.code()).created("name", after.name()).created("nameEn", after.nameEn()).created("indicatorUnit", after.unit())
			.created("frequency", after.frequency().name()).created("comparablePrices", after.comparablePrices())
			.created("displayOrder", after.position()).created("active", after.active())));
		return after;
	}

	/**
	 * Changes an indicator's names, unit, frequency, price basis, position or whether it is in use (one not in use keeps
	 * its figures but leaves the lists, imports and goal bindings). A frequency that the months already recorded do not
	 * fit — monthly values under a quarterly indicator — is refused.
	 */
	public IndicatorDefinition redefine(long id, DefinitionInput input, Actor actor) {
		require(actor);
		IndicatorDefinition before = indicators.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
		List<Violation> violations = new ArrayList<>();
		if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(before.code())) {
			violations.add(Violation.of("code", "economy.indicator.code.fixed", before.code()));
		}
		Definition definition = definition(input, before, violations);
		if (definition.frequency() != null && definition.frequency() != before.frequency()) {
			List<Integer> months = jdbc.sql("SELECT DISTINCT month FROM indicator_value WHERE indicator_id = ? AND superseded_by IS NULL ORDER BY month")
				.param(id).query(Integer.class).list();
			List<Integer> misfits = months.stream().filter(month -> !definition.frequency().reports(month)).toList();
			if (!misfits.isEmpty()) {
				violations.add(Violation.of("frequency", "economy.indicator.frequency.values",
						misfits.stream().map(String::valueOf).collect(Collectors.joining("、"))));
			}
		}
		if (input.version() == null) {
			violations.add(Violation.of("version", "validation.required"));
		}
		ValidationException.throwIfAny(violations);
		int position = input.position() != null ? input.position() : before.position();
		int updated = jdbc.sql("""
				UPDATE economic_indicator SET name = ?, name_en = ?, unit = ?, frequency = ?, comparable_prices = ?, position = ?, active = ?,
				       version = version + 1
				WHERE id = ? AND version = ?""")
			.params(definition.name(), definition.nameEn(), definition.unit(), definition.frequency().name(), definition.comparablePrices(),
					position, definition.active(), id, input.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		IndicatorDefinition after = indicators.indicator(id).orElseThrow();
		events.publishEvent(RecordChanged.of("economy.indicator.changed", "indicator", id, after.name(), Changes.of()
			.field("name", before.name(), after.name()).field("nameEn", before.nameEn(), after.nameEn()).field("indicatorUnit", before.unit(), after.unit())
			.field("frequency", before.frequency().name(), after.frequency().name())
			.field("comparablePrices", before.comparablePrices(), after.comparablePrices())
			.field("displayOrder", before.position(), after.position()).field("active", before.active(), after.active())));
		return after;
	}

	private record Definition(String name, String nameEn, String unit, Frequency frequency, boolean comparablePrices, boolean active) {
	}

	/** The fields every definition needs, checked alike for a new indicator and a changed one. */
	private Definition definition(DefinitionInput input, IndicatorDefinition before, List<Violation> violations) {
		String name = blankToNull(input.name());
		if (name == null) {
			violations.add(Violation.of("name", "validation.required"));
		}
		else if (name.length() > 40) {
			violations.add(Violation.of("name", "economy.text.too-long", 40));
		}
		else if (indicators.indicators(false).stream().anyMatch(other -> other.name().equals(name) && (before == null || other.id() != before.id()))) {
			violations.add(Violation.of("name", "economy.indicator.name.taken", name));
		}
		String nameEn = blankToNull(input.nameEn());
		if (nameEn == null) {
			violations.add(Violation.of("nameEn", "validation.required"));
		}
		else if (nameEn.length() > 80) {
			violations.add(Violation.of("nameEn", "economy.text.too-long", 80));
		}
		String unit = blankToNull(input.unit());
		if (unit == null) {
			violations.add(Violation.of("unit", "validation.required"));
		}
		else if (unit.length() > 10) {
			violations.add(Violation.of("unit", "economy.text.too-long", 10));
		}
		Frequency frequency = null;
		if (input.frequency() == null || input.frequency().isBlank()) {
			violations.add(Violation.of("frequency", "validation.required"));
		}
		else {
			try {
				frequency = Frequency.valueOf(input.frequency().strip());
			}
			catch (IllegalArgumentException e) {
				violations.add(Violation.of("frequency", "economy.indicator.frequency.unknown", input.frequency()));
			}
		}
		if (input.position() != null && (input.position() < 0 || input.position() > 9999)) {
			violations.add(Violation.of("position", "economy.indicator.position.range"));
		}
		boolean comparable = input.comparablePrices() != null ? input.comparablePrices() : before != null && before.comparablePrices();
		boolean active = input.active() != null ? input.active() : before == null || before.active();
		return new Definition(name, nameEn, unit, frequency, comparable, active);
	}

	/** Sets (or replaces) a place's target for a year. */
	public IndicatorTarget setTarget(long indicatorId, TargetInput input, Actor actor) {
		require(actor);
		IndicatorDefinition indicator = indicators.indicator(indicatorId).orElseThrow(() -> new NotFoundException("indicator", indicatorId));
		List<Violation> violations = new ArrayList<>();
		if (input.placeCode() == null || indicators.place(input.placeCode().strip()).isEmpty()) {
			violations.add(Violation.of("placeCode", "economy.place.unknown", input.placeCode() == null ? "" : input.placeCode()));
		}
		if (input.year() == null || input.year() < 1990 || input.year() > 2100) {
			violations.add(Violation.of("year", "economy.year.range"));
		}
		if (input.kind() == null) {
			violations.add(Violation.of("kind", "validation.required"));
		}
		if (input.value() == null) {
			violations.add(Violation.of("value", "validation.required"));
		}
		else if (input.kind() == TargetKind.GROWTH && (input.value().compareTo(MIN_GROWTH) < 0 || input.value().compareTo(MAX_GROWTH) > 0)) {
			violations.add(Violation.of("value", "economy.target.growth.range", MIN_GROWTH, MAX_GROWTH));
		}
		else if (input.kind() == TargetKind.LEVEL && (input.value().signum() <= 0 || input.value().precision() - input.value().scale() > 14)) {
			violations.add(Violation.of("value", "economy.target.level.range"));
		}
		if (input.note() != null && input.note().length() > 500) {
			violations.add(Violation.of("note", "economy.text.too-long", 500));
		}
		ValidationException.throwIfAny(violations);
		String place = input.placeCode().strip();
		Optional<IndicatorTarget> before = indicators.target(indicatorId, place, input.year());
		jdbc.sql("""
				INSERT INTO indicator_target (indicator_id, place_code, year, kind, value, note) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (indicator_id, place_code, year) DO UPDATE SET kind = excluded.kind, value = excluded.value, note = excluded.note,
				       version = indicator_target.version + 1""")
			.params(indicatorId, place, input.year(), input.kind().name(), input.value(), blankToNull(input.note())).update();
		IndicatorTarget after = indicators.target(indicatorId, place, input.year()).orElseThrow();
		events.publishEvent(RecordChanged.of(before.isPresent() ? "economy.target.changed" : "economy.target.set", "indicator-target", after.id(),
				indicator.name() + " · " + indicators.place(place).map(p -> p.name()).orElse(place) + " · " + input.year(), Changes.of()
					.field("targetKind", before.map(t -> t.kind().name()).orElse(null), after.kind().name())
					.field("value", before.map(t -> t.value().toPlainString()).orElse(null), after.value().toPlainString())
					.field("targetNote", before.map(IndicatorTarget::note).orElse(null), after.note())));
		return after;
	}

	/** The district's rule for the lights: how many percentage points short of the target's growth is still amber. */
	public void setAmberMargin(BigDecimal marginPct, Integer version, Actor actor) {
		require(actor);
		if (marginPct == null || marginPct.signum() < 0 || marginPct.compareTo(new BigDecimal("20")) > 0) {
			throw new ValidationException(List.of(Violation.of("amberMarginPct", "economy.settings.margin.range")));
		}
		BigDecimal before = jdbc.sql("SELECT amber_margin_pct FROM economy_settings WHERE id = 1").query(BigDecimal.class).single();
		int updated = jdbc.sql("UPDATE economy_settings SET amber_margin_pct = ?, version = version + 1 WHERE id = 1 AND version = ?")
			.params(marginPct, version).update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		events.publishEvent(RecordChanged.of("economy.settings.changed", "economy-settings", 1, "economy", Changes.of()
			.field("amberMarginPct", before.stripTrailingZeros().toPlainString(), marginPct.stripTrailingZeros().toPlainString())));
	}

	@Transactional(readOnly = true)
	public BigDecimal amberMargin() {
		return jdbc.sql("SELECT amber_margin_pct FROM economy_settings WHERE id = 1").query(BigDecimal.class).single();
	}

	@Transactional(readOnly = true)
	public int settingsVersion() {
		return jdbc.sql("SELECT version FROM economy_settings WHERE id = 1").query(Integer.class).single();
	}

	static void require(Actor actor) {
		if (!actor.can(Permissions.ECONOMY_MANAGE)) {
			throw new AccessDeniedException(Permissions.ECONOMY_MANAGE);
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
