package org.luoshi.shared.print;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The content stream of one page, written operator by operator. PDFBox's {@code PDPageContentStream} cannot show
 * text in a font it cannot encode itself, and it cannot encode for the non-embedded STSong-Light; the dozen
 * operators a document needs are simpler written here than worked around.
 *
 * <p>Coordinates are PDF points from the bottom left corner of the page. Every mark sets each state parameter it
 * depends on (font, colour, rendering mode, character and line spacing), so that none leaks into the next.
 */
final class Canvas {

	/** The name under which every page's resources hold the document's font. */
	static final String FONT_RESOURCE = "F1";

	private static final HexFormat HEX = HexFormat.of().withUpperCase();
	/** Stroke width, in thousandths of the font size, that thickens a glyph's outline enough to pass for bold. */
	private static final float BOLD_STROKE = 30;

	private final DocumentFont font;
	private final StringBuilder operators = new StringBuilder();

	Canvas(DocumentFont font) {
		this.font = font;
	}

	/**
	 * Sets printable text with its baseline starting at (x, baseline). Bold is simulated by filling and stroking the
	 * outlines (rendering mode 2), since a Song face has no bold. The character spacing, added after every glyph, is
	 * how a line is justified.
	 */
	void text(TextStyle style, float x, float baseline, String printableText, float characterSpacing) {
		operators.append("BT\n");
		operators.append('/').append(FONT_RESOURCE).append(' ').append(number(style.size())).append(" Tf\n");
		operators.append(style.ink().rgb()).append(" rg\n");
		if (style.bold()) {
			operators.append(style.ink().rgb()).append(" RG\n");
			operators.append(number(style.size() * BOLD_STROKE / 1000)).append(" w\n");
			operators.append("2 Tr\n");
		}
		else {
			operators.append("0 Tr\n");
		}
		operators.append(number(characterSpacing)).append(" Tc\n");
		operators.append(number(x)).append(' ').append(number(baseline)).append(" Td\n");
		operators.append('<').append(HEX.formatHex(font.encode(printableText))).append("> Tj\n");
		operators.append("ET\n");
	}

	void line(float x1, float y1, float x2, float y2, float width, Ink ink) {
		stroke(width, ink);
		operators.append(number(x1)).append(' ').append(number(y1)).append(" m ")
				.append(number(x2)).append(' ').append(number(y2)).append(" l S\n");
	}

	/** Strokes a rectangle whose top left corner is (x, top). */
	void frame(float x, float top, float width, float height, float lineWidth, Ink ink) {
		stroke(lineWidth, ink);
		operators.append(number(x)).append(' ').append(number(top - height)).append(' ')
				.append(number(width)).append(' ').append(number(height)).append(" re S\n");
	}

	byte[] contentStream() {
		return operators.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private void stroke(float width, Ink ink) {
		operators.append(number(width)).append(" w ").append(ink.rgb()).append(" RG\n");
	}

	private static String number(float value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
