package org.luoshi.reports.internal.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.reports.ReportRejectedException;
import org.luoshi.reports.ReportRejectedException.Reason;

/**
 * The text of a Word document in reading order. Word's automatic numbering is not part of a paragraph's text,
 * so it is rendered back ("1." "（一）"), because the numbers are what mark tasks and groups. A task table
 * (任务 | 牵头单位 | 配合单位 | 完成时限) becomes one numbered line per row with labelled units, the same shape
 * as a notice written in prose.
 */
final class DocxText {

	private final StringBuilder out = new StringBuilder();
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	private DocxText() {
	}

	static ReadText read(byte[] bytes) {
		DocxText reader = new DocxText();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			reader.elements(document.getBodyElements());
		}
		catch (EncryptedDocumentException e) {
			throw new ReportRejectedException(Reason.ENCRYPTED);
		}
		catch (IOException | RuntimeException | StackOverflowError e) {
			// POI throws unchecked exceptions of many kinds on damaged files; all mean the same to the user.
			throw new ReportRejectedException(Reason.UNREADABLE);
		}
		return new ReadText(reader.out.toString(), false);
	}

	private void elements(List<IBodyElement> elements) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraph(paragraph);
			}
			else if (element instanceof XWPFTable table) {
				table(table);
			}
		}
	}

	private void paragraph(XWPFParagraph paragraph) {
		String text = paragraph.getText();
		if (text == null || text.isBlank()) {
			return;
		}
		out.append(numbering(paragraph)).append(text).append('\n');
	}

	/** The number Word would draw before the paragraph, from its list's level format. */
	private String numbering(XWPFParagraph paragraph) {
		try {
			BigInteger numId = paragraph.getNumID();
			String format = paragraph.getNumFmt();
			String levelText = paragraph.getNumLevelText();
			if (numId == null || format == null || levelText == null) {
				return "";
			}
			int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
			int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
			count[level]++;
			for (int deeper = level + 1; deeper < count.length; deeper++) {
				count[deeper] = 0;
			}
			String number = switch (format) {
				case "decimal", "decimalZero" -> Integer.toString(count[level]);
				case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified",
						"taiwaneseCounting", "taiwaneseCountingThousand" ->
					ChineseNumbers.format(count[level]);
				case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
					count[level] <= 20 ? String.valueOf((char) ('①' + count[level] - 1)) : Integer.toString(count[level]);
				default -> "";
			};
			if (number.isEmpty()) {
				return "";
			}
			return levelText.replaceAll("%[1-9]", number);
		}
		catch (RuntimeException e) {
			// Numbering definitions are often inconsistent in real files; the text is still worth reading.
			return "";
		}
	}

	/** A table's cells, nested tables included, come as the cells' text. */
	private void table(XWPFTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			rows.add(cellTexts(row));
		}
		for (String line : TaskTable.lines(rows)) {
			out.append(line).append('\n');
		}
	}

	private static List<String> cellTexts(XWPFTableRow row) {
		List<String> texts = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			texts.add(cell.getText() == null ? "" : cell.getText());
		}
		return texts;
	}
}
