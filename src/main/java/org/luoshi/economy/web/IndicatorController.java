package org.luoshi.economy.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.economy.Attainment;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorValue;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.economy.TargetKind;
import org.luoshi.economy.internal.EconomyAdministration;
import org.luoshi.economy.internal.EconomyAdministration.TargetInput;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.economy.internal.IndicatorImport;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.luoshi.shared.workbook.WorkbookRefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The indicators' pages: every indicator for the district as of a month (value, growth, target, attainment, growth
 * still needed, light), and an indicator's page with each place, the trend against last year, the targets cascaded to
 * the towns, and — for those who keep them — recording, importing, targets and the lights' rule.
 */
@Controller
@RequestMapping("/economy/indicators")
@PreAuthorize("hasAuthority('economy:read')")
class IndicatorController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EconomicIndicators indicators;
	private final EconomyAdministration administration;
	private final IndicatorImport imports;

	IndicatorController(EconomicIndicators indicators, EconomyAdministration administration, IndicatorImport imports) {
		this.indicators = indicators;
		this.administration = administration;
		this.imports = imports;
	}

	/** One row of a table: what is standing where. */
	record Row(IndicatorDefinition indicator, IndicatorPlace place, Attainment attainment, BigDecimal reportedGrowth, String source, boolean demo) {
	}

	@GetMapping
	String list(@RequestParam(required = false) String period, Model model) {
		int[] yearMonth = shown(period, model);
		IndicatorPlace district = district();
		List<Row> rows = new ArrayList<>();
		for (IndicatorDefinition indicator : indicators.indicators(true)) {
			rows.add(row(indicator, district, yearMonth));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("period", YearMonth.of(yearMonth[0], yearMonth[1]).toString());
		model.addAttribute("district", district);
		return "economy/indicators";
	}

	@GetMapping("/{id}")
	String indicator(@PathVariable long id, @RequestParam(required = false) String period, @RequestParam(required = false) String place,
			Model model) {
		IndicatorDefinition indicator = indicators.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
		int[] yearMonth = shown(period, model);
		List<Row> rows = indicators.places().stream().map(p -> row(indicator, p, yearMonth)).toList();
		IndicatorPlace shown = place == null ? district() : indicators.place(place).orElseThrow(() -> new NotFoundException("place", place));
		model.addAttribute("indicator", indicator);
		model.addAttribute("rows", rows);
		model.addAttribute("period", YearMonth.of(yearMonth[0], yearMonth[1]).toString());
		model.addAttribute("year", yearMonth[0]);
		model.addAttribute("shown", shown);
		model.addAttribute("places", indicators.places());
		model.addAttribute("chart", chart(indicator, shown, yearMonth[0]));
		model.addAttribute("cascade", indicators.cascade(id, yearMonth[0]));
		model.addAttribute("placeNames", placeNames());
		model.addAttribute("mayManage", CurrentActor.get().can(Permissions.ECONOMY_MANAGE));
		model.addAttribute("kinds", TargetKind.values());
		model.addAttribute("margin", administration.amberMargin());
		model.addAttribute("settingsVersion", administration.settingsVersion());
		return "economy/indicator";
	}

	@PostMapping("/{id}/values")
	@PreAuthorize("hasAuthority('economy:manage')")
	String record(@PathVariable long id, @RequestParam(required = false) String placeCode, @RequestParam(required = false) String period,
			@RequestParam(required = false) String value, @RequestParam(required = false) String growthPct,
			@RequestParam(required = false) String source, @RequestParam(required = false) String revision, Model model,
			RedirectAttributes redirect) {
		try {
			int[] yearMonth = Periods.parse(period == null || period.isBlank() ? "x" : period);
			administration.record(id, new ValueInput(placeCode, yearMonth[0], yearMonth[1], decimal(value, "value"), decimal(growthPct, "growthPct"),
					source, "true".equals(revision), false), CurrentActor.get());
			redirect.addFlashAttribute("flash", "economy.recorded");
			return "redirect:/economy/indicators/" + id + "?period=" + period + "&place=" + placeCode;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("typed", Map.of("placeCode", String.valueOf(placeCode), "period", String.valueOf(period), "value",
					String.valueOf(value == null ? "" : value), "growthPct", String.valueOf(growthPct == null ? "" : growthPct), "source",
					String.valueOf(source == null ? "" : source)));
			return indicator(id, null, null, model);
		}
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('economy:manage')")
	String importValues(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String period, @RequestParam long back,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			Integer year = null;
			Integer month = null;
			if (period != null && !period.isBlank()) {
				int[] yearMonth = Periods.parse(period);
				year = yearMonth[0];
				month = yearMonth[1];
			}
			IndicatorImport.Outcome outcome = imports.importValues(file.getOriginalFilename(), file.getBytes(), year, month, CurrentActor.get());
			redirect.addFlashAttribute("imported", outcome);
			return "redirect:/economy/indicators/" + back;
		}
		catch (ImportRefusedException e) {
			model.addAttribute("importProblems", e.problems());
		}
		catch (WorkbookRefusedException e) {
			model.addAttribute("problems", List.of(Violation.of("file", "economy.import.refused." + e.reason().name(), e.limit())));
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		return indicator(back, null, null, model);
	}

	@PostMapping("/{id}/targets")
	@PreAuthorize("hasAuthority('economy:manage')")
	String setTarget(@PathVariable long id, @RequestParam(required = false) String placeCode, @RequestParam(required = false) String year,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String value, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		try {
			TargetKind targetKind = kind == null || kind.isBlank() ? null : TargetKind.valueOf(kind);
			administration.setTarget(id, new TargetInput(placeCode, TypedNumbers.integer(year), targetKind, decimal(value, "value"), note),
					CurrentActor.get());
			redirect.addFlashAttribute("flash", "economy.target.saved");
			return "redirect:/economy/indicators/" + id + "#cascade";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return indicator(id, null, null, model);
		}
	}

	@PostMapping("/{id}/settings")
	@PreAuthorize("hasAuthority('economy:manage')")
	String settings(@PathVariable long id, @RequestParam(required = false) String amberMarginPct, @RequestParam(required = false) String version,
			Model model, RedirectAttributes redirect) {
		try {
			administration.setAmberMargin(decimal(amberMarginPct, "amberMarginPct"), TypedNumbers.integer(version), CurrentActor.get());
			redirect.addFlashAttribute("flash", "economy.settings.saved");
			return "redirect:/economy/indicators/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		return indicator(id, null, null, model);
	}

	private Row row(IndicatorDefinition indicator, IndicatorPlace place, int[] yearMonth) {
		Attainment attainment = indicators.attainment(indicator.id(), place.code(), yearMonth[0], yearMonth[1]);
		IndicatorValue latest = attainment.asOfMonth() == null ? null
				: indicators.revisions(indicator.id(), place.code(), yearMonth[0], attainment.asOfMonth()).stream()
					.filter(IndicatorValue::current).findFirst().orElse(null);
		return new Row(indicator, place, attainment, latest == null ? null : latest.growthPct(), latest == null ? null : latest.source(),
				latest != null && latest.demo());
	}

	/** The place's cumulative values this year and last, by month, as the chart script reads them. */
	private String chart(IndicatorDefinition indicator, IndicatorPlace place, int year) {
		Map<String, Object> chart = new LinkedHashMap<>();
		List<String> months = new ArrayList<>();
		List<BigDecimal> thisYear = new ArrayList<>();
		List<BigDecimal> lastYear = new ArrayList<>();
		Map<Integer, BigDecimal> now = new LinkedHashMap<>();
		Map<Integer, BigDecimal> before = new LinkedHashMap<>();
		indicators.values(indicator.id(), place.code(), year - 1, year).forEach(value -> (value.year() == year ? now : before).put(value.month(),
				value.value()));
		for (int m = 1; m <= 12; m++) {
			if (indicator.frequency().reports(m)) {
				months.add(m + "月");
				thisYear.add(now.get(m));
				lastYear.add(before.get(m));
			}
		}
		chart.put("categories", months);
		chart.put("unit", indicator.unit());
		chart.put("series", List.of(Map.of("name", String.valueOf(year), "values", thisYear), Map.of("name", String.valueOf(year - 1), "values",
				lastYear)));
		return JSON.writeValueAsString(chart);
	}

	/** The month a page shows: the one asked for, or — asked for one that is none — this month, saying so. */
	private static int[] shown(String period, Model model) {
		try {
			return Periods.parse(period);
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return Periods.parse(null);
		}
	}

	private IndicatorPlace district() {
		return indicators.places().stream().filter(IndicatorPlace::district).findFirst().orElseThrow();
	}

	private Map<String, String> placeNames() {
		Map<String, String> names = new LinkedHashMap<>();
		indicators.places().forEach(place -> names.put(place.code(), place.name()));
		return names;
	}

	private static BigDecimal decimal(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new ValidationException(List.of(Violation.of(field, "economy.import.number", text)));
		}
	}
}
