package org.luoshi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.luoshi.economy.Attainment;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalStanding;
import org.luoshi.supervision.Light;
import org.springframework.stereotype.Component;

/**
 * A goal bound to an economic indicator's target for a place: the binding checked against the indicators and places
 * the economy module knows, and the goal's standing read from its figures. The target itself stays the economy
 * module's: changing it there changes what the goal is measured against, with no copy to fall out of step.
 */
@Component
class GoalIndicatorBindings {

	private final EconomicIndicators indicators;
	private final Times times;

	GoalIndicatorBindings(EconomicIndicators indicators, Times times) {
		this.indicators = indicators;
		this.times = times;
	}

	/** The binding typed (an indicator's code and a place's division code, both or neither), or null for none. */
	GoalDetails.Binding check(String indicatorText, String placeText, List<Violation> violations) {
		String code = indicatorText == null || indicatorText.isBlank() ? null : indicatorText.strip();
		String place = placeText == null || placeText.isBlank() ? null : placeText.strip();
		if (code == null && place == null) {
			return null;
		}
		boolean valid = true;
		if (code == null) {
			violations.add(Violation.of("boundIndicator", "supervision.goal.binding.indicator.required"));
			valid = false;
		}
		else if (indicators.indicatorByCode(code).filter(IndicatorDefinition::active).isEmpty()) {
			violations.add(Violation.of("boundIndicator", "supervision.goal.binding.indicator.unknown", code));
			valid = false;
		}
		if (place == null) {
			violations.add(Violation.of("boundPlace", "supervision.goal.binding.place.required"));
			valid = false;
		}
		else if (indicators.place(place).isEmpty()) {
			violations.add(Violation.of("boundPlace", "supervision.goal.binding.place.unknown", place));
			valid = false;
		}
		return valid ? new GoalDetails.Binding(code, place) : null;
	}

	/**
	 * The standing as of the latest month that can have figures: December for a past year, this month for this year,
	 * January for a year to come (nothing done yet). Empty when the indicator is no longer defined.
	 */
	Optional<GoalStanding> standing(GoalDetails.Binding binding, int year) {
		Optional<IndicatorDefinition> found = indicators.indicatorByCode(binding.indicatorCode());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		IndicatorDefinition indicator = found.get();
		String placeName = indicators.place(binding.placeCode()).map(IndicatorPlace::name).orElse(binding.placeCode());
		LocalDate today = times.today();
		int month = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 1;
		Attainment attainment = indicators.attainment(indicator.id(), binding.placeCode(), year, month);
		return Optional.of(new GoalStanding(indicator.id(), indicator.code(), indicator.name(), indicator.unit(), binding.placeCode(),
				placeName, java.time.YearMonth.of(year, month).toString(), attainment, light(attainment)));
	}

	private static Light light(Attainment attainment) {
		if (attainment.light() == null) {
			return null;
		}
		return switch (attainment.light()) {
			case GREEN -> Light.GREEN;
			case AMBER -> Light.YELLOW;
			case RED -> Light.RED;
		};
	}
}
