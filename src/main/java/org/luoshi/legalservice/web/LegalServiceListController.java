package org.luoshi.legalservice.web;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.internal.LegalAdministration;
import org.luoshi.legalservice.internal.LegalAdministration.ServiceInput;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The service list (服务事项), after the 12348 categories, kept by the justice bureau: one small form per service. */
@Controller
@RequestMapping("/legal/services")
@PreAuthorize("hasAuthority('legal:manage')")
class LegalServiceListController {

	private final LegalDirectory directory;
	private final LegalAdministration administration;

	LegalServiceListController(LegalDirectory directory, LegalAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	record ServiceForm(String code, String name, String nameEn, String description, String position, String active, String version) {

		ServiceInput input() {
			return new ServiceInput(code, name, nameEn, description, TypedNumbers.integer(position),
					version == null ? null : "true".equals(active), TypedNumbers.integer(version));
		}
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("services", directory.services(false));
		model.addAttribute("versions", directory.services(false).stream()
			.collect(java.util.stream.Collectors.toMap(s -> s.code(), s -> administration.serviceVersion(s.code()))));
		if (!model.containsAttribute("addForm")) {
			model.addAttribute("addForm", new ServiceForm(null, null, null, null, null, "true", null));
		}
		return "legal/services";
	}

	@PostMapping("/{code}")
	String change(@PathVariable String code, ServiceForm form, Model model, RedirectAttributes redirect) {
		try {
			administration.changeService(code, form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.service.saved");
			return "redirect:/legal/services#service-" + code;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("failedCode", code);
		return page(model);
	}

	@PostMapping
	String add(ServiceForm form, Model model, RedirectAttributes redirect) {
		try {
			String code = administration.addService(new ServiceInput(form.code(), form.name(), form.nameEn(), form.description(), null, true, null),
					CurrentActor.get()).code();
			redirect.addFlashAttribute("flash", "legal.service.created");
			return "redirect:/legal/services#service-" + code;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("addForm", form);
			return page(model);
		}
	}
}
