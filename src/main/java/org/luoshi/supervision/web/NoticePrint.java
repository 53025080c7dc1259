package org.luoshi.supervision.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.print.PrintFont;
import org.luoshi.shared.print.PrintedDocument;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionNotice;
import org.luoshi.supervision.UnitRef;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A supervision notice (督办单) as the printed official document the unit files: a red header with the issuing body,
 * the number, the fields of the matter and the issuer's signature and date. It is a Chinese government document
 * whatever language the person printing it reads the pages in, so its words come from the Chinese bundle.
 */
@Component
class NoticePrint {

	private static final Locale DOCUMENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;
	private final OrganizationDirectory organization;
	private final PrintFont font;
	private final Times times;
	private final AccountDirectory accounts;

	NoticePrint(MessageSource messages, OrganizationDirectory organization, PrintFont font, Times times, AccountDirectory accounts) {
		this.messages = messages;
		this.accounts = accounts;
		this.organization = organization;
		this.font = font;
		this.times = times;
	}

	byte[] pdf(SupervisionNotice notice) {
		String issuer = issuingOffice(notice);
		String unit = fullName(notice.unit());
		LocalDate issued = times.date(notice.issuedAt());
		return PrintedDocument.titled(text("supervision.notice.pdf.title"))
			.font(font)
			.issuer(issuer)
			.number(notice.number())
			.field(text("supervision.notice.pdf.unit"), unit)
			.field(text("supervision.notice.pdf.task"), notice.taskContent())
			.field(text("supervision.notice.pdf.deadline"), notice.taskDeadline() == null ? "" : chinese(notice.taskDeadline()))
			.field(text("supervision.notice.pdf.issues"), notice.issues())
			.field(text("supervision.notice.pdf.requirements"), notice.requirements())
			.field(text("supervision.notice.pdf.reply-due"), chinese(notice.replyDue()))
			.paragraph(text("supervision.notice.pdf.closing", unit, chinese(notice.replyDue()), issuer))
			.signedBy(issuer)
			.dated(issued)
			.toPdf();
	}

	/** The PDF as a download named after the notice's number. */
	ResponseEntity<byte[]> answer(SupervisionNotice notice) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(notice.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(pdf(notice));
	}

	/**
	 * The office that sent the notice, as its header and signature name it: the unit of the person who issued it (the
	 * district government's office, not the district itself), or the issuing unit where that person is not known.
	 */
	private String issuingOffice(SupervisionNotice notice) {
		return Optional.ofNullable(notice.issuedBy())
			.flatMap(accounts::findAccount)
			.map(AccountSummary::staffId)
			.flatMap(organization::findStaff)
			.flatMap(staff -> organization.findUnit(staff.unitId()))
			.map(UnitSummary::name)
			.orElseGet(() -> fullName(notice.issuerUnit()));
	}

	private String fullName(UnitRef unit) {
		return organization.findUnit(unit.id()).map(UnitSummary::name).orElse(unit.name());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, DOCUMENT_LANGUAGE);
	}

	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
