package org.luoshi.legalservice.experts.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.luoshi.legalservice.experts.QuestionDetails;
import org.luoshi.shared.print.PrintFont;
import org.luoshi.shared.print.PrintedDocument;
import org.luoshi.shared.web.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A signed legal opinion (法律意见书) as the printed document the enterprise keeps: the expert group's header with the
 * question's number, the title, the enterprise, the question and the other parties, the opinion's text, the review and
 * the sign-off, and the expert's and firm's names with the signing date. Laid out by the platform's own typesetter
 * ({@link PrintedDocument}), like the supervision notice — see docs/architecture/legalservice.md for why not HTML
 * rendered to PDF. A Chinese document whatever language the reader uses, so its words come from the Chinese bundle.
 */
@Component
class OpinionPrint {

	private static final Locale DOCUMENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;
	private final PrintFont font;
	private final Times times;

	OpinionPrint(MessageSource messages, PrintFont font, Times times) {
		this.messages = messages;
		this.font = font;
		this.times = times;
	}

	byte[] pdf(QuestionDetails question) {
		LocalDate signed = times.date(question.signedAt());
		String parties = question.parties().stream()
			.map(party -> party.identifier() == null ? party.name() : party.name() + "（" + party.identifier() + "）")
			.collect(Collectors.joining("；"));
		PrintedDocument document = PrintedDocument.titled(text("legal.experts.pdf.title"))
			.font(font)
			.issuer(text("legal.experts.pdf.issuer"))
			.number(question.number())
			.field(text("legal.experts.pdf.enterprise"), question.enterpriseName() + "（" + question.enterpriseCreditCode() + "）")
			.field(text("legal.experts.pdf.subject"), question.subject())
			.field(text("legal.experts.pdf.question"), question.text());
		if (!parties.isEmpty()) {
			document.field(text("legal.experts.pdf.parties"), parties);
		}
		document.field(text("legal.experts.pdf.expert"), question.expertName() + "（" + question.firmName() + "）");
		document.paragraph(question.opinion());
		document.field(text("legal.experts.pdf.review"), text("legal.experts.pdf.reviewed", question.reviewedByName(),
				chinese(times.date(question.reviewedAt()))) + (question.reviewComment() == null ? "" : "：" + question.reviewComment()))
			.field(text("legal.experts.pdf.signing"), text("legal.experts.pdf.signed", question.expertName(), chinese(signed)));
		return document.signedBy(text("legal.experts.pdf.signatory", question.expertName()), question.firmName())
			.dated(signed)
			.toPdf();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, DOCUMENT_LANGUAGE);
	}

	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
