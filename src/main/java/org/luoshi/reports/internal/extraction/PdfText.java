package org.luoshi.reports.internal.extraction;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.luoshi.reports.ReportRejectedException;
import org.luoshi.reports.ReportRejectedException.Reason;

/**
 * The text layer of a PDF. Lines are broken where the page ended them, so the result is marked hard-wrapped;
 * PDFBox's paragraph detection (indentation, spacing) leaves a blank line between paragraphs.
 */
final class PdfText {

	private static final int MAX_PAGES = 2_000;
	private static final long MAX_MEMORY = 256L * 1024 * 1024;

	private PdfText() {
	}

	static ReadText read(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			stripper.setParagraphStart("\n");
			stripper.setEndPage(MAX_PAGES);
			String text = stripper.getText(document);
			if (text.isBlank()) {
				throw new ReportRejectedException(Reason.NO_TEXT_LAYER);
			}
			return new ReadText(text, true);
		}
		catch (InvalidPasswordException e) {
			throw new ReportRejectedException(Reason.ENCRYPTED);
		}
		catch (IOException | RuntimeException | StackOverflowError e) {
			if (e instanceof ReportRejectedException rejected) {
				throw rejected;
			}
			// PDFBox reports damaged files with many exception types; all mean the same to the user.
			throw new ReportRejectedException(Reason.UNREADABLE);
		}
	}
}
