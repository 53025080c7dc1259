package org.luoshi.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.organization.internal.OrganizationImport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload of units and staff from Excel, with the template to fill in; see {@link OrganizationImport} for the rules. */
@Controller
@RequestMapping("/admin/organization/import")
@PreAuthorize("hasAuthority('organization:manage')")
class OrganizationImportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final OrganizationImport importer;

	OrganizationImportController(OrganizationImport importer) {
		this.importer = importer;
	}

	@GetMapping
	String page() {
		return "organization/import";
	}

	@GetMapping("/template")
	void template(HttpServletResponse response, Locale locale) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("单位和人员导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
		importer.writeTemplate(response.getOutputStream(), locale);
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		OrganizationImport.Outcome outcome = file == null ? importer.importWorkbook(null, null)
				: importer.importWorkbook(file.getOriginalFilename(), file.getBytes());
		if (outcome.succeeded()) {
			redirect.addFlashAttribute("imported", outcome);
			return "redirect:/admin/organization/import";
		}
		model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
		model.addAttribute("problems", outcome.problems());
		return "organization/import";
	}
}
