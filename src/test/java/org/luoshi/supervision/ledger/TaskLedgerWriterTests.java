package org.luoshi.supervision.ledger;

import org.luoshi.supervision.Light;
import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.fillColor;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.firstSheetXml;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.part;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.rows;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.written;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written workbook as Excel shows and prints it, opened back with fastexcel-reader and, for styles, as XML. */
class TaskLedgerWriterTests {

	private static final LocalDate JUNE_END = LocalDate.of(2026, 6, 30);

	private static final List<LedgerRow> LEDGER = List.of(
			new LedgerRow("1", "主动融入大湾区建设", "推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of("区发展和改革局", "杜阮镇"),
					JUNE_END, "已完成站前广场主体工程", "已办结", Light.GREEN),
			new LedgerRow("2", "主动融入大湾区建设", "加快滨江新区学校建设", List.of("区教育局", "区住建局"), List.of(), LocalDate.of(2026, 8, 31),
					"主体结构封顶", "推进中", Light.YELLOW),
			new LedgerRow("1", "全力以赴抓好招商引资", "引进亿元以上项目30个", List.of("区投资促进中心"), List.of("各镇（街）"), LocalDate.of(2026, 12, 31),
					"已签约12个", "推进中", Light.RED),
			new LedgerRow("2", "全力以赴抓好招商引资", "办好粤港澳大湾区招商推介会", List.of("区投资促进中心"), List.of(), LocalDate.of(2026, 10, 31), null,
					"未启动", null));

	@Test
	void writesTheTitleAcrossTheColumnsThenTheExportTimeAndTheChineseHeaders() {
		byte[] xlsx = written(LedgerLayout.LEDGER, LEDGER);

		List<Row> rows = rows(xlsx);
		assertThat(rows.get(0).getCellText(0)).isEqualTo("2026年全力冲刺千亿GDP强区重点任务台账");
		assertThat(rows.get(1).getCellText(0)).isEqualTo("导出时间：2026-12-01 10:00\u3000共 4 项");
		assertThat(rows.get(2).stream().map(cell -> cell.getText()).toList()).containsExactly("序号", "任务内容", "牵头单位", "责任人", "协办单位",
				"完成时限", "进展情况", "状态", "亮灯");
		assertThat(firstSheetXml(xlsx)).contains("<mergeCell ref=\"A1:I1\"/>", "<mergeCell ref=\"A2:I2\"/>");
		assertThat(fillColor(xlsx, "A3")).isEqualTo("D9D9D9");
	}

	@Test
	void writesTheBreakdownTableWithoutProgressAndStatusOnASheetOfItsName() throws IOException {
		byte[] xlsx = written(LedgerLayout.BREAKDOWN, LEDGER);

		assertThat(rows(xlsx).get(2).stream().map(cell -> cell.getText()).toList()).containsExactly("序号", "任务内容", "牵头单位", "协办单位",
				"完成时限");
		assertThat(firstSheetXml(xlsx)).contains("<mergeCell ref=\"A1:E1\"/>").doesNotContain("已办结");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("任务分解表");
		}
	}

	@Test
	void headsEachGroupWithARowMergedAcrossTheColumnsNumberedInChinese() {
		byte[] xlsx = written(LedgerLayout.LEDGER, LEDGER);

		List<Row> rows = rows(xlsx);
		assertThat(rows).extracting(row -> row.getCellText(0)).containsExactly("2026年全力冲刺千亿GDP强区重点任务台账", "导出时间：2026-12-01 10:00\u3000共 4 项",
				"序号", "一、主动融入大湾区建设", "1", "2", "二、全力以赴抓好招商引资", "1", "2");
		assertThat(firstSheetXml(xlsx)).contains("<mergeCell ref=\"A4:I4\"/>", "<mergeCell ref=\"A7:I7\"/>");
		assertThat(fillColor(xlsx, "A4")).isEqualTo("DDEBF7");
	}

	@Test
	void numbersAGroupGivenWithItsOrdinalOnlyOnce() {
		byte[] xlsx = written(LedgerLayout.BREAKDOWN,
				List.of(LedgerRow.task("1", "一、主动融入大湾区建设", "推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of(), JUNE_END)));

		assertThat(rows(xlsx).get(3).getCellText(0)).isEqualTo("一、主动融入大湾区建设");
	}

	@Test
	void writesNoHeadingForTasksUnderNoGroup() {
		byte[] xlsx = written(LedgerLayout.BREAKDOWN, List.of(LedgerRow.task("1", null, "推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of(), JUNE_END)));

		assertThat(rows(xlsx)).hasSize(4);
		assertThat(firstSheetXml(xlsx)).doesNotContain("A4:E4");
	}

	@Test
	void writesTheLightInACellOfItsColour() {
		byte[] xlsx = written(LedgerLayout.LEDGER, LEDGER);

		assertThat(fillColor(xlsx, "I5")).isEqualTo("C6EFCE");
		assertThat(fillColor(xlsx, "I6")).isEqualTo("FFEB9C");
		assertThat(fillColor(xlsx, "I8")).isEqualTo("FFC7CE");
		assertThat(fillColor(xlsx, "I9")).isNull();
		assertThat(fillColor(xlsx, "H5")).isNull();
		assertThat(rows(xlsx).get(7).getCellText(8)).isEqualTo("红灯");
	}

	@Test
	void startsEachGoalsSectionWithItsHeadingAndItsGroupsAfreshSoThatATaskUnderNoGroupStandsUnderNone() {
		byte[] xlsx = written(LedgerLayout.LEDGER, List.of(
				new LedgerRow("1", "主动融入大湾区建设", "推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of(), JUNE_END, null, "推进中",
						Light.GREEN, "2026年交通重点任务", "张三"),
				new LedgerRow("2", null, "谋划全年招商工作", List.of("区投资促进中心"), List.of(), JUNE_END, null, "推进中", Light.GREEN,
						"2026年招商重点任务", null),
				new LedgerRow("3", "全力以赴抓好招商引资", "引进亿元以上项目30个", List.of("区投资促进中心"), List.of(), JUNE_END, null, "推进中",
						Light.GREEN, "2026年招商重点任务", null)));

		assertThat(rows(xlsx)).extracting(row -> row.getCellText(0)).containsExactly("2026年全力冲刺千亿GDP强区重点任务台账",
				"导出时间：2026-12-01 10:00\u3000共 3 项", "序号", "目标：2026年交通重点任务", "一、主动融入大湾区建设", "1", "目标：2026年招商重点任务", "2",
				"一、全力以赴抓好招商引资", "3");
		assertThat(rows(xlsx).get(5).getCellText(3)).isEqualTo("张三");
		assertThat(firstSheetXml(xlsx)).contains("<mergeCell ref=\"A4:I4\"/>", "<mergeCell ref=\"A7:I7\"/>");
	}

	@Test
	void writesDeadlinesAsDateCellsShownAsYearMonthDay() {
		Row task = rows(written(LedgerLayout.LEDGER, LEDGER)).get(4);

		assertThat(task.getCell(5).getType()).isEqualTo(CellType.NUMBER);
		assertThat(task.getCell(5).asDate().toLocalDate()).isEqualTo(JUNE_END);
		assertThat(task.getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
	}

	@Test
	void writesTasksWithTheirUnitsJoinedAndTheirNumbersAsNumbers() {
		Row task = rows(written(LedgerLayout.LEDGER, LEDGER)).get(5);

		assertThat(task.getCell(0).getType()).isEqualTo(CellType.NUMBER);
		assertThat(task.getCellText(1)).isEqualTo("加快滨江新区学校建设");
		assertThat(task.getCellText(2)).isEqualTo("区教育局、区住建局");
		assertThat(task.getCellText(6)).isEqualTo("主体结构封顶");
		assertThat(task.getCellText(7)).isEqualTo("推进中");
		assertThat(task.getCellText(8)).isEqualTo("黄灯");
	}

	@Test
	void freezesTheHeaderAndPrintsLandscapeOnA4WithTheHeaderOnEveryPage() {
		byte[] xlsx = written(LedgerLayout.LEDGER, LEDGER);

		String sheet = firstSheetXml(xlsx);
		assertThat(sheet).containsPattern("<pane [^>]*ySplit=\"3\"[^>]*state=\"frozen\"");
		assertThat(sheet).containsPattern("<pageSetup [^>]*paperSize=\"9\"").containsPattern("<pageSetup [^>]*orientation=\"landscape\"");
		assertThat(sheet).containsPattern("<pageSetUpPr fitToPage=\"(1|true)\"");
		assertThat(part(xlsx, "xl/workbook.xml")).containsPattern("<definedName [^>]*name=\"_xlnm.Print_Titles\"[^>]*>[^<]*\\$3:\\$3<");
	}

	@Test
	void streamsAHundredThousandTasksOutWhileWriting(@TempDir Path directory) throws IOException {
		int count = 100_000;
		Path file = directory.resolve("台账.xlsx");
		long[] writtenBeforeTheLastRow = { -1 };
		try (CountingOutputStream out = new CountingOutputStream(Files.newOutputStream(file))) {
			// Rows made as they are asked for, noting how much of the file is out when the last is asked for.
			List<LedgerRow> rows = new AbstractList<>() {

				@Override
				public LedgerRow get(int index) {
					if (index == count - 1) {
						writtenBeforeTheLastRow[0] = out.count;
					}
					return new LedgerRow(Integer.toString(index % 100 + 1), "第" + (index / 100 + 1) + "组重点任务", "推进第" + index + "项重点工作，确保按期完成",
							List.of("区发展和改革局"), List.of("区财政局", "区自然资源局"), JUNE_END.plusDays(index % 365), "按计划推进", "推进中",
							Light.values()[index % 3]);
				}

				@Override
				public int size() {
					return count;
				}
			};
			new TaskLedgerWriter().write(LedgerLayout.LEDGER, "台账", LedgerWorkbooks.EXPORTED_AT, rows, out);
		}

		assertThat(writtenBeforeTheLastRow[0]).isGreaterThan(Files.size(file) / 2);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile()); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			// title, subtitle, header, a heading for each thousand groups of a hundred, the tasks
			assertThat(rows.count()).isEqualTo(3 + count / 100 + count);
		}
	}

	private static final class CountingOutputStream extends OutputStream {

		private final OutputStream out;
		private long count;

		CountingOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
			count += length;
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}
}
