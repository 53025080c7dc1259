package org.luoshi.enterprise.demands.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.luoshi.enterprise.demands.DemandRates;
import org.luoshi.enterprise.demands.internal.DemandQueries;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.Times;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The three rates (三率) per unit over a period of months, with their definitions written on the page, for the units
 * the reader's scope reaches. The period defaults to the year so far.
 */
@Controller
@PreAuthorize("hasAuthority('demand:read')")
class DemandRatesController {

	private final DemandQueries queries;
	private final Times times;

	DemandRatesController(DemandQueries queries, Times times) {
		this.queries = queries;
		this.times = times;
	}

	/** A period as asked for; a month that cannot be read, or a period backwards, falls back to the year so far. */
	record Period(YearMonth from, YearMonth to) {

		static Period of(String from, String to, YearMonth now) {
			try {
				YearMonth start = from == null || from.isBlank() ? YearMonth.of(now.getYear(), 1) : YearMonth.parse(from.strip());
				YearMonth end = to == null || to.isBlank() ? now : YearMonth.parse(to.strip());
				return end.isBefore(start) ? new Period(end, start) : new Period(start, end);
			}
			catch (DateTimeParseException e) {
				return new Period(YearMonth.of(now.getYear(), 1), now);
			}
		}
	}

	@GetMapping("/demands/rates")
	String rates(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		Period period = Period.of(from, to, YearMonth.from(times.today()));
		List<DemandRates> rates = queries.rates(period.from(), period.to(), CurrentActor.get());
		model.addAttribute("period", period);
		model.addAttribute("rates", rates);
		return "demands/rates";
	}
}
