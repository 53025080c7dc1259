package org.luoshi.shared.print;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.print.LineBreaker.Line;
import org.luoshi.shared.print.PrintedDocument.Field;

/**
 * Lays a document out on A4 pages, top to bottom, in the manner of GB/T 9704-2012 (党政机关公文格式): sizes are the
 * Chinese type sizes it prescribes (二号 22 pt for the title, 三号 16 pt for the body, 22 lines to the type area),
 * tables are set a size smaller (四号 14 pt) so that a notice's fields fit on one page.
 *
 * <p>Text flows onto a new page when the current one is full; a table row moves whole to the next page unless it is
 * taller than a page, and then it is split line by line. The signature block is kept together.
 */
final class Typesetter {

	static final float PAGE_WIDTH = points(Margins.A4_WIDTH);
	static final float PAGE_HEIGHT = points(Margins.A4_HEIGHT);

	/** The issuing body is set large, red and bold, as the heavy 小标宋 of printed headers. */
	static final TextStyle ISSUER = new TextStyle(30, 40, Ink.RED, true);
	static final TextStyle BODY = new TextStyle(16, 29, Ink.BLACK, false);
	static final TextStyle TITLE = new TextStyle(22, 33, Ink.BLACK, true);
	/** Labels and values share a leading, so that a row taller than a page splits at the same line in both columns. */
	private static final float CELL_LEADING = 22;
	static final TextStyle LABEL = new TextStyle(14, CELL_LEADING, Ink.BLACK, true);
	static final TextStyle VALUE = new TextStyle(14, CELL_LEADING, Ink.BLACK, false);
	static final TextStyle FOOTER = new TextStyle(14, 14, Ink.BLACK, false);

	/** Ideographs fill the em square from about -0.12 to 0.88 em around the baseline. */
	private static final float ASCENT = 0.88f;
	private static final float CELL_PADDING = 6;
	private static final float TABLE_RULE = 0.75f;
	private static final float HEADER_RULE = 1.5f;
	/** GB/T 9704: the red rule lies 4 mm under the document number; the page number 7 mm under the type area. */
	private static final float RULE_GAP = points(4);
	private static final float FOOTER_GAP = points(7);
	/** Justifying spreads a line's slack over its gaps, but never so far that a reader sees a space between two characters. */
	private static final float MAXIMUM_JUSTIFYING_GAP = 0.08f;
	/** Rounding in the sum of heights must not push a block that fits exactly onto the next page. */
	private static final float TOLERANCE = 0.01f;

	/** The leading of a compact document, as a share of the usual one; the lines still stand clear of each other. */
	static final float COMPACT_LEADING = 0.8f;

	private final DocumentFont font;
	private final float leadingScale;
	private final float cellLeading;
	private final float left;
	private final float right;
	private final float top;
	private final float bottom;
	private final List<Canvas> pages = new ArrayList<>();
	private Canvas page;
	/** The top of the next line on the current page. */
	private float cursor;

	/**
	 * @param compact whether lines are set closer ({@value #COMPACT_LEADING} of the usual leading, sizes unchanged): a
	 *     document that runs a few lines over one page fits on it so, rather than leaving its signature alone on a second
	 */
	Typesetter(DocumentFont font, Margins margins, boolean compact) {
		this.font = font;
		this.leadingScale = compact ? COMPACT_LEADING : 1;
		this.cellLeading = CELL_LEADING * leadingScale;
		this.left = points(margins.left());
		this.right = PAGE_WIDTH - points(margins.right());
		this.top = PAGE_HEIGHT - points(margins.top());
		this.bottom = points(margins.bottom());
		newPage();
	}

	/** The red header: the issuing body, the document number under it, and a red rule across the type area. */
	void header(String issuer, String number) {
		if (issuer != null) {
			centred(ISSUER, issuer);
			space(leading(BODY) / 2);
		}
		if (number != null) {
			centred(BODY, number);
		}
		if (issuer != null) {
			cursor -= RULE_GAP;
			page.line(left, cursor, right, cursor, HEADER_RULE, Ink.RED);
		}
		space(leading(BODY));
	}

	void title(String title) {
		centred(TITLE, title);
		space(leading(BODY));
	}

	/** Each line of the text is a paragraph, its first line indented by two characters. */
	void paragraphs(String text) {
		LineBreaker breaker = new LineBreaker(font, BODY.size());
		float indent = 2 * BODY.size();
		for (String paragraph : font.printable(text).split("\n", -1)) {
			List<Line> lines = breaker.lines(paragraph, width() - indent, width());
			for (int i = 0; i < lines.size(); i++) {
				ensureRoom(leading(BODY));
				float x = i == 0 ? left + indent : left;
				setLine(BODY, x, cursor, lines.get(i), right - x);
				cursor -= leading(BODY);
			}
		}
	}

	/** A ruled two-column table: labels on the left, as wide as the widest needs up to a third of the type area. */
	void table(List<Field> fields) {
		space(leading(BODY) / 2);
		float labelWidth = 4 * LABEL.size();
		for (Field field : fields) {
			labelWidth = Math.max(labelWidth, font.width(font.printable(field.label()), LABEL.size()));
		}
		float labelColumn = Math.min(labelWidth + 2 * CELL_PADDING, width() / 3);
		for (Field field : fields) {
			row(field, labelColumn);
		}
		space(leading(BODY) / 2);
	}

	/**
	 * GB/T 9704 7.3.5.2: after a blank line, the signatories end two characters from the right edge, and the date
	 * starts two characters to the right of where they start; a date longer than that ends two characters from the
	 * edge too, and the signatories move left with it.
	 */
	void signature(List<String> signatories, String date) {
		List<String> lines = new ArrayList<>();
		signatories.forEach(signatory -> lines.add(font.printable(signatory)));
		float signatoriesWidth = 0;
		for (String line : lines) {
			signatoriesWidth = Math.max(signatoriesWidth, font.width(line, BODY.size()));
		}
		float em = BODY.size();
		float start = right - 2 * em - signatoriesWidth;
		if (date != null) {
			String printableDate = font.printable(date);
			start = Math.min(start, right - 4 * em - font.width(printableDate, BODY.size()));
			lines.add(printableDate);
		}
		start = Math.max(start, left);
		float height = (lines.size() + 1) * leading(BODY);
		if (!fits(height)) {
			newPage();
		}
		space(leading(BODY));
		for (int i = 0; i < lines.size(); i++) {
			boolean isDate = date != null && i == lines.size() - 1;
			float x = isDate ? start + 2 * em : start;
			page.text(BODY, x, baseline(BODY, cursor), lines.get(i), 0);
			cursor -= leading(BODY);
		}
	}

	/** The laid out pages, each with its footer "第 N 页 共 M 页". */
	List<Canvas> finish() {
		float baseline = bottom - FOOTER_GAP - ASCENT * FOOTER.size();
		for (int i = 0; i < pages.size(); i++) {
			String footer = font.printable("第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
			float x = left + (width() - font.width(footer, FOOTER.size())) / 2;
			pages.get(i).text(FOOTER, x, baseline, footer, 0);
		}
		return List.copyOf(pages);
	}

	private void row(Field field, float labelColumn) {
		List<Line> labelLines = new LineBreaker(font, LABEL.size()).lines(font.printable(field.label()), labelColumn - 2 * CELL_PADDING);
		List<Line> valueLines = new LineBreaker(font, VALUE.size()).lines(font.printable(field.value()), width() - labelColumn - 2 * CELL_PADDING);
		int lineCount = Math.max(labelLines.size(), valueLines.size());
		if (rowHeight(lineCount) <= top - bottom) {
			if (!fits(rowHeight(lineCount))) {
				newPage();
			}
			rowPart(labelLines, valueLines, 0, lineCount, labelColumn, (lineCount - labelLines.size()) / 2f);
			return;
		}
		int from = 0;
		while (from < lineCount) {
			// A fresh page holds several lines: Margins leave at least 60 mm of type area.
			int fitting = (int) ((cursor - bottom - 2 * CELL_PADDING) / cellLeading);
			if (fitting < 1) {
				newPage();
				continue;
			}
			int to = Math.min(lineCount, from + fitting);
			rowPart(labelLines, valueLines, from, to, labelColumn, 0);
			from = to;
			if (from < lineCount) {
				newPage();
			}
		}
	}

	/**
	 * Draws lines {@code from} to {@code to} of a row as one ruled pair of cells. The label is moved down by
	 * {@code labelOffset} lines, which centres it in a row that is not split.
	 */
	private void rowPart(List<Line> labelLines, List<Line> valueLines, int from, int to, float labelColumn, float labelOffset) {
		float height = rowHeight(to - from);
		page.frame(left, cursor, width(), height, TABLE_RULE, Ink.BLACK);
		page.line(left + labelColumn, cursor, left + labelColumn, cursor - height, TABLE_RULE, Ink.BLACK);
		float firstLineTop = cursor - CELL_PADDING;
		for (int i = from; i < Math.min(to, labelLines.size()); i++) {
			Line label = labelLines.get(i);
			float lineTop = firstLineTop - (labelOffset + i - from) * cellLeading;
			page.text(LABEL, left + (labelColumn - label.width()) / 2, baseline(LABEL, lineTop), label.text(), 0);
		}
		float valueX = left + labelColumn + CELL_PADDING;
		for (int i = from; i < Math.min(to, valueLines.size()); i++) {
			setLine(VALUE, valueX, firstLineTop - (i - from) * cellLeading, valueLines.get(i), right - CELL_PADDING - valueX);
		}
		cursor -= height;
	}

	private float rowHeight(int lineCount) {
		return lineCount * cellLeading + 2 * CELL_PADDING;
	}

	private void centred(TextStyle style, String text) {
		for (Line line : balancedLines(style, font.printable(text))) {
			ensureRoom(leading(style));
			page.text(style, left + (width() - line.width()) / 2, baseline(style, cursor), line.text(), 0);
			cursor -= leading(style);
		}
	}

	/**
	 * The fewest lines the text needs, made as even in length as that many lines allow: GB/T 9704 asks that a title
	 * that runs over be arranged symmetrically, not as a full line and a stub.
	 */
	private List<Line> balancedLines(TextStyle style, String printableText) {
		LineBreaker breaker = new LineBreaker(font, style.size());
		int lineCount = breaker.lines(printableText, width()).size();
		float tooNarrow = 0;
		float wideEnough = width();
		while (lineCount > 1 && wideEnough - tooNarrow > 1) {
			float middle = (tooNarrow + wideEnough) / 2;
			if (breaker.lines(printableText, middle).size() <= lineCount) {
				wideEnough = middle;
			}
			else {
				tooNarrow = middle;
			}
		}
		return breaker.lines(printableText, wideEnough);
	}

	/** Sets a line whose box starts at {@code lineTop}, justified to {@code measure} if it was wrapped and nearly fills it. */
	private void setLine(TextStyle style, float x, float lineTop, Line line, float measure) {
		int gaps = line.text().codePointCount(0, line.text().length()) - 1;
		float spacing = 0;
		if (line.wrapped() && gaps > 0) {
			float gap = (measure - line.width()) / gaps;
			spacing = gap <= MAXIMUM_JUSTIFYING_GAP * style.size() ? gap : 0;
		}
		page.text(style, x, baseline(style, lineTop), line.text(), spacing);
	}

	private float leading(TextStyle style) {
		return style.leading() * leadingScale;
	}

	/** The baseline that centres the em square of a line in its line box. */
	private float baseline(TextStyle style, float lineTop) {
		return lineTop - (leading(style) - style.size()) / 2 - ASCENT * style.size();
	}

	private void space(float height) {
		if (!atPageTop()) {
			cursor -= height;
		}
	}

	private boolean fits(float height) {
		return cursor - height >= bottom - TOLERANCE || atPageTop();
	}

	private void ensureRoom(float height) {
		if (!fits(height)) {
			newPage();
		}
	}

	private boolean atPageTop() {
		return cursor == top;
	}

	private void newPage() {
		page = new Canvas(font);
		pages.add(page);
		cursor = top;
	}

	private float width() {
		return right - left;
	}

	static float points(double millimetres) {
		return (float) (millimetres * 72 / 25.4);
	}
}
