package org.luoshi.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedding is tried with the Latin TrueType font that PDFBox ships, since no Chinese one may be assumed. */
class EmbeddedFontTests {

	@TempDir
	Path directory;

	@Test
	void embedsTheConfiguredTrueTypeFontAsASubsetAndSubstitutesWhatItLacks() throws IOException {
		PrintFont liberationSans = PrintFont.embedded(liberationSans());

		byte[] pdf = PrintedDocument.titled("Supervision notice").font(liberationSans).number("No. 3 (2026)")
				.field("Matter", "Renovate the old housing estates of Duruan by June 2026").paragraph("In Chinese: 督办").toPdf();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFont font = document.getPage(0).getResources().getFont(COSName.getPDFName(Canvas.FONT_RESOURCE));
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+LiberationSans");
			assertThat(PrintedDocumentTests.text(document)).contains("Supervision notice", "No. 3 (2026)", "Matter",
					"Renovate the old", "In Chinese: ??");
		}
	}

	@Test
	void refusesAFileThatIsNotATrueTypeFont() throws IOException {
		Path notAFont = Files.writeString(directory.resolve("fangsong.ttf"), "not a font", StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> PrintFont.embedded(notAFont)).isInstanceOf(IOException.class).hasMessageContaining("fangsong.ttf");
	}

	private Path liberationSans() throws IOException {
		Path file = directory.resolve("LiberationSans-Regular.ttf");
		try (InputStream font = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
			Files.copy(font, file);
		}
		return file;
	}
}
