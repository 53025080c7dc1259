package org.luoshi.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.fill;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.sheet;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

/** Tables as offices send them: headers under many names, group headings, deadlines in many words, and mistakes. */
class TaskLedgerReaderTests {

	private static final TaskLedgerReader READER = new TaskLedgerReader();
	private static final List<String> HEADER = List.of("序号", "任务内容", "牵头单位", "责任单位", "完成时限");
	private static final LocalDate JUNE_END = LocalDate.of(2026, 6, 30);

	private static LedgerReading read(byte[] xlsx) {
		return READER.read(new ByteArrayInputStream(xlsx));
	}

	private static LedgerProblem problem(int row, String column, String messageKey, Object... arguments) {
		return new LedgerProblem(row, column, messageKey, List.of(arguments));
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	// ---- headers

	@Test
	void findsTheHeaderBelowTheTitleUnderAnyOfItsUsualNames() {
		LedgerReading reading = read(sheet(row("2026年重点任务分解表"), row("填报单位：区委督查室"), row(), row("序号", "工作任务", "牵头部门", "配合单位", "完成时间"),
				row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", "区发展和改革局、杜阮镇", "2026年6月底")));

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).containsExactly(new ImportedTask(5, "1", null, "推进江门北站综合交通枢纽建设", List.of("区交通运输局"),
				List.of("区发展和改革局", "杜阮镇"), JUNE_END));
	}

	@Test
	void readsHeadersWrittenWithSpacesLineBreaksMarksAndNotesAndNamesThemAsWritten() {
		LedgerReading reading = read(sheet(row("序  号", "任\n务", "*牵头单位", "协办单位", "时限要求（年月日）"),
				row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", "杜阮镇", "2026-06-30"), row(2, "加快滨江新区学校建设", null, null, "尽快")));

		assertThat(reading.problems()).containsExactly(problem(3, "*牵头单位", "supervision.ledger.lead.required"),
				problem(3, "时限要求（年月日）", "supervision.ledger.deadline.invalid", "尽快"));
		assertThat(reading.tasks()).singleElement().satisfies(task -> {
			assertThat(task.content()).isEqualTo("推进江门北站综合交通枢纽建设");
			assertThat(task.coUnits()).containsExactly("杜阮镇");
			assertThat(task.deadline()).isEqualTo(JUNE_END);
		});
	}

	@Test
	void readsColumnsInAnyOrderAndIgnoresProgressStatusAndUnknownColumns() {
		LedgerReading reading = read(sheet(row("完成时限", "备注", "任务内容", "进展情况", "责任部门", "牵头单位", "状态"),
				row("2026-06-30", "重点", "推进江门北站综合交通枢纽建设", "已完成站前广场", "杜阮镇", "区交通运输局", "已办结")));

		assertThat(reading.tasks()).containsExactly(new ImportedTask(2, null, null, "推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of("杜阮镇"),
				JUNE_END));
	}

	@Test
	void takesCoUnitsFromEveryCoUnitColumn() {
		LedgerReading reading = read(sheet(row("序号", "任务内容", "牵头单位", "责任单位", "配合单位", "完成时限"),
				row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", "杜阮镇、区住建局", "区住建局、区发展和改革局", "2026-06-30")));

		assertThat(reading.tasks()).singleElement()
			.satisfies(task -> assertThat(task.coUnits()).containsExactly("杜阮镇", "区住建局", "区发展和改革局"));
	}

	@Test
	void namesEveryMissingRequiredColumnInOneProblemAtTheHeaderRow() {
		LedgerReading reading = read(sheet(row("2026年重点任务分解表"), row("序号", "任务内容", "责任单位", "备注"),
				row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", "")));

		assertThat(reading.tasks()).isEmpty();
		assertThat(reading.problems()).containsExactly(problem(2, null, "supervision.ledger.header.missing", "牵头单位、完成时限", 10));
	}

	@Test
	void looksForTheHeaderInTheFirstTenRowsOnly() {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			rows.add(row("说明第" + i + "条"));
		}
		rows.add(new ArrayList<>(HEADER));
		rows.add(row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", "", "2026-06-30"));

		LedgerReading reading = read(workbook(sheet -> fill(sheet, 0, rows)));

		assertThat(reading.problems()).containsExactly(problem(0, null, "supervision.ledger.header.missing", "任务内容、牵头单位、完成时限", 10));
	}

	@Test
	void readsTheFirstSheetThatHasTheHeader() {
		byte[] xlsx = twoSheets();

		LedgerReading reading = read(xlsx);

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::content).containsExactly("推进江门北站综合交通枢纽建设");
	}

	private static byte[] twoSheets() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			fill(workbook.newWorksheet("填表说明"), 0, List.of(row("1. 每行填写一项任务"), row("2. 完成时限填写具体日期")));
			fill(workbook.newWorksheet("任务分解表"), 0, List.of(HEADER, row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", null, "2026-06-30")));
			workbook.finish();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		return out.toByteArray();
	}

	// ---- groups and rows

	@Test
	void setsTheGroupOfTheTasksBelowEachHeadingWhateverItsForm() {
		byte[] xlsx = workbook(sheet -> {
			fill(sheet, 0, List.of(HEADER, row(1, "谋划全年工作", "区委办", null, "2026-03-31")));
			sheet.value(2, 0, "一、主动融入大湾区建设");
			sheet.range(2, 0, 2, 4).merge();
			fill(sheet, 3, List.of(row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", null, "2026-06-30"), row("二", "全力以赴抓好招商引资"),
					row(1, "引进亿元以上项目30个", "区投资促进中心", null, "2026年底"), row(null, "三、加快建设现代化产业体系"),
					row("1.1", "培育先进制造业集群", "区工信局", null, "2026年底"), row("（一）", "推动传统产业转型升级"),
					row(2, "推进技术改造", "区工信局", null, "2026年底"), row("重点项目"), row(3, "建设产业园区", "区工信局", null, "2026年底")));
		});

		LedgerReading reading = read(xlsx);

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::rowNumber, ImportedTask::number, ImportedTask::group)
			.containsExactly(tuple(2, "1", null), tuple(4, "1", "主动融入大湾区建设"), tuple(6, "1", "全力以赴抓好招商引资"),
					tuple(8, "1.1", "加快建设现代化产业体系"), tuple(10, "2", "推动传统产业转型升级"), tuple(12, "3", "重点项目"));
	}

	@Test
	void aLeadUnitAndADeadlineMergedDownTheColumnBelongToEveryRowOfTheMerge() {
		byte[] xlsx = workbook(sheet -> {
			fill(sheet, 0, List.of(HEADER, row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", "杜阮镇", "2026-06-30"),
					row(2, "完善站前广场配套", null, null, null), row(3, "开通接驳公交线路", "区住建局", null, null)));
			// 区交通运输局 over rows 2–3 (B… columns are 0-based here: column 2 is 牵头单位), the deadline over rows 2–4.
			sheet.range(1, 2, 2, 2).merge();
			sheet.range(1, 3, 2, 3).merge();
			sheet.range(1, 4, 3, 4).merge();
		});

		LedgerReading reading = read(xlsx);

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::content, ImportedTask::leadUnits, ImportedTask::coUnits, ImportedTask::deadline)
			.containsExactly(tuple("推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of("杜阮镇"), JUNE_END),
					tuple("完善站前广场配套", List.of("区交通运输局"), List.of("杜阮镇"), JUNE_END),
					tuple("开通接驳公交线路", List.of("区住建局"), List.of(), JUNE_END));
	}

	@Test
	void aHeadingMergedAcrossTheRowStaysAHeading() {
		byte[] xlsx = workbook(sheet -> {
			fill(sheet, 0, List.of(HEADER, row("一、主动融入大湾区建设"), row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", null, "2026-06-30")));
			sheet.range(1, 0, 1, 4).merge();
		});

		assertThat(read(xlsx).tasks()).extracting(ImportedTask::group).containsExactly("主动融入大湾区建设");
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	@Test
	void skipsBlankRowsAndRowsNumberedButNeverFilled() {
		LedgerReading reading = read(sheet(HEADER, row(), row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", null, "2026-06-30"),
				row(" ", "\u3000", "\u00a0"), row(2), row(3)));

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::rowNumber).containsExactly(3);
	}

	@Test
	void splitsUnitCellsOnEveryUsualSeparatorKeepingTheOrderOnce() {
		LedgerReading reading = read(sheet(HEADER, row(1, "推进江门北站综合交通枢纽建设", " 区交通运输局／区发展和改革局 ",
				"区财政局、区工信局，区住建局,区水利局；区农业农村局;区商务局/区应急管理局 区教育局\n区卫生健康局\u3000区民政局、区财政局", "2026-06-30")));

		assertThat(reading.tasks()).singleElement().satisfies(task -> {
			assertThat(task.leadUnits()).containsExactly("区交通运输局", "区发展和改革局");
			assertThat(task.coUnits()).containsExactly("区财政局", "区工信局", "区住建局", "区水利局", "区农业农村局", "区商务局", "区应急管理局", "区教育局",
					"区卫生健康局", "区民政局");
		});
	}

	// ---- deadlines

	@Test
	void readsDeadlinesFromDateCellsSerialsEightDigitNumbersAndText() {
		LedgerReading reading = read(sheet(HEADER, row(1, "日期单元格", "区委办", null, JUNE_END), row(2, "日期序列号", "区委办", null, 46203),
				row(3, "八位数字", "区委办", null, 20260630), row(4, "文字日期", "区委办", null, "2026/6/30"),
				row(5, "月底", "区委办", null, "2026年6月底"), row(6, "年底", "区委办", null, "2026年年底"), row(7, "季度", "区委办", null, "2026年二季度")));

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::deadline).containsExactly(JUNE_END, JUNE_END, JUNE_END, JUNE_END, JUNE_END,
				LocalDate.of(2026, 12, 31), JUNE_END);
	}

	@Test
	void readsFormulasByTheValueExcelComputed() {
		byte[] xlsx = LedgerWorkbooks.withCells(sheet(HEADER, row(1, "公式", "区委办", null, 0)),
				Map.of("B2", "<c r=\"B2\" t=\"str\"><f>\"推进\"&amp;\"建设\"</f><v>推进建设</v></c>", "E2",
						"<c r=\"E2\"><f>DATE(2026,6,30)</f><v>46203</v></c>"));

		LedgerReading reading = read(xlsx);

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::content, ImportedTask::deadline).containsExactly(tuple("推进建设", JUNE_END));
	}

	@Test
	void reportsEachUnreadableDeadlineWithWhatTheCellSays() {
		LedgerReading reading = read(sheet(HEADER, row(1, "长期任务", "区委办", null, "长期坚持"), row(2, "无此日期", "区委办", null, "2026-02-30"),
				row(3, "不是日期的数字", "区委办", null, 12), row(4, "未填时限", "区委办", null, null)));

		assertThat(reading.problems()).containsExactly(problem(2, "完成时限", "supervision.ledger.deadline.invalid", "长期坚持"),
				problem(3, "完成时限", "supervision.ledger.deadline.invalid", "2026-02-30"),
				problem(4, "完成时限", "supervision.ledger.deadline.invalid", "12"),
				problem(5, "完成时限", "supervision.ledger.deadline.required"));
	}

	// ---- problems

	@Test
	void reportsEveryProblemOfEveryRowAtItsRowAndColumnAsTheFileNamesIt() {
		String tooLong = "推".repeat(TaskLedgerReader.MAX_CONTENT_LENGTH + 1);
		LedgerReading reading = read(sheet(row("2026年重点任务分解表"), row("序号", "工作任务", "牵头部门", "配合单位", "完成时间"),
				row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", null, "2026-06-30"), row(2, null, "区交通运输局", "杜阮镇", "2026-06-30"),
				row(3, tooLong, "区交通运输局", null, "2026-06-30"), row(4, "加快滨江新区学校建设", null, "区教育局", "2026-06-30"),
				row(5, "引进亿元以上项目30个", "区投资促进中心", null, null), row(6, "办好招商推介会", "区投资促进中心", null, "尽快"),
				row(7, null, "、", "区教育局", null), row(8, "建设产业园区", "区工信局", null, "2026年底")));

		assertThat(reading.problems()).containsExactly(problem(4, "工作任务", "supervision.ledger.content.required"),
				problem(5, "工作任务", "supervision.ledger.content.too-long", 2000, 2001), problem(6, "牵头部门", "supervision.ledger.lead.required"),
				problem(7, "完成时间", "supervision.ledger.deadline.required"), problem(8, "完成时间", "supervision.ledger.deadline.invalid", "尽快"),
				problem(9, "工作任务", "supervision.ledger.content.required"), problem(9, "牵头部门", "supervision.ledger.lead.required"),
				problem(9, "完成时间", "supervision.ledger.deadline.required"));
		assertThat(reading.succeeded()).isFalse();
		assertThat(reading.tasks()).extracting(ImportedTask::rowNumber).containsExactly(3, 10);
	}

	@Test
	void takesContentOfTheLongestLengthAllowed() {
		String longest = "推".repeat(TaskLedgerReader.MAX_CONTENT_LENGTH);

		LedgerReading reading = read(sheet(HEADER, row(1, longest, "区交通运输局", null, "2026-06-30")));

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::content).containsExactly(longest);
	}

	@Test
	void refusesMoreTasksThanTheLimit() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(new ArrayList<>(HEADER));
		for (int i = 1; i <= TaskLedgerReader.MAX_TASKS + 1; i++) {
			rows.add(row(i, "任务" + i, "区委办", null, "2026-06-30"));
		}

		LedgerReading reading = read(workbook(sheet -> fill(sheet, 0, rows)));

		assertThat(reading.tasks()).isEmpty();
		assertThat(reading.problems()).containsExactly(problem(0, null, "supervision.ledger.file.too-many-tasks", 5000));
	}

	@Test
	void takesTasksUpToTheLimit() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(new ArrayList<>(HEADER));
		for (int i = 1; i <= TaskLedgerReader.MAX_TASKS; i++) {
			rows.add(row(i, "任务" + i, "区委办", null, "2026-06-30"));
		}

		LedgerReading reading = read(workbook(sheet -> fill(sheet, 0, rows)));

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).hasSize(TaskLedgerReader.MAX_TASKS);
	}

	@Test
	void refusesASheetOfMoreRowsThanTheLimitWhateverTheyHold() {
		byte[] xlsx = workbook(sheet -> {
			fill(sheet, 0, List.of(HEADER));
			for (int r = 1; r <= TaskLedgerReader.MAX_ROWS + 1; r++) {
				sheet.value(r, 0, "备注");
			}
		});

		assertThat(read(xlsx).problems()).containsExactly(problem(0, null, "supervision.ledger.file.too-many-rows", 100_000));
	}

	@Test
	void refusesAPackageThatUnpacksToMoreThanTheLimit() {
		byte[] bomb = workbook(sheet -> {
			fill(sheet, 0, List.of(HEADER));
			sheet.inlineString(1, 1, "x".repeat(TaskLedgerReader.MAX_UNPACKED_BYTES));
		});

		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThat(read(bomb).problems()).containsExactly(problem(0, null, "supervision.ledger.file.too-much-content", 32));
	}

	@Test
	void refusesATableWithoutTasks() {
		assertThat(read(sheet(HEADER, row(), row("一、主动融入大湾区建设"))).problems())
			.containsExactly(problem(0, null, "supervision.ledger.file.no-tasks"));
	}

	@Test
	void refusesAWorkbookWithNothingInIt() {
		assertThat(read(sheet()).problems()).containsExactly(problem(0, null, "supervision.ledger.file.no-tasks"));
	}

	// ---- files that are no task table

	@Test
	void refusesAnEmptyFile() {
		assertThat(read(new byte[0]).problems()).containsExactly(problem(0, null, "supervision.ledger.file.empty"));
	}

	@Test
	void refusesACsvOrRandomBytesAsNoXlsx() {
		byte[] csv = "序号,任务内容,牵头单位,责任单位,完成时限\n1,推进江门北站综合交通枢纽建设,区交通运输局,,2026-06-30\n".getBytes(StandardCharsets.UTF_8);
		byte[] random = new byte[4096];
		new Random(7).nextBytes(random);

		assertThat(read(csv).problems()).containsExactly(problem(0, null, "supervision.ledger.file.not-xlsx"));
		assertThat(read(random).problems()).containsExactly(problem(0, null, "supervision.ledger.file.not-xlsx"));
	}

	@Test
	void refusesALegacyXlsAskingForXlsx() {
		byte[] xls = new byte[1024];
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(ole2, 0, xls, 0, ole2.length);

		assertThat(read(xls).problems()).containsExactly(problem(0, null, "supervision.ledger.file.xls"));
	}

	@Test
	void refusesAZipThatIsNoWorkbookAndADamagedWorkbookAsUnreadable() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}
		byte[] whole = sheet(HEADER, row(1, "推进江门北站综合交通枢纽建设", "区交通运输局", null, "2026-06-30"));
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

		assertThat(read(zip.toByteArray()).problems()).containsExactly(problem(0, null, "supervision.ledger.file.unreadable"));
		assertThat(read(truncated).problems()).containsExactly(problem(0, null, "supervision.ledger.file.unreadable"));
	}

	@Test
	void refusesAFileLargerThanTheLimitWithoutReadingIt() {
		byte[] large = Arrays.copyOf(sheet(HEADER), TaskLedgerReader.MAX_FILE_BYTES + 1);

		assertThat(read(large).problems()).containsExactly(problem(0, null, "supervision.ledger.file.too-large", 10));
	}

	@Test
	void reportsAStreamThatFailsAsUnreadable() {
		InputStream failing = new InputStream() {

			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		};

		assertThat(READER.read(failing).problems()).containsExactly(problem(0, null, "supervision.ledger.file.unreadable"));
	}
}
