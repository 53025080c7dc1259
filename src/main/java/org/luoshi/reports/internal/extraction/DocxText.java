package org.luoshi.reports.internal.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

	private static final int MAX_TABLE_DEPTH = 3;

	private static final Pattern TASK_HEADER = Pattern.compile("(工作)?任务|工作(内容|措施|事项)|具体(任务|措施|内容)|主要(任务|内容|措施)|重点(任务|工作)|任务(内容|名称)|目标任务|工作要求");

	private static final Pattern LABELLED_HEADER = Pattern
		.compile("(牵头|责任|主责|主办|配合|协办|协同|参与)(单位|部门)|完成(时限|时间)|时间(节点|要求)|时限(要求)?|责任领导|分管领导");

	private final StringBuilder out = new StringBuilder();
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	private DocxText() {
	}

	static ReadText read(byte[] bytes) {
		DocxText reader = new DocxText();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			reader.elements(document.getBodyElements(), 0);
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

	private void elements(List<IBodyElement> elements, int depth) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraph(paragraph);
			}
			else if (element instanceof XWPFTable table && depth < MAX_TABLE_DEPTH) {
				table(table, depth);
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

	private void table(XWPFTable table, int depth) {
		List<XWPFTableRow> rows = table.getRows();
		int headerRow = -1;
		Map<Integer, String> labels = new HashMap<>();
		int taskColumn = -1;
		for (int r = 0; r < Math.min(3, rows.size()) && headerRow < 0; r++) {
			List<String> cells = cellTexts(rows.get(r));
			Map<Integer, String> found = new HashMap<>();
			int task = -1;
			for (int c = 0; c < cells.size(); c++) {
				String cell = cells.get(c).replaceAll("\\s+", "");
				if (cell.length() > 8) {
					continue;
				}
				if (LABELLED_HEADER.matcher(cell).find()) {
					found.put(c, cell);
				}
				else if (task < 0 && TASK_HEADER.matcher(cell).find()) {
					task = c;
				}
			}
			if (task >= 0 && !found.isEmpty()) {
				headerRow = r;
				labels = found;
				taskColumn = task;
			}
		}
		if (headerRow < 0) {
			for (XWPFTableRow row : rows) {
				for (XWPFTableCell cell : row.getTableCells()) {
					elements(cell.getBodyElements(), depth + 1);
				}
			}
			return;
		}
		int number = 0;
		for (int r = headerRow + 1; r < rows.size(); r++) {
			List<String> cells = cellTexts(rows.get(r));
			String task = taskColumn < cells.size() ? cells.get(taskColumn).strip() : "";
			if (task.isEmpty()) {
				continue;
			}
			StringBuilder line = new StringBuilder().append(++number).append(". ").append(task);
			List<String> annotations = new ArrayList<>();
			for (Map.Entry<Integer, String> label : labels.entrySet()) {
				String value = label.getKey() < cells.size() ? cells.get(label.getKey()).strip() : "";
				if (!value.isEmpty()) {
					annotations.add(label.getValue() + "：" + value.replace('\n', '、'));
				}
			}
			if (!annotations.isEmpty()) {
				line.append('（').append(String.join("；", annotations)).append('）');
			}
			out.append(line.toString().replace('\n', ' ')).append('\n');
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
