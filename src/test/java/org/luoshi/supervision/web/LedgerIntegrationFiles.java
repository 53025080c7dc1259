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

}
