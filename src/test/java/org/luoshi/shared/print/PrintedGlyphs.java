package org.luoshi.shared.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every glyph of a PDF as PDFBox reads it back: page, position in PDF points, size and fill colour. */
final class PrintedGlyphs extends PDFTextStripper {

	record Glyph(int page, String text, float x, float baseline, float width, float size, float[] rgb) {

		float end() {
			return x + width;
		}
	}

	private final List<Glyph> glyphs = new ArrayList<>();

	private PrintedGlyphs() {
		// PDFTextStripper ignores colour; the header's red is part of what is printed.
		addOperator(new SetNonStrokingDeviceRGBColor(this));
	}

	static List<Glyph> of(PDDocument document) throws IOException {
		PrintedGlyphs reader = new PrintedGlyphs();
		reader.getText(document);
		return reader.glyphs;
	}

	@Override
	protected void processTextPosition(TextPosition position) {
		super.processTextPosition(position);
		glyphs.add(new Glyph(getCurrentPageNo(), position.getUnicode(), position.getTextMatrix().getTranslateX(),
				position.getTextMatrix().getTranslateY(), position.getWidth(), position.getFontSizeInPt(),
				getGraphicsState().getNonStrokingColor().getComponents()));
	}
}
