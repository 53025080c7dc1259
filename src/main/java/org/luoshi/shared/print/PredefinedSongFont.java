package org.luoshi.shared.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;

/**
 * STSong-Light, the Simplified Chinese font of Adobe's CJK font packs, named with a predefined CMap (ISO 32000-1,
 * 9.7.5.2): the document embeds nothing, and Acrobat, pdf.js, PDFium and poppler each draw it with a Chinese
 * typeface they have. So Luoshi prints Chinese with nothing installed and no font file in the repository, at the
 * price that the glyphs' shapes are the reader's; the advances are ours, written in the {@code W} array, so line
 * ends and table cells stay where they were laid out.
 *
 * <p>Text is encoded with the predefined CMap UniGB-UTF16-H, so the bytes are the text's own UTF-16BE and code
 * points outside the Basic Multilingual Plane are surrogate pairs that the CMap reads as one four-byte code. A
 * character the CMap does not map, or maps to a CID beyond Adobe-GB1-4 (the supplement the font declares), is
 * replaced with 〓: emoji, control characters, Yi syllables, and most ideographs of CJK Extension B and later.
 */
final class PredefinedSongFont implements DocumentFont {

	private static final String CMAP_NAME = "UniGB-UTF16-H";
	private static final String FONT_NAME = "STSong-Light";
	private static final int SUPPLEMENT = 4;
	/** Adobe-GB1-4 has CIDs 0 to 29063; UniGB-UTF16-H also maps some characters to supplement 5's CIDs. */
	private static final int LAST_CID = 29063;
	private static final int IDEOGRAPHIC_ADVANCE = 1000;

	/**
	 * Advances of CIDs 1–95, the proportional Latin glyphs that UniGB-UTF16-H maps U+0020–U+007E to, as Adobe
	 * publishes them for STSong-Light (space 207, digits 462, 'W' 972). Every other CID is 1000.
	 */
	private static final int[] LATIN_ADVANCES = {
			207, 270, 342, 467, 462, 797, 710, 239, 374, 374, 423, 605, 238, 375, 238, 334,
			462, 462, 462, 462, 462, 462, 462, 462, 462, 462, 238, 238, 605, 605, 605, 344,
			748, 684, 560, 695, 739, 563, 511, 729, 793, 318, 312, 666, 526, 896, 758, 772,
			544, 772, 628, 465, 607, 753, 711, 972, 647, 620, 607, 374, 333, 374, 606, 500,
			239, 417, 503, 427, 529, 415, 264, 444, 518, 241, 230, 495, 228, 793, 527, 524,
			524, 504, 338, 336, 277, 517, 450, 652, 466, 452, 407, 370, 258, 370, 605 };

	private static final CMap UNICODE_TO_CID = predefinedCMap();

	private final COSDictionary dictionary = type0Font();

	@Override
	public boolean canShow(int codePoint) {
		return cid(codePoint) != 0;
	}

	@Override
	public String substitute() {
		return GETA_MARK;
	}

	@Override
	public float advance(int codePoint) {
		int cid = cid(codePoint);
		return cid >= 1 && cid <= LATIN_ADVANCES.length ? LATIN_ADVANCES[cid - 1] : IDEOGRAPHIC_ADVANCE;
	}

	@Override
	public byte[] encode(String printableText) {
		return printableText.getBytes(StandardCharsets.UTF_16BE);
	}

	@Override
	public COSDictionary dictionary() {
		return dictionary;
	}

	/** The CID the code point shows, or 0 if the font has none for it. */
	private static int cid(int codePoint) {
		if (Character.getType(codePoint) == Character.SURROGATE) {
			// A lone surrogate has no UTF-16 form: Java would encode it as '?', which the CMap maps.
			return 0;
		}
		int cid = UNICODE_TO_CID.toCID(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_16BE));
		return cid <= LAST_CID ? cid : 0;
	}

	private static CMap predefinedCMap() {
		try {
			return new CMapParser().parsePredefined(CMAP_NAME);
		}
		catch (IOException e) {
			throw new UncheckedIOException("FontBox ships the predefined CMap " + CMAP_NAME + "; is fontbox on the class path?", e);
		}
	}

	private static COSDictionary type0Font() {
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.TYPE0);
		font.setName(COSName.BASE_FONT, FONT_NAME + "-" + CMAP_NAME);
		font.setName(COSName.ENCODING, CMAP_NAME);
		COSArray descendants = new COSArray();
		descendants.add(cidFont());
		font.setItem(COSName.DESCENDANT_FONTS, descendants);
		return font;
	}

	private static COSDictionary cidFont() {
		COSDictionary systemInfo = new COSDictionary();
		systemInfo.setString(COSName.REGISTRY, "Adobe");
		systemInfo.setString(COSName.ORDERING, "GB1");
		systemInfo.setInt(COSName.SUPPLEMENT, SUPPLEMENT);

		COSArray latinAdvances = new COSArray();
		for (int advance : LATIN_ADVANCES) {
			latinAdvances.add(COSInteger.get(advance));
		}
		COSArray widths = new COSArray();
		widths.add(COSInteger.ONE);
		widths.add(latinAdvances);

		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
		font.setName(COSName.BASE_FONT, FONT_NAME);
		font.setItem(COSName.CIDSYSTEMINFO, systemInfo);
		font.setItem(COSName.FONT_DESC, fontDescriptor());
		font.setInt(COSName.DW, IDEOGRAPHIC_ADVANCE);
		font.setItem(COSName.W, widths);
		return font;
	}

	/** Adobe's metrics for STSong-Light; Flags 6 is serif and symbolic (its glyphs lie outside the Latin set). */
	private static COSDictionary fontDescriptor() {
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, FONT_NAME);
		descriptor.setInt(COSName.FLAGS, 6);
		descriptor.setItem(COSName.FONT_BBOX, integers(-25, -254, 1000, 880));
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 880);
		descriptor.setInt(COSName.DESCENT, -120);
		descriptor.setInt(COSName.CAP_HEIGHT, 880);
		descriptor.setInt(COSName.STEM_V, 93);
		return descriptor;
	}

	private static COSArray integers(int... values) {
		COSArray array = new COSArray();
		for (int value : values) {
			array.add(COSInteger.get(value));
		}
		return array;
	}
}
