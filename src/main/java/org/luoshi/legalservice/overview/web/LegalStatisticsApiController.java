package org.luoshi.legalservice.overview.web;

import java.time.YearMonth;

import org.luoshi.legalservice.overview.LegalStatistics;
import org.luoshi.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The legal services' statistics in the API: the report the statistics page shows. */
@RestController
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:statistics')")
@Tag(name = "Legal services: statistics")
class LegalStatisticsApiController {

	private final LegalStatistics statistics;

	LegalStatisticsApiController(LegalStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/legal/stats")
	@Operation(summary = "Counts and satisfaction per park, service and month", description = "`from`, `to` as YYYY-MM (default "
			+ "January to this month): requests received and closed and the requesters' ratings (1–5) by point, service and month "
			+ "with totals per point, service and month; lectures held, registrations, attendances and ratings per point and month. "
			+ "The bureau reads every point, a point's staff their points.")
	LegalStatistics.Report api(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		YearMonth[] span = LegalStatisticsController.span(from, to);
		return statistics.report(span[0], span[1], CurrentActor.get());
	}
}
