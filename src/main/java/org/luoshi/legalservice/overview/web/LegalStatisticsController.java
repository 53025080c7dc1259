package org.luoshi.legalservice.overview.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.luoshi.legalservice.overview.LegalStatistics;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.NavigationEntry;
import org.luoshi.shared.Permissions;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * The legal services' statistics page: requests and satisfaction per park, service and month, lectures per park and
 * month ({@link LegalStatisticsApiController} answers the same report).
 */
@Controller
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:statistics')")
class LegalStatisticsController {

	private final LegalStatistics statistics;

	LegalStatisticsController(LegalStatistics statistics) {
		this.statistics = statistics;
	}

	@Bean
	static NavigationEntry legalStatisticsNavigation() {
		return new NavigationEntry("legal.nav.section", 89, "legal.stats.title", "/legal/stats", "bar-chart", Permissions.LEGAL_HANDLE,
				Permissions.LEGAL_STATISTICS);
	}

	@GetMapping("/legal/stats")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		YearMonth[] span;
		try {
			span = span(from, to);
		}
		catch (ValidationException e) {
			// A month that is none: this year so far, saying so.
			model.addAttribute("problems", e.violations());
			span = span(null, null);
		}
		model.addAttribute("report", statistics.report(span[0], span[1], CurrentActor.get()));
		return "legal/stats";
	}

	static YearMonth[] span(String from, String to) {
		try {
			return LegalStatistics.span(from, to);
		}
		catch (DateTimeParseException e) {
			throw new ValidationException(List.of(Violation.of("from", "legal.stats.month.format")));
		}
	}
}
