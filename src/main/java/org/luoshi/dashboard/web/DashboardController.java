package org.luoshi.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.luoshi.dashboard.internal.DashboardMonth;
import org.luoshi.dashboard.internal.DashboardParts;
import org.luoshi.dashboard.internal.Part;
import org.luoshi.dashboard.internal.PartResult;
import org.luoshi.dashboard.internal.SnapshotPrint;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.AuditedExport;
import org.luoshi.shared.web.NavigationEntry;
import org.luoshi.shared.web.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaders' dashboard: the page is a frame with the month chooser and one empty box per part; each box fetches its
 * part from {@code /dashboard/parts/{name}} once the page has loaded (htmx, {@code hx-trigger="load"}), so parts arrive
 * side by side and a slow one holds up no other. A part's answer is always a fragment: its figures, or a small box
 * saying the reader may not see them or that they could not be loaded — never an error page inside the dashboard.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAuthority('dashboard:read')")
class DashboardController {

	/** An indicator's code as the economy defines them; anything else is ignored. */
	static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final DashboardParts parts;
	private final SnapshotPrint print;
	private final Times times;

	DashboardController(DashboardParts parts, SnapshotPrint print, Times times) {
		this.parts = parts;
		this.print = print;
		this.times = times;
	}

	@Bean
	static NavigationEntry dashboardNavigation() {
		return new NavigationEntry("nav.section.work", 2, "dashboard.nav", "/dashboard", "speedometer", Permissions.DASHBOARD_READ);
	}

	@GetMapping
	String page(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator, Model model) {
		Optional<DashboardMonth> asked = DashboardMonth.parse(period, times.today());
		DashboardMonth month = asked.orElseGet(() -> DashboardMonth.of(times.today()));
		if (asked.isEmpty()) {
			model.addAttribute("problems", List.of(Violation.of("period", "dashboard.period.invalid", String.valueOf(period))));
		}
		model.addAttribute("period", month.toString());
		model.addAttribute("month", month);
		model.addAttribute("indicator", indicator(indicator));
		return "dashboard/page";
	}

	@GetMapping("/parts/{name}")
	String part(@PathVariable String name, @RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
			Model model, Locale locale) {
		Part part = Part.of(name).orElseThrow(() -> new NotFoundException("dashboard part", name));
		// The page has said already that a month was none; its parts show this month without saying it again.
		DashboardMonth month = DashboardMonth.parse(period, times.today()).orElseGet(() -> DashboardMonth.of(times.today()));
		PartResult<?> result = parts.load(part, month, indicator(indicator), CurrentActor.get(), locale);
		model.addAttribute("result", result);
		model.addAttribute("figures", result.figures());
		model.addAttribute("period", month.toString());
		model.addAttribute("month", month);
		return "dashboard/parts :: " + (result.shown() ? part.slug() : "unavailable");
	}

	/** The same figures as an A4 PDF for a meeting; an export of the district's figures, so audited as one. */
	@GetMapping("/snapshot.pdf")
	@AuditedExport("dashboard.snapshot.exported")
	ResponseEntity<byte[]> snapshot(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
			Locale locale) {
		DashboardMonth month = DashboardMonth.parse(period, times.today()).orElseGet(() -> DashboardMonth.of(times.today()));
		Actor actor = CurrentActor.get();
		byte[] pdf = print.pdf(month, parts.loadAll(month, indicator(indicator), actor, Locale.SIMPLIFIED_CHINESE), actor.displayName(),
				times.today());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dashboard-" + month + ".pdf").build().toString())
			.body(pdf);
	}

	static String indicator(String code) {
		return code != null && INDICATOR_CODE.matcher(code.strip()).matches() ? code.strip() : null;
	}
}
