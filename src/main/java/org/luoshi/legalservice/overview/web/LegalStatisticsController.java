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
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The legal services' statistics: requests and satisfaction per park, service and month, lectures per park and month —
 * the page and the same report in the API.
 */
@Controller
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle')")
@Tag(name = "Legal services: statistics")
class LegalStatisticsController {

	private final LegalStatistics statistics;

	LegalStatisticsController(LegalStatistics statistics) {
		this.statistics = statistics;
	}

	@Bean
	static NavigationEntry legalStatisticsNavigation() {
		return new NavigationEntry("legal.nav.section", 89, "legal.stats.title", "/legal/stats", "bar-chart", Permissions.LEGAL_HANDLE);
	}

	@GetMapping("/legal/stats")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		YearMonth[] span = span(from, to);
		model.addAttribute("report", statistics.report(span[0], span[1], CurrentActor.get()));
		return "legal/stats";
	}

	@GetMapping("/api/v1/legal/stats")
	@ResponseBody
	@Operation(summary = "Counts and satisfaction per park, service and month", description = "`from`, `to` as YYYY-MM (default "
			+ "January to this month): requests received and closed and the requesters' ratings (1–5) by point, service and month "
			+ "with totals per point, service and month; lectures held, registrations, attendances and ratings per point and month. "
			+ "The bureau reads every point, a point's staff their points.")
	LegalStatistics.Report api(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		YearMonth[] span = span(from, to);
		return statistics.report(span[0], span[1], CurrentActor.get());
	}

	private static YearMonth[] span(String from, String to) {
		try {
			return LegalStatistics.span(from, to);
		}
		catch (DateTimeParseException e) {
			throw new ValidationException(List.of(Violation.of("from", "legal.stats.month.format")));
		}
	}
}
