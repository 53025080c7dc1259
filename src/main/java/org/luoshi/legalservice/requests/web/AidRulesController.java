package org.luoshi.legalservice.requests.web;

import java.math.BigDecimal;
import java.util.List;

import org.luoshi.legalservice.requests.internal.LegalRequestService;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal-aid screening rules on a page: the local income standard per person per month and the case types exempt
 * from the means test. Points' staff read them (they screen by them); the justice bureau changes them.
 */
@Controller
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle')")
class AidRulesController {

	private final LegalRequestService requests;

	AidRulesController(LegalRequestService requests) {
		this.requests = requests;
	}

	@GetMapping("/legal/aid-rules")
	String page(Model model) {
		model.addAttribute("rules", requests.rules());
		model.addAttribute("mayChange", CurrentActor.get().can(org.luoshi.shared.Permissions.LEGAL_MANAGE));
		return "legal/requests/aid-rules";
	}

	@PostMapping("/legal/aid-rules")
	@PreAuthorize("hasAuthority('legal:manage')")
	String change(@RequestParam(required = false) String incomeStandard, @RequestParam(required = false) List<String> exemptCaseTypes,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		try {
			BigDecimal standard;
			try {
				standard = incomeStandard == null || incomeStandard.isBlank() ? null : new BigDecimal(incomeStandard.strip());
			}
			catch (NumberFormatException e) {
				throw new ValidationException(List.of(Violation.of("incomeStandard", "legal.request.aid.standard.invalid")));
			}
			requests.changeRules(standard, exemptCaseTypes == null ? List.of() : exemptCaseTypes, TypedNumbers.integer(version), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.request.aid.rules.saved");
			return "redirect:/legal/aid-rules";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		return page(model);
	}
}
