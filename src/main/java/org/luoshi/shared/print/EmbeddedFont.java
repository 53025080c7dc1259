package org.luoshi.shared.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font embedded as a subset (Identity-H, with a ToUnicode map that PDFBox writes): every reader shows
 * the same glyphs. Characters the font has no glyph for are replaced with 〓, or with '?' if it lacks 〓 too.
 */
final class EmbeddedFont implements DocumentFont {

	private final PDType0Font font;
	private final Map<Integer, Float> advances = new HashMap<>();
	private final String substitute;

	EmbeddedFont(PDType0Font font) {
		this.font = font;
		this.substitute = canShow(GETA_MARK.codePointAt(0)) ? GETA_MARK : "?";
	}

	@Override
	public boolean canShow(int codePoint) {
		return font.getCmapLookup().getGlyphId(codePoint) != 0;
	}

	@Override
	public String substitute() {
		return substitute;
	}

	@Override
	public float advance(int codePoint) {
		return advances.computeIfAbsent(codePoint, this::measure);
	}

	@Override
	public byte[] encode(String printableText) {
		printableText.codePoints().forEach(font::addToSubset);
		try {
			return font.encode(printableText);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public COSDictionary dictionary() {
		return font.getCOSObject();
	}

	/**
	 * PDFBox subsets a font on saving only if {@code PDPageContentStream} registered it with the document, which
	 * does not happen here: the pages' content streams are written by {@link Canvas}.
	 */
	@Override
	public void embedUsedGlyphs() throws IOException {
		font.subset();
	}

	private float measure(int codePoint) {
		try {
			return font.getStringWidth(new String(Character.toChars(codePoint)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
