package org.luoshi.economy.web;

import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.Frequency;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.internal.EconomyAdministration;
import org.luoshi.economy.internal.EconomyAdministration.DefinitionInput;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicators' definitions: every indicator with its unit, frequency and price basis, those out of use included;
 * the district office defines new ones and changes them (the code stays as first given).
 */
@Controller
@RequestMapping("/economy/definitions")
@PreAuthorize("hasAuthority('economy:read')")
class IndicatorDefinitionController {

	private final EconomicIndicators indicators;
	private final EconomyAdministration administration;

	IndicatorDefinitionController(EconomicIndicators indicators, EconomyAdministration administration) {
		this.indicators = indicators;
		this.administration = administration;
	}

	/** The form as typed; on a page a check box left unticked is a no, not "unchanged". */
	record DefinitionForm(String code, String name, String nameEn, String unit, String frequency, boolean comparablePrices, String position,
			boolean active, String version) {

		static DefinitionForm blank() {
			return new DefinitionForm("", "", "", "亿元", Frequency.MONTHLY_CUMULATIVE.name(), false, "", true, "");
		}

		static DefinitionForm of(IndicatorDefinition indicator) {
			return new DefinitionForm(indicator.code(), indicator.name(), indicator.nameEn(), indicator.unit(), indicator.frequency().name(),
					indicator.comparablePrices(), String.valueOf(indicator.position()), indicator.active(), String.valueOf(indicator.version()));
		}

		DefinitionInput input() {
			return new DefinitionInput(code, name, nameEn, unit, frequency, comparablePrices, TypedNumbers.integer(position), active,
					TypedNumbers.integer(version));
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("definitions", indicators.indicators(false));
		model.addAttribute("form", DefinitionForm.blank());
		return page(null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		IndicatorDefinition indicator = indicators.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
		model.addAttribute("form", DefinitionForm.of(indicator));
		return page(indicator, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('economy:manage')")
	String define(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String frequency, @RequestParam(required = false) String comparablePrices,
			@RequestParam(required = false) String position, @RequestParam(required = false) String active, Model model,
			RedirectAttributes redirect) {
		DefinitionForm form = new DefinitionForm(code, name, nameEn, unit, frequency, "true".equals(comparablePrices), position,
				"true".equals(active), null);
		try {
			administration.define(form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "economy.definition.saved");
			return "redirect:/economy/definitions";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("definitions", indicators.indicators(false));
			model.addAttribute("form", form);
			return page(null, model);
		}
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('economy:manage')")
	String redefine(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String frequency,
			@RequestParam(required = false) String comparablePrices, @RequestParam(required = false) String position,
			@RequestParam(required = false) String active, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect) {
		IndicatorDefinition indicator = indicators.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
		DefinitionForm form = new DefinitionForm(indicator.code(), name, nameEn, unit, frequency, "true".equals(comparablePrices), position,
				"true".equals(active), version);
		try {
			administration.redefine(id, form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "economy.definition.saved");
			return "redirect:/economy/definitions";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			// What was typed stays; saving again is then a deliberate choice over the other person's change.
			model.addAttribute("conflict", e.messageKey());
			form = new DefinitionForm(form.code(), name, nameEn, unit, frequency, form.comparablePrices(), position, form.active(),
					String.valueOf(indicators.indicator(id).orElseThrow().version()));
		}
		model.addAttribute("form", form);
		return page(indicator, model);
	}

	private String page(IndicatorDefinition editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("frequencies", Frequency.values());
		return editing == null ? "economy/definitions" : "economy/definition";
	}
}
