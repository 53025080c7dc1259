package org.luoshi.enterprise.web;

import java.io.IOException;

import org.luoshi.enterprise.internal.EnterpriseImport;
import org.luoshi.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload of a market-regulation register; see {@link EnterpriseImport} for the rules. */
@Controller
@RequestMapping("/enterprises/import")
@PreAuthorize("hasAuthority('enterprise:manage')")
class EnterpriseImportController {

	private final EnterpriseImport importer;

	EnterpriseImportController(EnterpriseImport importer) {
		this.importer = importer;
	}

	@GetMapping
	String page() {
		return "enterprise/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		EnterpriseImport.Outcome outcome = importer.importFile(file == null ? null : file.getOriginalFilename(), file,
				CurrentActor.get());
		if (outcome.succeeded()) {
			redirect.addFlashAttribute("imported", outcome);
			return "redirect:/enterprises/import";
		}
		model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
		model.addAttribute("outcome", outcome);
		return "enterprise/import";
	}
}
