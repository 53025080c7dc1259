package org.luoshi.awards.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.luoshi.shared.print.PrintFont;
import org.luoshi.shared.print.PrintedDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An honour's certificate (荣誉证书) as the printed document the collective keeps: the organiser as issuer, the
 * registry's number, the collective, the title and level, the period, and — for an honour revoked or downgraded — that
 * standing, so that a certificate printed later never shows more than the registry holds. Laid out by the platform's one
 * typesetter ({@code shared.print}), like the supervision notice and the legal opinion; a Chinese document whatever the
 * reader's language.
 */
@Component
public class CertificatePrint {

	private static final Locale DOCUMENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;
	private final PrintFont font;

	CertificatePrint(MessageSource messages, PrintFont font) {
		this.messages = messages;
		this.font = font;
	}

	public byte[] pdf(Honour honour, Campaign campaign) {
		PrintedDocument document = PrintedDocument.titled(text("awards.pdf.title"))
			.font(font)
			.issuer(campaign.organiser())
			.number(honour.number())
			.field(text("awards.pdf.collective"), honour.collectiveName() + (honour.creditCode() == null ? "" : "（" + honour.creditCode() + "）"))
			.field(text("awards.pdf.honour"), honour.title())
			.field(text("awards.pdf.level"), text("awards.level." + honour.level().name()))
			.field(text("awards.pdf.period"), chinese(honour.awardedOn()) + "—" + chinese(honour.validUntil()));
		if (honour.status() != HonourLifecycle.Status.ACTIVE) {
			document.field(text("awards.pdf.standing"), text("awards.honour.status." + honour.status().name())
					+ (honour.reason() == null ? "" : "：" + honour.reason()));
		}
		document.paragraph(text("awards.pdf.text", honour.collectiveName(), campaign.year(), honour.title()));
		return document.signedBy(campaign.organiser()).dated(honour.awardedOn()).toPdf();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, DOCUMENT_LANGUAGE);
	}

	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
