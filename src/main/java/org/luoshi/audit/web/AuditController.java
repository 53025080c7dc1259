package org.luoshi.audit.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.AuditedExport;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.Times;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The auditor's page: the filtered trail, each entry's changes, chain verification and export. Everyone else: 403. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('audit:read')")
public class AuditController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final List<String> SORT_OPTIONS = List.of(AuditFilterForm.DEFAULT_SORT, "occurredAt,asc", "actor,asc", "action,asc");
	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final AuditTrail trail;
	private final AuditWorkbook workbook;
	private final Times times;

	AuditController(AuditTrail trail, AuditWorkbook workbook, Times times) {
		this.trail = trail;
		this.workbook = workbook;
		this.times = times;
	}

	@GetMapping
	public String list(@ModelAttribute("filter") AuditFilterForm form, BindingResult errors, Model model) {
		model.addAttribute("actions", trail.actions());
		model.addAttribute("targetTypes", trail.targetTypes());
		model.addAttribute("exportMax", AuditWorkbook.MAX_ROWS);
		model.addAttribute("sortOptions", SORT_OPTIONS);
		try {
			AuditFilterForm.Parsed parsed = form.parse();
			model.addAttribute("entries", trail.search(parsed.filter(), parsed.pageQuery(), CurrentActor.get()));
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		return "audit/list";
	}

	/** Answers the htmx request of the verify button with the result alone. */
	@GetMapping("/verify")
	public String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return "audit/verify";
	}

	@GetMapping("/export.xlsx")
	@AuditedExport("audit.trail.exported")
	public void export(@ModelAttribute("filter") AuditFilterForm form, Locale locale, HttpServletResponse response) throws IOException {
		AuditFilter filter;
		try {
			filter = form.filter();
		}
		catch (ValidationException e) {
			// The link carries the filter the page accepted; a hand-edited one that is not valid gets the error page.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String name = "audit-" + FILE_TIME.format(java.time.LocalDateTime.now(times.zone())) + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		workbook.write(filter, CurrentActor.get(), locale, response.getOutputStream());
	}
}
