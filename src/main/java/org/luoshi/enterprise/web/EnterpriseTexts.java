package org.luoshi.enterprise.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.internal.EnterpriseImport;
import org.luoshi.enterprise.internal.EnterpriseRecord;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.shared.workbook.ImportProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** What the pages and the API alike say of enterprises: warnings, timeline entries, import problems, file names. */
@Component
class EnterpriseTexts {

	private final MessageSource messages;
	private final Times times;

	EnterpriseTexts(MessageSource messages, Times times) {
		this.messages = messages;
		this.times = times;
	}

	/** What a person should still check about the enterprise: its subject code's own check. */
	List<Violation> warnings(EnterpriseRecord enterprise) {
		return CreditCode.read(enterprise.creditCode(), "creditCode").warnings();
	}

	/** What the code's parts say: 市场监管 · 企业 · 登记机关所在地 440703 · 主体标识码 MA5070301. */
	String reading(CreditCode code) {
		String authority = String.valueOf(code.registrationAuthority());
		String other = text("enterprise.authority.other");
		return messages.getMessage("enterprise.credit-code.reading", new Object[] {
				messages.getMessage("enterprise.authority." + authority, null, other, LocaleContextHolder.getLocale()),
				messages.getMessage("enterprise.organization-type." + authority + code.organizationType(), null, other,
						LocaleContextHolder.getLocale()),
				code.registrationDivision(), code.subjectCode() }, LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	String message(Violation violation) {
		return messages.getMessage(violation.messageKey(), violation.argumentArray(), violation.messageKey(), LocaleContextHolder.getLocale());
	}

	/** 修改了：企业名称、联系人 — the entry's message, then its items. */
	String timeline(EnterpriseTimelineEntry entry) {
		String text = messages.getMessage(entry.messageKey(), entry.argumentArray(), entry.messageKey(), LocaleContextHolder.getLocale());
		if (entry.itemKeys().isEmpty()) {
			return text;
		}
		List<String> items = entry.itemKeys().stream()
			.map(key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale()))
			.toList();
		return text + String.join(messages.getMessage("enterprise.list.separator", null, "、", LocaleContextHolder.getLocale()), items);
	}

	/** The district's calendar day of an entry that is of a day rather than a moment (a visit); {@code null} for a moment. */
	LocalDate day(EnterpriseTimelineEntry entry) {
		return entry.dateOnly() ? times.date(entry.at()) : null;
	}

	/**
	 * An import's problems as violations: the field names the row and the column as the file has them, and a last one
	 * says how many bad rows are not listed.
	 */
	List<Violation> violations(EnterpriseImport.Outcome outcome) {
		List<Violation> violations = new ArrayList<>(outcome.problems().stream()
			.map(problem -> Violation.of(problem.row() == 0 ? "file" : "row " + problem.row() + (problem.column() == null ? ""
					: " " + problem.column()), problem.messageKey(), problem.argumentArray()))
			.toList());
		long listedRows = outcome.problems().stream().map(ImportProblem::row).distinct().count();
		if (outcome.badRows() > listedRows) {
			violations.add(Violation.of("file", "enterprise.import.more-rows", outcome.badRows(), outcome.badRows() - listedRows));
		}
		return violations;
	}

	/** Prepares the response for a register named after today: 企业名录-2026-11-30.xlsx. */
	void attach(HttpServletResponse response, String contentType, String extension) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("企业名录-" + times.today() + "." + extension, StandardCharsets.UTF_8)
			.build()
			.toString());
	}
}
