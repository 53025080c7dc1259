package org.luoshi.shared.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableHeaderTests {

	enum Column implements TableColumn {
		NAME("项目名称", "项目"), GROWTH("同比增长(%)"), AMOUNT("本月完成投资");

		private final List<String> headers;

		Column(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return headers;
		}
	}

	@Test
	void headersMatchWhateverTheirWidthSpacingCaseOrRequiredMark() {
		assertThat(TableColumn.named(Column.class, " 同比增长（％） ")).contains(Column.GROWTH);
		assertThat(TableColumn.named(Column.class, "*项目 名称")).contains(Column.NAME);
		assertThat(TableColumn.named(Column.class, "项目名")).isEmpty();
		assertThat(TableColumn.named(Column.class, null)).isEmpty();
	}

	@Test
	void theHeaderRowIsTheFirstWithEnoughColumnsBelowATitle() {
		List<List<String>> rows = List.of(List.of("2026年重点项目完成投资表"), List.of(), List.of("序号", "项目", "本月完成投资", "项目名称"),
				List.of("1", " 区文化中心 ", "", "重复"));
		TableHeader<Column> header = TableHeader.find(rows, Column.class, found -> found.contains(Column.NAME) && found.contains(Column.AMOUNT))
			.orElseThrow();
		assertThat(header.index()).isEqualTo(2);
		assertThat(header.positions()).containsEntry(Column.NAME, 1).containsEntry(Column.AMOUNT, 2);
		assertThat(header.name(Column.NAME, null)).isEqualTo("项目");
		assertThat(header.cell(rows.get(3), Column.NAME)).isEqualTo("区文化中心");
		assertThat(header.cell(rows.get(3), Column.AMOUNT)).isNull();
		assertThat(header.cell(rows.get(3), Column.GROWTH)).isNull();
		assertThat(header.name(Column.GROWTH, "growthPct")).isEqualTo("growthPct");
	}

	@Test
	void noHeaderWhenNoRowHasEnoughColumns() {
		assertThat(TableHeader.find(List.of(List.of("项目名称")), Column.class, found -> found.contains(Column.AMOUNT))).isEmpty();
	}

	@Test
	void periodsAsStatisticsTablesWriteThem() {
		assertThat(PeriodCell.month("2026年1-9月", false)).contains(YearMonth.of(2026, 9));
		assertThat(PeriodCell.month("2026年9月止", false)).contains(YearMonth.of(2026, 9));
		assertThat(PeriodCell.month("2026 年 9 月份", false)).contains(YearMonth.of(2026, 9));
		assertThat(PeriodCell.month("2026/9", false)).contains(YearMonth.of(2026, 9));
		assertThat(PeriodCell.month("2026-13", false)).isEmpty();
		assertThat(PeriodCell.month("2026年", false)).isEmpty();
		assertThat(PeriodCell.month("2026年全年", true)).contains(YearMonth.of(2026, 12));
		assertThat(PeriodCell.month("九月", true)).isEmpty();
	}

	@Test
	void aRefusalListsItsProblemsInRowOrderUpToTheLimit() {
		List<ImportProblem> many = new java.util.ArrayList<>();
		for (int row = 300; row > 0; row--) {
			many.add(new ImportProblem(row, "项目", "projects.import.number", List.of("x")));
		}
		ImportRefusedException refused = new ImportRefusedException(many);
		assertThat(refused.problems()).hasSize(ImportRefusedException.LISTED);
		assertThat(refused.problems().get(0).row()).isEqualTo(1);
		assertThat(refused.asValidation().violations().get(0).field()).isEqualTo("row 1 项目");
	}
}
