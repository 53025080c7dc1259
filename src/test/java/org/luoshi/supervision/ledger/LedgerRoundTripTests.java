package org.luoshi.supervision.ledger;

import org.luoshi.supervision.Light;
import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.supervision.ledger.LedgerWorkbooks.written;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the writer writes, in either layout, the reader reads back as the same tasks. */
class LedgerRoundTripTests {

	private static final List<LedgerRow> ROWS = List.of(
			new LedgerRow("1", null, "谋划全年督查工作要点", List.of("区委督查室"), List.of(), LocalDate.of(2026, 3, 31), "已印发", "已办结", Light.GREEN),
			new LedgerRow("1", "主动融入大湾区建设", "推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of("区发展和改革局", "杜阮镇"),
					LocalDate.of(2026, 6, 30), "已完成站前广场主体工程", "已办结", Light.GREEN),
			new LedgerRow("1.1", "主动融入大湾区建设", "加快滨江新区学校建设，新增公办学位1200个", List.of("区教育局", "区住房和城乡建设局"), List.of("棠下镇"),
					LocalDate.of(2026, 8, 31), "主体结构封顶", "推进中·黄灯", Light.YELLOW),
			new LedgerRow("1", "全力以赴抓好招商引资", "引进亿元以上项目30个", List.of("区投资促进中心"), List.of("各镇（街）"), LocalDate.of(2026, 12, 31), "已签约12个",
					"推进中·红灯", Light.RED),
			new LedgerRow(null, "全力以赴抓好招商引资", "办好粤港澳大湾区招商推介会\n（上半年、下半年各一场）", List.of("区投资促进中心"), List.of(),
					LocalDate.of(2027, 1, 15), null, null, null));

	private static final List<ImportedTask> TASKS = List.of(
			new ImportedTask(4, "1", null, "谋划全年督查工作要点", List.of("区委督查室"), List.of(), LocalDate.of(2026, 3, 31)),
			new ImportedTask(6, "1", "主动融入大湾区建设", "推进江门北站综合交通枢纽建设", List.of("区交通运输局"), List.of("区发展和改革局", "杜阮镇"),
					LocalDate.of(2026, 6, 30)),
			new ImportedTask(7, "1.1", "主动融入大湾区建设", "加快滨江新区学校建设，新增公办学位1200个", List.of("区教育局", "区住房和城乡建设局"),
					List.of("棠下镇"), LocalDate.of(2026, 8, 31)),
			new ImportedTask(9, "1", "全力以赴抓好招商引资", "引进亿元以上项目30个", List.of("区投资促进中心"), List.of("各镇（街）"), LocalDate.of(2026, 12, 31)),
			new ImportedTask(10, null, "全力以赴抓好招商引资", "办好粤港澳大湾区招商推介会\n（上半年、下半年各一场）", List.of("区投资促进中心"), List.of(),
					LocalDate.of(2027, 1, 15)));

	@Test
	void readsBackTheBreakdownTableItWrote() {
		LedgerReading reading = new TaskLedgerReader().read(new ByteArrayInputStream(written(LedgerLayout.BREAKDOWN, ROWS)));

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).containsExactlyElementsOf(TASKS);
	}

	@Test
	void readsBackTheLedgerItWroteLeavingProgressAndStatusBehind() {
		LedgerReading reading = new TaskLedgerReader().read(new ByteArrayInputStream(written(LedgerLayout.LEDGER, ROWS)));

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).containsExactlyElementsOf(TASKS);
	}
}
