package org.luoshi.shared.print;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;

/**
 * The one font of a document being printed: which characters it can show, how wide they are, and the bytes that
 * show them. All text passes through {@link #printable(String)} before it is measured, so that what is measured is
 * exactly what is written.
 */
interface DocumentFont {

	/** 〓 (U+3013, GETA MARK), the sign Chinese typesetters use for a character they have no type for. */
	String GETA_MARK = "〓";

	boolean canShow(int codePoint);

	/** Stands in for a character the font cannot show, so that the gap is visible rather than silent. */
	String substitute();

	/** Advance width in thousandths of the font size. */
	float advance(int codePoint);

	/** The string operand of {@code Tj} for text that is {@linkplain #printable(String) printable}. */
	byte[] encode(String printableText);

	/** The font dictionary that a page's resources name. */
	COSDictionary dictionary();

	/** Called once every text is encoded: a font that is embedded writes the glyphs used; a named one has none. */
	default void embedUsedGlyphs() throws IOException {
	}

	/**
	 * The text with line ends unified to {@code \n}, tabs and no-break spaces made plain spaces, and every character
	 * the font cannot show replaced by {@link #substitute()}.
	 */
	default String printable(String text) {
		String plain = text.replaceAll("\r\n|[\r\u2028\u2029]", "\n").replace('\t', ' ').replace('\u00A0', ' ');
		StringBuilder printable = new StringBuilder(plain.length());
		plain.codePoints().forEach(codePoint -> {
			if (codePoint == '\n' || canShow(codePoint)) {
				printable.appendCodePoint(codePoint);
			}
			else {
				printable.append(substitute());
			}
		});
		return printable.toString();
	}

	/** Width in points of printable text set at the given size. */
	default float width(String printableText, float size) {
		float thousandths = 0;
		for (int codePoint : printableText.codePoints().toArray()) {
			thousandths += advance(codePoint);
		}
		return thousandths * size / 1000;
	}
}
