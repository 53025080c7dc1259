package org.luoshi.legalservice.overview.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.enterprise.DistrictTown;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.LegalServiceType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of the parks' legal services (一站式公共法律服务): each open point with its address, hours, phone and
 * services, for enterprises and their employees who do not sign in. It shows what the points publish and nothing of
 * anyone's requests.
 */
@Controller
class PublicLegalController {

	private final LegalDirectory directory;
	private final EnterpriseDirectory enterprises;

	PublicLegalController(LegalDirectory directory, EnterpriseDirectory enterprises) {
		this.directory = directory;
		this.enterprises = enterprises;
	}

	@GetMapping("/public/legal")
	String page(Model model) {
		model.addAttribute("points", directory.points(true));
		model.addAttribute("services", directory.services(true).stream()
			.collect(Collectors.toMap(LegalServiceType::code, Function.identity())));
		Map<String, String> towns = enterprises.towns().stream().collect(Collectors.toMap(DistrictTown::divisionCode, DistrictTown::name));
		model.addAttribute("towns", towns);
		return "public/legal";
	}
}
