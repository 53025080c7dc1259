package org.luoshi.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Workbooks for the tests of importing a task breakdown table. */
public final class LedgerIntegrationFiles {

	private LedgerIntegrationFiles() {
	}

	/** A breakdown table as offices write them: a title row, the header, a group heading, then the rows. */
	public static byte[] breakdownTable(List<String[]> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("任务分解表");
		sheet.value(0, 0, "重点工作任务分解表");
		String[] header = { "序号", "任务内容", "牵头单位", "责任单位", "完成时限" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(1, c, header[c]);
		}
		sheet.value(2, 0, "一");
		sheet.value(2, 1, "优化法治化营商环境");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).length; c++) {
				sheet.value(3 + r, c, rows.get(r)[c]);
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	/** The first sheet's rows as the cells' texts, each row as wide as the widest ("" for an empty cell). */
	public static List<List<String>> cells(byte[] xlsx) throws IOException {
		List<List<String>> rows = new java.util.ArrayList<>();
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx)); var read = workbook.getFirstSheet().openStream()) {
			read.forEach(row -> {
				while (rows.size() < row.getRowNum() - 1) {
					rows.add(new java.util.ArrayList<>());
				}
				List<String> cells = new java.util.ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					String text = row.getCellText(c);
					cells.add(text == null ? "" : text);
				}
				rows.add(cells);
			});
		}
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		rows.forEach(row -> {
			while (row.size() < width) {
				row.add("");
			}
		});
		return rows;
	}
}
