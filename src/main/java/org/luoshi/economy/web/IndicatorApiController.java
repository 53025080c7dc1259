package org.luoshi.economy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.luoshi.economy.Attainment;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorTarget;
import org.luoshi.economy.IndicatorValue;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.economy.TargetCascade;
import org.luoshi.economy.internal.EconomyAdministration;
import org.luoshi.economy.internal.EconomyAdministration.DefinitionInput;
import org.luoshi.economy.internal.EconomyAdministration.TargetInput;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.economy.internal.IndicatorImport;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.luoshi.shared.workbook.WorkbookRefusedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Economic indicators", description = """
		Indicators with their values for the district and each town, targets, and attainment. Reading needs economy:read \
		(the district office, the supervision office, leaders and units' handlers); recording, importing, revising values and setting targets economy:manage. Bad input answers \
		400 with every problem; an import with a bad row writes nothing and lists every bad row.""")
@PreAuthorize("hasAuthority('economy:read')")
class IndicatorApiController {

	private final EconomicIndicators indicators;
	private final EconomyAdministration administration;
	private final IndicatorImport imports;

	IndicatorApiController(EconomicIndicators indicators, EconomyAdministration administration, IndicatorImport imports) {
		this.indicators = indicators;
		this.administration = administration;
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "The indicators", description = "Definitions in order: unit, frequency, whether growth is at comparable prices.")
	List<IndicatorDefinition> list() {
		return indicators.indicators(false);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('economy:manage')")
	@Operation(summary = "Define an indicator", description = "`code` (capitals, digits, underscores; fixed once given), `name`, `nameEn`, "
			+ "`unit`, `frequency` MONTHLY_CUMULATIVE, QUARTERLY_CUMULATIVE or YEARLY, `comparablePrices`, `position` (default last), `active`. "
			+ "Answers 201 with the definition.")
	org.springframework.http.ResponseEntity<IndicatorDefinition> define(@RequestBody DefinitionInput request) {
		IndicatorDefinition defined = administration.define(request, CurrentActor.get());
		return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/v1/indicators/" + defined.id())).body(defined);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('economy:manage')")
	@Operation(summary = "Change an indicator's definition", description = "Send the `version` you read (409 when someone saved first). "
			+ "Fields left out stay as they are; the code cannot change; a frequency the recorded months do not fit is refused.")
	IndicatorDefinition redefine(@PathVariable long id, @RequestBody DefinitionInput request) {
		IndicatorDefinition before = found(id);
		DefinitionInput whole = new DefinitionInput(request.code(), request.name() == null ? before.name() : request.name(),
				request.nameEn() == null ? before.nameEn() : request.nameEn(), request.unit() == null ? before.unit() : request.unit(),
				request.frequency() == null ? before.frequency().name() : request.frequency(), request.comparablePrices(), request.position(),
				request.active(), request.version());
		return administration.redefine(id, whole, CurrentActor.get());
	}

	@GetMapping("/places")
	@Operation(summary = "The places values are kept for", description = "The district (six-digit division code) then its towns.")
	List<IndicatorPlace> places() {
		return indicators.places();
	}

	@GetMapping("/{id}")
	IndicatorDefinition indicator(@PathVariable long id) {
		return found(id);
	}

	@GetMapping("/{id}/values")
	@Operation(summary = "An indicator's values for a place", description = "`place` a division code (default the district); `from`, "
			+ "`to` years (default last year and this). Current values only; `/{id}/values/{year}/{month}/revisions` lists what revisions replaced.")
	List<IndicatorValue> values(@PathVariable long id, @RequestParam(required = false) String place, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		found(id);
		int year = LocalDate.now().getYear();
		return indicators.values(id, place(place), from == null ? year - 1 : from, to == null ? year : to);
	}

	@GetMapping("/{id}/values/{year}/{month}/revisions")
	@Operation(summary = "Every value recorded for a place and month, the current one first")
	List<IndicatorValue> revisions(@PathVariable long id, @PathVariable int year, @PathVariable int month, @RequestParam(required = false) String place) {
		found(id);
		return indicators.revisions(id, place(place), year, month);
	}

	@PostMapping(path = "/{id}/values/import", consumes = "multipart/form-data")
	@PreAuthorize("hasAuthority('economy:manage')")
	@Operation(summary = "Import this indicator's table (.xlsx or .csv)", description = "As `/values/import`, for one indicator: the "
			+ "指标名称 column may be left out, and a row naming another indicator is a bad row. All or nothing.")
	IndicatorImport.Outcome importIndicatorValues(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month) {
		found(id);
		return imported(file, year, month, id);
	}

	@PostMapping("/{id}/values")
	@PreAuthorize("hasAuthority('economy:manage')")
	@Operation(summary = "Record a value", description = "`placeCode`, `year`, `month`, `value` (cumulative) and/or `growthPct`, `source`; "
			+ "`revision` true to replace the month's value (kept) or to record a cumulative value below the month before's. 201.")
	ResponseEntity<IndicatorValue> record(@PathVariable long id, @RequestBody ValueInput request) {
		IndicatorValue value = administration.record(id, new ValueInput(request.placeCode(), request.year(), request.month(), request.value(),
				request.growthPct(), request.source(), request.revision(), false), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + id + "/values/" + value.year() + "/" + value.month() + "/revisions"))
			.body(value);
	}

	@PostMapping(path = "/values/import", consumes = "multipart/form-data")
	@PreAuthorize("hasAuthority('economy:manage')")
	@Operation(summary = "Import a statistics table (.xlsx or .csv)", description = "Columns 指标名称, 地区, 期别 (or the `year` and "
			+ "`month` parameters for all rows), 本月止累计, 同比增长(%), optionally 修订 (是) and 来源. All or nothing: 400 with "
			+ "`problems` [{row, column, messageKey, message}] and nothing written, or 200 with the counts.")
	IndicatorImport.Outcome importValues(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month) {
		return imported(file, year, month, null);
	}

	/** The file imported, for one indicator or for any; a refused file is the API's one shape of bad input. */
	private IndicatorImport.Outcome imported(MultipartFile file, Integer year, Integer month, Long onlyIndicatorId) {
		try {
			return imports.importValues(file.getOriginalFilename(), file.getBytes(), year, month, onlyIndicatorId, CurrentActor.get());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ImportRefusedException e) {
			throw e.asValidation();
		}
		catch (WorkbookRefusedException e) {
			throw new ValidationException(List.of(Violation.of("file", "economy.import.refused." + e.reason().name(), e.limit())));
		}
	}

	@GetMapping("/{id}/attainment")
	@Operation(summary = "Attainment, growth still needed and the light", description = "`place` (default the district), `period` "
			+ "YYYY-MM (default this month): the latest value up to the month, against the year's target.")
	Attainment attainment(@PathVariable long id, @RequestParam(required = false) String place, @RequestParam(required = false) String period) {
		found(id);
		int[] yearMonth = Periods.parse(period);
		return indicators.attainment(id, place(place), yearMonth[0], yearMonth[1]);
	}

	@GetMapping("/{id}/targets")
	@Operation(summary = "The year's targets cascaded from the district to the towns", description = "With the towns' levels summed "
			+ "against the district's and the towns whose differing targets carry no note.")
	TargetCascade targets(@PathVariable long id, @RequestParam(required = false) Integer year) {
		found(id);
		return indicators.cascade(id, year == null ? LocalDate.now().getYear() : year);
	}

	@PutMapping("/{id}/targets")
	@PreAuthorize("hasAuthority('economy:manage')")
	@Operation(summary = "Set a place's target for a year", description = "`placeCode`, `year`, `kind` LEVEL or GROWTH, `value` (a level "
			+ "above 0, or growth between -50 and 100 per cent), `note` (why a town's target differs from its share).")
	IndicatorTarget setTarget(@PathVariable long id, @RequestBody TargetInput request) {
		found(id);
		return administration.setTarget(id, request, CurrentActor.get());
	}

	@GetMapping("/settings")
	@Operation(summary = "The lights' rule", description = "`amberMarginPct`: percentage points short of the target's growth still amber.")
	Map<String, Object> settings() {
		return Map.of("amberMarginPct", administration.amberMargin(), "version", administration.settingsVersion());
	}

	@PutMapping("/settings")
	@PreAuthorize("hasAuthority('economy:manage')")
	Map<String, Object> changeSettings(@RequestBody Map<String, Object> request) {
		Object margin = request.get("amberMarginPct");
		Object version = request.get("version");
		administration.setAmberMargin(margin == null ? null : new java.math.BigDecimal(margin.toString()),
				version instanceof Number number ? number.intValue() : null, CurrentActor.get());
		return settings();
	}

	private IndicatorDefinition found(long id) {
		return indicators.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
	}

	private String place(String place) {
		if (place == null || place.isBlank()) {
			return indicators.places().stream().filter(IndicatorPlace::district).map(IndicatorPlace::code).findFirst().orElseThrow();
		}
		return indicators.place(place.strip()).map(IndicatorPlace::code).orElseThrow(() -> new NotFoundException("place", place));
	}
}
